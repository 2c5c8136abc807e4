// The manifest every page corpus under test/fixtures/ shares (pages, wild, blind2): one shape,
// one loader, so the three corpus checks cannot drift apart.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Expected {
  title: string | null;
  date: string | null;
  dateKind?: 'published' | 'modified' | null;
  notFound: boolean;
  botWall: boolean;
  loginWall: boolean;
}

export interface Entry {
  file: string;
  contentType: string;
  headers?: Record<string, string>;
  status?: number;
  url: string;
  fetchedAt: string;
  outlet: string;
  expected: Expected;
  traps: string[];
  notes: string;
}

export const ENTRY_KEYS = new Set(['file', 'contentType', 'headers', 'status', 'url', 'fetchedAt', 'outlet', 'expected', 'traps', 'notes']);
export const EXPECTED_KEYS = new Set(['title', 'date', 'dateKind', 'notFound', 'botWall', 'loginWall']);

export function corpusDir(name: 'pages' | 'wild' | 'blind2'): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', name);
}

export function loadCorpus(name: 'pages' | 'wild' | 'blind2') {
  const dir = corpusDir(name);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  return {
    dir,
    manifest,
    bytesOf: (entry: Entry): Buffer => readFileSync(join(dir, entry.file)),
    byFile: (file: string): Entry => {
      const entry = manifest.find((candidate) => candidate.file === file);
      if (!entry) throw new Error(`no manifest entry ${file}`);
      return entry;
    },
  };
}

/** The form every entry of a blind corpus (wild, blind2) must have: an ordinary article page in one language. */
export function expectBlindEntryForm(e: Entry, dir: string): void {
  expect(Object.keys(e).filter((k) => !ENTRY_KEYS.has(k))).toEqual([]);
  expect(Object.keys(e.expected).filter((k) => !EXPECTED_KEYS.has(k))).toEqual([]);
  expect(existsSync(join(dir, e.file))).toBe(true);
  expect(new URL(e.url).protocol).toMatch(/^https?:$/);
  expect(e.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(Number.isNaN(Date.parse(e.fetchedAt))).toBe(false);
  expect(e.outlet.trim()).not.toBe('');
  expect(e.notes.trim().length).toBeGreaterThan(10);
  expect(e.contentType).toMatch(/^text\/html/);
  expect(e.traps.filter((t) => t.startsWith('lang-'))).toHaveLength(1);
  for (const t of e.traps) expect(t).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect([e.expected.notFound, e.expected.botWall, e.expected.loginWall]).toEqual([false, false, false]);
  expect(e.expected.title).not.toBeNull();
}

/** The charset a page declares: the HTTP header's, and the first <meta> one in the head. */
export function declaredCharset(e: Entry, bytes: Buffer): { header: string | null; meta: string | null } {
  const header = /charset=([\w-]+)/i.exec(e.contentType)?.[1]?.toLowerCase() ?? null;
  const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
  return { header, meta };
}

export function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

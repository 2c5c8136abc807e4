// The manifest every page corpus under test/fixtures/ shares (pages, wild, blind2): one shape,
// one loader, so the three corpus checks cannot drift apart.
import { readFileSync } from 'node:fs';
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

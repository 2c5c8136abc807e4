// Every page of the fixture corpus through extractMetadata: title, date and signals as the
// manifest expects them. The corpus imitates the outlets the commentary cites and their traps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';

interface ManifestEntry {
  file: string;
  contentType: string | null;
  url: string | null;
  fetchedAt: string;
  headers?: Record<string, string>;
  expected: {
    title: string | null;
    date: string | null;
    dateKind?: string;
    notFound: boolean;
    botWall: boolean;
    loginWall: boolean;
  };
  traps?: string[];
}

const dir = join(import.meta.dirname, '../fixtures/pages');
const manifestPath = join(dir, 'manifest.json');
const manifest: ManifestEntry[] = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : [];

/** The comparison the brief asks for: NFKC, case-folded, whitespace collapsed. */
const normalise = (s: string | null) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

describe.skipIf(manifest.length === 0)('fixture corpus', () => {
  it('has pages to check', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
  });

  for (const entry of manifest) {
    const traps = entry.traps?.length ? ` [${entry.traps.join(', ')}]` : '';
    it(`${entry.file}${traps}`, () => {
      const body = readFileSync(join(dir, entry.file));
      const meta = extractMetadata(body, {
        contentType: entry.contentType, url: entry.url, headers: entry.headers, now: new Date(entry.fetchedAt),
      });
      const { expected } = entry;
      expect(meta.signals.notFound, 'notFound').toBe(expected.notFound);
      expect(meta.signals.botWall, 'botWall').toBe(expected.botWall);
      expect(meta.signals.loginWall ?? false, 'loginWall').toBe(expected.loginWall);
      if (expected.title !== null) expect(normalise(meta.title.value), 'title').toBe(normalise(expected.title));
      const isArticle = !expected.notFound && !expected.botWall && !expected.loginWall;
      if (expected.date !== null || isArticle) expect(meta.date.value, 'date').toBe(expected.date);
      if (expected.date !== null && expected.dateKind) {
        const kind = meta.date.kind === 'visible-text' ? 'published' : meta.date.kind;
        expect(kind, 'date kind').toBe(expected.dateKind);
      }
    });
  }
});

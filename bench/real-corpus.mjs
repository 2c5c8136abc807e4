// The real-page corpus (../shared/corpus/real by default, or $CITECHECK_REAL_CORPUS), read for the
// benchmarks: its manifest, each page's raw (gunzipped) bytes, and a temp folder of .html files for
// runs of the real CLI. Nothing from the corpus is ever copied into the repository.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function realCorpusDir(explicit) {
  return resolve(explicit ?? process.env.CITECHECK_REAL_CORPUS ?? join(root, '..', 'shared', 'corpus', 'real'));
}

/** The manifest's entries in `id` order, each with its raw bytes; null when the corpus is absent. */
export function loadRealCorpus(dir = realCorpusDir()) {
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) return null;
  const entries = readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((entry) => {
    const raw = readFileSync(join(dir, entry.file));
    return { entry, body: entry.file.endsWith('.gz') ? gunzipSync(raw) : raw };
  });
}

/** Writes every page as <n>.html in a new temp folder (or `into`); returns the paths in order. */
export function writePages(pages, into) {
  const dir = into ?? mkdtempSync(join(tmpdir(), 'citecheck-real-'));
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    files: pages.map((page, i) => {
      const file = join(dir, `${String(i).padStart(4, '0')}.html`);
      writeFileSync(file, page.body);
      return file;
    }),
  };
}

// The extractor's output on every real page, to prove a performance change changed nothing:
// writes one `inspect --json` line per page (target replaced by the page's corpus id), in id order.
//   node bench/inspect-dump.mjs > before.jsonl; (change, build); node bench/inspect-dump.mjs > after.jsonl; diff before.jsonl after.jsonl
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRealCorpus, writePages } from './real-corpus.mjs';

const bin = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url));
const pages = loadRealCorpus();
if (!pages) {
  console.error('No real corpus (set CITECHECK_REAL_CORPUS)');
  process.exit(2);
}
const { dir, files } = writePages(pages);
try {
  for (let i = 0; i < files.length; i += 100) {
    const targets = files.slice(i, i + 100);
    const run = spawnSync(process.execPath, [bin, 'inspect', '--json', ...targets], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const lines = run.stdout.split('\n').filter(Boolean);
    if (lines.length !== targets.length) throw new Error(`inspect printed ${lines.length} lines for ${targets.length} targets: ${run.stderr}`);
    lines.forEach((line, j) => {
      const result = JSON.parse(line);
      result.target = pages[i + j].entry.id;
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

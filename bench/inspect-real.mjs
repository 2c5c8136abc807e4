// The whole CLI on real pages: `citecheck inspect --json` over the real corpus, 100 saved pages per
// process (start-up, module loading, reading, extraction and JSON output all counted), chunks run
// one after another. Target (issue 8): ≥ 150 pages/s on a 2-core machine.
// Usage: npm run bench:inspect  [-- --chunk 100] [--rounds 3] [--corpus DIR] [--bin another/bin/citecheck.js]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadRealCorpus, realCorpusDir, writePages } from './real-corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const chunk = Number(arg('--chunk', '100'));
const rounds = Number(arg('--rounds', '3'));
const bin = arg('--bin', fileURLToPath(new URL('../bin/citecheck.js', import.meta.url)));
const cpuUsage = fileURLToPath(new URL('./cpu-usage.cjs', import.meta.url));

const pages = loadRealCorpus(realCorpusDir(arg('--corpus')));
if (!pages) {
  console.error(`No real corpus at ${realCorpusDir(arg('--corpus'))} (set --corpus or CITECHECK_REAL_CORPUS)`);
  process.exit(2);
}
const { dir, files } = writePages(pages);
const megabytes = pages.reduce((sum, p) => sum + p.body.length, 0) / 1e6;
try {
  const chunks = [];
  for (let i = 0; i < files.length; i += chunk) chunks.push(files.slice(i, i + chunk));
  const once = () => {
    const start = process.hrtime.bigint();
    let cpu = 0;
    for (const targets of chunks) {
      const run = spawnSync(process.execPath, ['-r', cpuUsage, bin, 'inspect', '--json', ...targets], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
      if (run.status !== 0 && run.status !== 1) throw new Error(`inspect exited ${run.status}: ${run.stderr}`);
      const lines = run.stdout.split('\n').filter(Boolean).length;
      if (lines !== targets.length) throw new Error(`inspect printed ${lines} lines for ${targets.length} targets`);
      cpu += Number(/cpu-usage-us (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1e6;
    }
    return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu };
  };
  once(); // warm the file cache
  const load = loadavg()[0];
  const runs = [];
  for (let r = 0; r < rounds; r++) runs.push(once());
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const wall = median(runs.map((run) => run.wall));
  const cpu = median(runs.map((run) => run.cpu));
  const best = Math.min(...runs.map((run) => run.wall));
  console.log(`real corpus: ${files.length} pages, ${megabytes.toFixed(1)} MB, ${chunks.length} processes of ≤ ${chunk} pages, median of ${rounds} rounds, load average ${load.toFixed(1)} on ${availableParallelism()} cores`);
  console.log(`citecheck inspect --json  ${(files.length / wall).toFixed(0).padStart(5)} pages/s ${(megabytes / wall).toFixed(1).padStart(6)} MB/s  (${wall.toFixed(2)} s; best ${(files.length / best).toFixed(0)} pages/s)  target ≥ 150 pages/s`);
  // On a busy machine the wall-clock figure mostly measures the neighbours; CPU time does not.
  console.log(`                          ${(files.length / cpu).toFixed(0).padStart(5)} pages per CPU-second (${cpu.toFixed(2)} CPU-s, all threads)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

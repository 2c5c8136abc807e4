// Start-up cost of `citecheck --help` and `--version` against a bare `node -e 0`.
// Target (issue 5): under 2× the bare start. Run: npm run bench:startup
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 30);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

time(['-e', '0']); // warm the file cache
const bare = time(['-e', '0']);
const rows = [
  ['node -e 0', bare],
  ['citecheck --version', time([bin, '--version'])],
  ['citecheck --help', time([bin, '--help'])],
];
console.log(`median of ${RUNS} runs each`);
for (const [name, ms] of rows) console.log(`${name.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / bare).toFixed(2)}×`);
const worst = Math.max(...rows.slice(1).map(([, ms]) => ms / bare));
console.log(`worst ratio ${worst.toFixed(2)}× (target < 2.00×) ${worst < 2 ? 'OK' : 'MISSED'}`);

// The state file at CI scale: load, record one run's observations, confirm, save — for 10,000
// references with a full history of 20 observations each (the cap).
// Usage: npm run bench:state  (build, then: node bench/state.mjs [--refs N] [--dist dir])
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const refs = Number(arg('--refs', '10000'));
const state = await import(pathToFileURL(join(resolve(root, arg('--dist', 'dist')), 'state/index.js')).href);

const DAY = 86_400_000;
const start = Date.parse('2026-01-01T06:00:00.000Z');
const observation = (day, verdict) => ({
  at: new Date(start + day * DAY).toISOString(),
  verdict,
  status: verdict === 'verified' ? 200 : 404,
  title: verdict === 'verified' ? 'North Korea pledges to stand by Russia until victory in Ukraine' : null,
  date: verdict === 'verified' ? '2024-11-01' : null,
  fingerprint: verdict === 'verified' ? 'sha256:9b1c0e4f2d7a8e31c6b5a0f4d2e8c713' : null,
});

let built = state.emptyState();
const ids = Array.from({ length: refs }, (_, i) => String(i + 1));
for (const id of ids) {
  let entry;
  for (let day = 0; day < 20; day++) entry = state.recordObservation(entry, `https://example.org/news/${id}`, observation(day, day % 7 === 6 ? 'error' : 'verified'));
  built.entries.set(id, entry);
}
const dir = mkdtempSync(join(tmpdir(), 'citecheck-bench-state-'));
const path = join(dir, 'citecheck.state.json');
await state.saveState(path, built);
const bytes = statSync(path).size;

const timings = { load: [], run: [], save: [] };
for (let round = 0; round < 5; round++) {
  let t = performance.now();
  const loaded = await state.loadState(path);
  timings.load.push(performance.now() - t);
  t = performance.now();
  const updated = new Map();
  let pending = 0;
  for (const id of ids) {
    const url = `https://example.org/news/${id}`;
    const history = state.historyFor(loaded, id, url);
    const current = observation(20 + round, Number(id) % 10 === 0 ? 'dead' : 'verified');
    if (state.confirmationStatus(history, current, { n: 3, intervalMs: DAY }).state === 'pending') pending++;
    updated.set(id, state.recordObservation(loaded.entries.get(id), url, current, { confirmIntervalMs: DAY }));
  }
  const next = state.stateForSave(loaded, updated, ids);
  timings.run.push(performance.now() - t);
  t = performance.now();
  await state.saveState(path, next);
  timings.save.push(performance.now() - t);
  if (round === 0) console.log(`pending after one failing run: ${pending} of ${refs}`);
}
rmSync(dir, { recursive: true, force: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${refs} references × 20 observations: ${(bytes / 1e6).toFixed(1)} MB on disk`);
console.log(`load (read, parse, validate): ${median(timings.load).toFixed(0)} ms  (median of 5)`);
console.log(`record + confirm + order: ${median(timings.run).toFixed(0)} ms`);
console.log(`save (serialise, fsync, rename): ${median(timings.save).toFixed(0)} ms`);

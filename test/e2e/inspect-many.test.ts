// `inspect` over many saved pages (run/inspect-files.ts: on two threads when there is enough HTML): the output must
// keep the targets' order, and a failure must be the first failing target's, as one by one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let dir: string;
const page = (n: number) => `<!doctype html><html><head><meta charset="utf-8"><title>Saved page number ${n} of the batch</title>`
  + `<meta property="article:published_time" content="2024-03-${String((n % 28) + 1).padStart(2, '0')}T10:00:00Z"></head>`
  + `<body><article><h1>Saved page number ${n} of the batch</h1><p>${'Body text of a saved article, long enough to count as one. '.repeat(4)}</p></article></body></html>`;
const file = (n: number) => join(dir, `page-${String(n).padStart(2, '0')}.html`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-many-'));
  for (let n = 0; n < 16; n++) await writeFile(file(n), page(n));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('citecheck inspect on many saved pages', () => {
  it('prints the results in the targets\' order, a repeated target included', async () => {
    // Shuffled on purpose: order must follow the arguments, not the file names or the threads.
    const order = [...Array(16).keys()].map((i) => (i * 5) % 16);
    order.splice(10, 0, order[3]!);
    const run = await runCli(['inspect', '--json', ...order.map(file)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { target: string; title: { value: string }; date: { value: string } });
    expect(lines.map((line) => line.target)).toEqual(order.map(file));
    expect(lines.map((line) => line.title.value)).toEqual(order.map((n) => `Saved page number ${n} of the batch`));
    expect(lines.map((line) => line.date.value)).toEqual(order.map((n) => `2024-03-${String((n % 28) + 1).padStart(2, '0')}`));
  });

  it('gives the same output as one page per process', async () => {
    const many = await runCli(['inspect', '--json', ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(file)]);
    const one = await runCli(['inspect', '--json', file(13)]);
    expect(many.stdout.trim().split('\n')[8]).toBe(one.stdout.trim());
  });
});

describe('citecheck inspect on paths that cannot be files', () => {
  it('gives a path through a file and an overlong name their own faults, and reads the others', async () => {
    const throughFile = join(file(1), 'page.html');
    const overlong = join(dir, `${'x'.repeat(5000)}.html`);
    const run = await runCli(['inspect', '--json', throughFile, file(2), overlong]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { target: string; fault?: string; title: { value: string | null } });
    expect(lines.map((line) => line.target)).toEqual([throughFile, file(2), overlong]);
    expect(lines[0]!.fault).toMatch(/cannot read .*page-01\.html\/page\.html: a part of the path is a file, not a folder/);
    expect(lines[1]!.title.value).toBe('Saved page number 2 of the batch');
    expect(lines[2]!.fault).toMatch(/cannot read .*xxxx/);
  });
});

describe('inspectFiles, the two-thread reader, built', () => {
  it('starts the worker only for enough saved HTML and a second core', async () => {
    const { workerPays, MIN_BYTES_FOR_WORKER } = await import('../../src/run/inspect-files.js');
    expect(workerPays(MIN_BYTES_FOR_WORKER, 2)).toBe(true);
    expect(workerPays(MIN_BYTES_FOR_WORKER - 1, 2)).toBe(false);
    expect(workerPays(10 * MIN_BYTES_FOR_WORKER, 1)).toBe(false);
    expect(workerPays(100, 2, 0)).toBe(true);
  });

  it.skipIf(availableParallelism() < 2)('reads small pages in the targets\' order on two threads when told to', async () => {
    const built = (name: string) => import(new URL(`../../dist/run/${name}`, import.meta.url).href);
    const { inspectFiles } = (await built('inspect-files.js')) as typeof import('../../src/run/inspect-files.js');
    const { inspectFile } = (await built('inspect.js')) as typeof import('../../src/run/inspect.js');
    const order = [...Array(16).keys()].map((i) => (i * 7) % 16);
    // The main thread reads slowly (100 ms a page, blocking as its reads do), so the worker, once
    // started, takes some pages.
    let readHere = 0;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const slowly = (path: string, now: Date) => {
      readHere++;
      Atomics.wait(pause, 0, 0, 100);
      return inspectFile(path, now);
    };
    const results = await inspectFiles(order.map(file), new Date(), slowly, { minBytesForWorker: 0 });
    expect(results.map((result) => result.title.value)).toEqual(order.map((n) => `Saved page number ${n} of the batch`));
    expect(readHere).toBeLessThan(16);
  });

  it('gives each missing file its own fault in the targets\' order, whichever thread met it, and reads the others', async () => {
    // The built modules: the worker thread runs only from JavaScript.
    const built = (name: string) => import(new URL(`../../dist/run/${name}`, import.meta.url).href);
    const { inspectFiles } = (await built('inspect-files.js')) as typeof import('../../src/run/inspect-files.js');
    const { inspectFile } = (await built('inspect.js')) as typeof import('../../src/run/inspect.js');
    const paths = [...Array(16).keys()].map(file);
    paths[13] = join(dir, 'missing-late.html');
    paths[6] = join(dir, 'missing-early.html');
    // A threshold of 0 bytes: these small pages would otherwise be read on one thread.
    const results = await inspectFiles(paths, new Date(), inspectFile, { minBytesForWorker: 0 });
    expect(results.map((result) => result.target)).toEqual(paths);
    expect(results[6]!.fault).toMatch(/missing-early\.html/);
    expect(results[13]!.fault).toMatch(/missing-late\.html/);
    expect(results.filter((result) => result.fault === undefined && result.title.value !== null)).toHaveLength(14);
  });
});

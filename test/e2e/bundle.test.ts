// The short commands run the CLI bundled into one file and compiled from a V8 code cache made at
// build time (src/bundle/load.ts, scripts/bundle.mjs). What must hold: the cache the build made is
// the one V8 takes; the bundled CLI says exactly what the modules say; a cache made for another
// build is never used; without a bundle the CLI runs from its modules; the bundled worker thread
// reads its share of the pages.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const fixtures = join(root, 'test', 'fixtures', 'pages');
const pages = readdirSync(fixtures).filter((name) => name.endsWith('.html')).sort().slice(0, 40).map((name) => join(fixtures, name));
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-bundle-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Runs node with `args` in a fresh process (V8 flags are per process), from the repository. */
function runNode(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs an ES module script in a fresh Node process. */
function runScript(code: string): Promise<CliRun> {
  const file = join(tempDir(), 'script.mjs');
  writeFileSync(file, code);
  return runNode([file]);
}

const imports = `
import { tuneJitForShortRun } from ${JSON.stringify(new URL('../../dist/cli/short-run-jit.js', import.meta.url).href)};
import { loadBundle, BUNDLE_FILE, CACHE_FILE } from ${JSON.stringify(new URL('../../dist/bundle/load.js', import.meta.url).href)};
tuneJitForShortRun();
`;

describe('the bundled CLI of the short commands', () => {
  it('is compiled from the code cache the build made, under the flags the short commands set', async () => {
    const run = await runScript(`${imports}
const bundle = loadBundle();
console.log(JSON.stringify({ cache: bundle.cache, buildId: bundle.buildId, main: typeof bundle.exports.main }));`);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ cache: 'accepted', buildId: expect.stringMatching(/^[0-9a-f]{32}$/), main: 'function' });
  });

  it('prints exactly what the unbundled modules print, page for page', async () => {
    const bundled = await runCli(['inspect', '--json', ...pages]);
    const modules = await runScript(`
import { main } from ${JSON.stringify(new URL('../../dist/cli/main.js', import.meta.url).href)};
process.exitCode = await main(['node', 'citecheck', 'inspect', '--json', ...${JSON.stringify(pages)}]);`);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout.trim().split('\n')).toHaveLength(pages.length);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.code).toBe(modules.code);
  });

  it('never uses a cache made for another build, nor one V8 refuses, and still runs', async () => {
    // Where a bundle would be installed: dist/bundle beside node_modules.
    const copy = tempDir();
    const dir = join(copy, 'dist', 'bundle');
    cpSync(join(dist, 'bundle'), dir, { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const cache = readFileSync(join(dir, 'citecheck.cjs.cache'));
    const newline = cache.indexOf(0x0a);
    const page = pages.find((path) => path.endsWith('.html'))!;
    const loadFrom = (label: string) => `
const bundle = loadBundle(${JSON.stringify(dir)});
const page = bundle.exports.inspectFile(${JSON.stringify(page)}, new Date());
console.log(JSON.stringify({ label: ${JSON.stringify(label)}, cache: bundle.cache, title: page.title.value }));`;
    const expected = JSON.parse((await runScript(`${imports}${loadFrom('original')}`)).stdout) as { title: string };
    expect(expected).toMatchObject({ cache: 'accepted' });
    expect(expected.title).toEqual(expect.any(String));

    // Another build's id: the bytes would fit the length V8 checks, but they are not this bundle's.
    writeFileSync(join(dir, 'citecheck.cjs.cache'), Buffer.concat([Buffer.from(`citecheck-code-cache ${'0'.repeat(32)}\n`), cache.subarray(newline + 1)]));
    expect(JSON.parse((await runScript(`${imports}${loadFrom('stale')}`)).stdout)).toEqual({ label: 'stale', cache: 'stale', title: expected.title });

    // This build's id over bytes V8 cannot read.
    writeFileSync(join(dir, 'citecheck.cjs.cache'), Buffer.concat([cache.subarray(0, newline + 1), Buffer.alloc(4096, 7)]));
    expect(JSON.parse((await runScript(`${imports}${loadFrom('garbage')}`)).stdout)).toEqual({ label: 'garbage', cache: 'rejected', title: expected.title });

    rmSync(join(dir, 'citecheck.cjs.cache'));
    expect(JSON.parse((await runScript(`${imports}${loadFrom('none')}`)).stdout)).toEqual({ label: 'none', cache: 'none', title: expected.title });
  });

  it('runs from the modules when the build made no bundle', async () => {
    const copy = tempDir();
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(dist, join(copy, 'dist'), { recursive: true, filter: (path) => !/citecheck\.cjs/.test(path) });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const withoutBundle = await runNode([join(copy, 'bin', 'citecheck.js'), 'inspect', '--json', ...pages.slice(0, 5)]);
    const bundled = await runCli(['inspect', '--json', ...pages.slice(0, 5)]);
    expect(withoutBundle.stderr).toBe('');
    expect(withoutBundle.stdout).toBe(bundled.stdout);
    const noBundle = await runScript(`${imports}
console.log(JSON.stringify(loadBundle(${JSON.stringify(join(copy, 'dist', 'bundle'))})));`);
    expect(noBundle.stdout.trim()).toBe('null');
  });

  it('is not used in a checkout whose modules were built after it (tsc run alone), nor when it cannot run', async () => {
    const copy = tempDir();
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(dist, join(copy, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    mkdirSync(join(copy, 'src'));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const bundleDir = join(copy, 'dist', 'bundle');
    const bundle = join(bundleDir, 'citecheck.cjs');
    const cacheOf = async () => JSON.parse((await runScript(`${imports}
console.log(JSON.stringify(loadBundle(${JSON.stringify(bundleDir)})?.cache ?? null));`)).stdout) as string | null;
    const past = new Date(Date.now() - 60_000);
    utimesSync(bundle, past, past);
    expect(await cacheOf()).toBeNull();
    const now = new Date();
    utimesSync(bundle, now, now);
    expect(await cacheOf()).toBe('accepted');

    // A damaged bundle: the bin falls back to the modules and prints the same.
    writeFileSync(bundle, 'this is not JavaScript {');
    const damaged = await runNode([join(copy, 'bin', 'citecheck.js'), 'inspect', '--json', ...pages.slice(0, 3)]);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe((await runCli(['inspect', '--json', ...pages.slice(0, 3)])).stdout);
  });

  it.skipIf(availableParallelism() < 2)('starts its own worker thread, which reads pages in the targets\' order', async () => {
    const run = await runScript(`${imports}
const bundle = loadBundle();
const paths = ${JSON.stringify(pages.slice(0, 12))};
const pause = new Int32Array(new SharedArrayBuffer(4));
let readHere = 0;
// The main thread reads slowly, so the worker, once started, takes some pages.
const slowly = (path, now) => { readHere++; Atomics.wait(pause, 0, 0, 150); return bundle.exports.inspectFile(path, now); };
const results = await bundle.exports.inspectFiles(paths, new Date(), slowly, { minBytesForWorker: 0 });
const alone = paths.map((path) => bundle.exports.inspectFile(path, new Date()).title.value);
console.log(JSON.stringify({ readHere, titles: results.map((result) => result.title.value), alone, targets: results.map((result) => result.target) }));`);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { readHere: number; titles: string[]; alone: string[]; targets: string[] };
    expect(out.targets).toEqual(pages.slice(0, 12));
    expect(out.titles).toEqual(out.alone);
    expect(out.readHere).toBeLessThan(12);
  });
});

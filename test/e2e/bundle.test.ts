// The short commands run the CLI bundled into one file and compiled from a V8 code cache made at
// build time (src/bundle/load.ts, scripts/bundle.mjs). What must hold: bin/ runs the bundle, and
// its worker thread the bundle's own entry; the cache the build made is the one V8 takes under the
// flags bin/ sets; the bundled CLI says exactly what the modules say; a cache made for another
// build is never used; without a bundle, with one that cannot run, or with one older than the
// modules in a checkout, the CLI runs from its modules.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runNode, type CliRun } from './run-cli.js';

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

/** Runs an ES module script in a fresh Node process (V8 flags are per process). */
function runScript(code: string): Promise<CliRun> {
  const file = join(tempDir(), 'script.mjs');
  writeFileSync(file, code);
  return runNode([file], { cwd: root });
}

/** A copy of the installed CLI (bin, package.json, `dist` parts) beside this checkout's node_modules. */
function installCopy(keep: (pathInDist: string) => boolean, options: { checkout?: boolean } = {}): string {
  const copy = tempDir();
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(dist, join(copy, 'dist'), { recursive: true, filter: (path) => path === dist || keep(path.slice(dist.length + 1)) });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  if (options.checkout) mkdirSync(join(copy, 'src'));
  // A junction: a directory link Windows makes without extra rights.
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'junction');
  return copy;
}

const loader = (dir = join(dist, 'bundle')) => `
import { loadForShortRun } from ${JSON.stringify(pathToFileURL(join(dir, 'load.js')).href)};
`;

describe('the bundled CLI of the short commands', () => {
  it('is what bin/ runs: the same output with no modules but the bundle and its loader', async () => {
    // Only dist/bundle and the flags' module: had bin/ fallen back to the modules, it would fail.
    const copy = installCopy((path) => path.startsWith('bundle') || path.startsWith('cli') && (path === 'cli' || path.startsWith(join('cli', 'short-run-jit.js'))));
    const bundledOnly = await runNode([join(copy, 'bin', 'citecheck.js'), 'inspect', '--json', ...pages]);
    expect(bundledOnly.stderr).toBe('');
    expect(bundledOnly.stdout.trim().split('\n')).toHaveLength(pages.length);
    expect(bundledOnly.stdout).toBe((await runCli(['inspect', '--json', ...pages])).stdout);
  });

  it('is compiled from the code cache the build made, under the flags bin/ sets', async () => {
    const run = await runScript(`${loader()}
const bundle = loadForShortRun();
console.log(JSON.stringify({ cache: bundle.cache, buildId: bundle.buildId, main: typeof bundle.exports.main }));`);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ cache: 'accepted', buildId: expect.stringMatching(/^[0-9a-f]{32}$/), main: 'function' });
  });

  it('runs in strict mode, as the modules do', async () => {
    const run = await runScript(`${loader()}
const { inspectFile } = loadForShortRun().exports;
console.log(JSON.stringify(Object.hasOwn(inspectFile, 'caller')));`);
    expect(run.stdout.trim()).toBe('false');
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
    const dir = join(installCopy(() => true), 'dist', 'bundle');
    const cache = readFileSync(join(dir, 'citecheck.cjs.cache'));
    const newline = cache.indexOf(0x0a);
    const loadFrom = (label: string) => `${loader(dir)}
const bundle = loadForShortRun(${JSON.stringify(dir)});
const page = bundle.exports.inspectFile(${JSON.stringify(pages[0])}, new Date());
console.log(JSON.stringify({ label: ${JSON.stringify(label)}, cache: bundle.cache, title: page.title.value }));`;
    const expected = JSON.parse((await runScript(loadFrom('original'))).stdout) as { title: string };
    expect(expected).toMatchObject({ cache: 'accepted' });
    expect(expected.title).toEqual(expect.any(String));

    // Another build's id: the bytes would fit the length V8 checks, but they are not this bundle's.
    writeFileSync(join(dir, 'citecheck.cjs.cache'), Buffer.concat([Buffer.from(`citecheck-code-cache ${'0'.repeat(32)}\n`), cache.subarray(newline + 1)]));
    expect(JSON.parse((await runScript(loadFrom('stale'))).stdout)).toEqual({ label: 'stale', cache: 'stale', title: expected.title });

    // This build's id over bytes V8 cannot read.
    writeFileSync(join(dir, 'citecheck.cjs.cache'), Buffer.concat([cache.subarray(0, newline + 1), Buffer.alloc(4096, 7)]));
    expect(JSON.parse((await runScript(loadFrom('garbage'))).stdout)).toEqual({ label: 'garbage', cache: 'rejected', title: expected.title });

    rmSync(join(dir, 'citecheck.cjs.cache'));
    expect(JSON.parse((await runScript(loadFrom('none'))).stdout)).toEqual({ label: 'none', cache: 'none', title: expected.title });
  });

  it('runs from the modules when the build made no bundle', async () => {
    const copy = installCopy((path) => !/citecheck\.cjs/.test(path));
    const withoutBundle = await runNode([join(copy, 'bin', 'citecheck.js'), 'inspect', '--json', ...pages.slice(0, 5)]);
    const bundled = await runCli(['inspect', '--json', ...pages.slice(0, 5)]);
    expect(withoutBundle.stderr).toBe('');
    expect(withoutBundle.stdout).toBe(bundled.stdout);
    const noBundle = await runScript(`${loader()}
console.log(JSON.stringify(loadForShortRun(${JSON.stringify(join(copy, 'dist', 'bundle'))})));`);
    expect(noBundle.stdout.trim()).toBe('null');
  });

  it('is not used in a checkout whose modules were built after it (tsc run alone), nor when it cannot run', async () => {
    const copy = installCopy(() => true, { checkout: true });
    const bundleDir = join(copy, 'dist', 'bundle');
    const bundle = join(bundleDir, 'citecheck.cjs');
    const cacheOf = async () => JSON.parse((await runScript(`${loader()}
console.log(JSON.stringify(loadForShortRun(${JSON.stringify(bundleDir)})?.cache ?? null));`)).stdout) as string | null;
    const past = new Date(Date.now() - 60_000);
    utimesSync(bundle, past, past);
    expect(await cacheOf()).toBeNull();
    const now = new Date();
    utimesSync(bundle, now, now);
    expect(await cacheOf()).toBe('accepted');

    // A damaged bundle: bin/ falls back to the modules and prints the same.
    writeFileSync(bundle, 'this is not JavaScript {');
    const damaged = await runNode([join(copy, 'bin', 'citecheck.js'), 'inspect', '--json', ...pages.slice(0, 3)]);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe((await runCli(['inspect', '--json', ...pages.slice(0, 3)])).stdout);
  });

  it.skipIf(availableParallelism() < 2)('starts the bundle\'s worker entry, which reads pages in the targets\' order', async () => {
    // Again with no modules but the bundle's: a worker started from the modules' entry would fail.
    const copy = installCopy((path) => path.startsWith('bundle') || path === 'cli' || path === join('cli', 'short-run-jit.js'));
    const dir = join(copy, 'dist', 'bundle');
    const run = await runScript(`${loader(dir)}
const bundle = loadForShortRun(${JSON.stringify(dir)});
const paths = ${JSON.stringify(pages.slice(0, 12))};
const pause = new Int32Array(new SharedArrayBuffer(4));
let readHere = 0;
// The main thread reads slowly, so the worker, once started, takes some pages.
const slowly = (path, now) => { readHere++; Atomics.wait(pause, 0, 0, 150); return bundle.exports.inspectFile(path, now); };
const results = await bundle.exports.inspectFiles(paths, new Date(), slowly, { minBytesForWorker: 0 });
const alone = paths.map((path) => bundle.exports.inspectFile(path, new Date()).title.value);
console.log(JSON.stringify({ entry: bundle.exports.inspectWorkerEntry(), readHere, titles: results.map((result) => result.title.value), alone, targets: results.map((result) => result.target) }));`);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { entry: string; readHere: number; titles: string[]; alone: string[]; targets: string[] };
    expect(out.entry).toBe(pathToFileURL(join(dir, 'inspect-worker.js')).href);
    expect(out.targets).toEqual(pages.slice(0, 12));
    expect(out.titles).toEqual(out.alone);
    expect(out.readHere).toBeLessThan(12);
  });
});

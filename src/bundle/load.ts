// The short runs (`inspect`, `extract`) load the CLI as one bundled CommonJS file compiled by V8
// from a code cache made at build time (scripts/bundle.mjs), instead of ~100 ES modules each
// parsed, compiled and, once a page runs through it, compiled again lazily function by function.
// A 100-page `inspect` spent about a fifth of its CPU on that. Node 20 has no compile cache of
// its own (module.enableCompileCache is Node 22), so this is V8's: vm.Script with cachedData.
//
// V8 checks a cache against its own version and flags and the source's length, not the source
// itself: the cache therefore carries the bundle's build id and is used only with that bundle.
// (The id is not re-hashed at start-up, which would cost ~3 ms: a bundle edited in place to the
// same length, keeping its last line, would be trusted. The build writes both files together.)
// A cache V8 rejects (another Node, other V8 flags) costs only its read; the source is compiled.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { tuneJitForShortRun } from '../cli/short-run-jit.js';
import type * as Entry from './entry.js';

export type BundleExports = typeof Entry;

export const BUNDLE_FILE = 'citecheck.cjs';
export const CACHE_FILE = 'citecheck.cjs.cache';
/** The bundle's last line: `//# citecheck-build=<id>`, the build's hash of everything before it. */
export const BUILD_ID_MARK = '//# citecheck-build=';
/** The cache's first line: `citecheck-code-cache <id>`, then V8's bytes. */
const CACHE_MAGIC = 'citecheck-code-cache ';

/** What became of the code cache: used, refused by V8, made for another build, or absent. */
export type CacheUse = 'accepted' | 'rejected' | 'stale' | 'none';

export interface LoadedBundle {
  exports: BundleExports;
  cache: CacheUse;
  /** The compiled script: the build makes the cache from it after a warm-up. */
  script: Script;
  buildId: string | null;
}

/** dist/bundle, where this module is built to and the bundle sits. */
export const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

export function buildIdOf(source: string): string | null {
  const at = source.lastIndexOf(BUILD_ID_MARK);
  if (at < 0) return null;
  const id = source.slice(at + BUILD_ID_MARK.length).trim();
  return /^[0-9a-f]{8,64}$/.test(id) ? id : null;
}

/** The cache file's bytes for `buildId`. */
export function cacheFileContent(buildId: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${CACHE_MAGIC}${buildId}\n`, 'latin1'), data]);
}

/** V8's bytes when the cache file was made for `buildId`; 'stale' when for another build. */
function readCache(path: string, buildId: string | null): Buffer | 'stale' | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const newline = bytes.indexOf(0x0a);
  const header = newline > 0 && newline < 200 ? bytes.toString('latin1', 0, newline) : '';
  if (buildId === null || header !== `${CACHE_MAGIC}${buildId}`) return 'stale';
  return bytes.subarray(newline + 1);
}

type CommonJsWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/**
 * Whether a module in `dist` (the folder above `dir`) was built after the bundle: in a checkout,
 * `tsc` run alone after a change leaves the previous bundle behind, which must not answer for the
 * new modules. Looked at only where there are sources beside `dist` (an installed package has
 * none, and is built once): ~160 stats, 2-5 ms.
 */
function modulesNewerThan(dir: string, bundleTime: number): boolean {
  const dist = dirname(dir);
  if (!statSync(join(dirname(dist), 'src'), { throwIfNoEntry: false })?.isDirectory()) return false;
  const newer = (folder: string): boolean => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== dir && newer(path)) return true;
      } else if (entry.name.endsWith('.js') && statSync(path).mtimeMs > bundleTime) {
        return true;
      }
    }
    return false;
  };
  try {
    return newer(dist);
  } catch {
    return false;
  }
}

/**
 * The bundle in `dir` run as a CommonJS module, from its code cache when there is a matching
 * one; null when there is no bundle (a build by `tsc` alone) or it is older than the modules
 * beside it: the caller then imports the modules.
 */
export function loadBundle(dir: string = BUNDLE_DIR, options: { useCache?: boolean; checkAge?: boolean } = {}): LoadedBundle | null {
  const file = join(dir, BUNDLE_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (options.checkAge !== false && modulesNewerThan(dir, statSync(file).mtimeMs)) return null;
  const buildId = buildIdOf(source);
  const cached = options.useCache === false ? null : readCache(join(dir, CACHE_FILE), buildId);
  const cachedData = cached instanceof Buffer ? cached : undefined;
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache: CacheUse = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : cached === 'stale' ? 'stale' : 'none';
  const module = { exports: {} as BundleExports };
  (script.runInThisContext() as CommonJsWrapper).call(module.exports, module.exports, createRequire(file), module, file, dir);
  return { exports: module.exports, cache, script, buildId };
}

/**
 * The CLI for a short command, as bin/ starts it: the short commands' V8 flags first (the code
 * cache was made under them, and V8 keeps a cache only for the flags it was made with), then the
 * bundle. The build's warm-up and the tests load it the same way.
 */
export function loadForShortRun(dir: string = BUNDLE_DIR, options: { useCache?: boolean; checkAge?: boolean } = {}): LoadedBundle | null {
  tuneJitForShortRun();
  return loadBundle(dir, options);
}

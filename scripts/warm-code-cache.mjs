// The code cache of the short commands' bundle (run by scripts/bundle.mjs in a fresh process):
// loads the bundle as bin/ does for `inspect`, with the same V8 flags, runs `inspect` over the
// test suite's saved pages so that the functions a page needs are compiled, and writes what V8
// compiled beside the bundle. Without saved pages (a package built from its files alone), no cache.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { BUNDLE_DIR, CACHE_FILE, cacheFileContent, loadForShortRun } = await import(new URL('../dist/bundle/load.js', import.meta.url).href);

const pages = [];
const collect = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) collect(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
  }
};
try {
  collect(join(root, 'test', 'fixtures'));
} catch {
  // No test suite here.
}
if (pages.length === 0) {
  console.error('bundle: no saved pages to warm up with; the bundle runs without a code cache');
  process.exit(0);
}
const loaded = loadForShortRun(BUNDLE_DIR, { useCache: false, checkAge: false });
if (!loaded) throw new Error(`no bundle in ${BUNDLE_DIR}`);
const quiet = { write: () => true };
await loaded.exports.main(['node', 'citecheck', 'inspect', '--json', ...pages.sort()], { stdout: quiet, stderr: quiet, env: {}, cwd: root });
const cache = join(BUNDLE_DIR, CACHE_FILE);
const temp = `${cache}.${process.pid}.tmp`;
writeFileSync(temp, cacheFileContent(loaded.buildId, loaded.script.createCachedData()));
renameSync(temp, cache);

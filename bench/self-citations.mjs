// Every strong headline candidate of every real page, cited against its own page as written and
// in citation typography (Title Case, curly quotes), must match: a comparison rule that fails
// here calls a true citation wrong. Reads `inspect --json` lines (bench/inspect-dump.mjs).
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
  const metadata = { title: page.title, date: page.date ?? { value: null, candidates: [] }, signals: page.signals ?? {}, language: page.language ?? null };
  for (const candidate of page.title?.candidates ?? []) {
    if (candidate.strong === false) continue;
    for (const title of [candidate.value, citationTypography(candidate.value)]) {
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

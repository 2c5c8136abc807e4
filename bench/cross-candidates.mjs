// Each real page's strong headline candidates cited against one another: the h1 against the
// og:title, the JSON-LD headline against the <title>… Most pairs are one headline written twice
// by its own newsroom (a kicker added, a word changed for the social card), some are other
// headlines; which ones match is what a comparison rule changes. With --against, another build's
// dist is run too and every pair whose outcome moved is listed: a pair that matched before and
// no longer does is a real page's own wording now called a mismatch, to be read before a rule lands.
//   node bench/inspect-dump.mjs > dump.jsonl && node bench/cross-candidates.mjs dump.jsonl [--against ../old/dist]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareTitle } from '../dist/verify/compare-title.js';

const file = process.argv[2];
const againstAt = process.argv.indexOf('--against');
if (!file || file.startsWith('--') || (againstAt > 0 && !process.argv[againstAt + 1])) {
  console.error('usage: node bench/cross-candidates.mjs dump.jsonl [--against OTHER/dist]   (dump from node bench/inspect-dump.mjs)');
  process.exit(2);
}
const other = againstAt > 0 ? await import(pathToFileURL(resolve(process.argv[againstAt + 1], 'verify/compare-title.js')).href) : null;

const pages = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
let pairs = 0;
let matched = 0;
let matchedByOther = 0;
const moved = [];
for (const page of pages) {
  const strong = [...new Map((page.title?.candidates ?? []).filter((c) => c.strong !== false).map((c) => [c.value, c])).values()];
  for (const cited of strong) {
    for (const shown of strong) {
      if (cited.value === shown.value) continue;
      pairs++;
      const metadata = { title: { value: shown.value, source: shown.source, candidates: [shown] }, language: page.language ?? null, articleNames: page.articleNames };
      const match = compareTitle(cited.value, metadata, 0.85).match;
      if (match) matched++;
      if (!other) continue;
      const before = other.compareTitle(cited.value, metadata, 0.85).match;
      if (before) matchedByOther++;
      if (before !== match) moved.push(`${match ? 'now matches' : 'NO LONGER MATCHES'}  ${page.target}: ${cited.source} "${cited.value}" against ${shown.source} "${shown.value}"`);
    }
  }
}
console.log(`${pages.length} pages, ${pairs} pairs of different strong candidates, ${matched} match${other ? ` (the other build: ${matchedByOther})` : ''}`);
for (const line of moved) console.log(line);
process.exitCode = moved.some((line) => line.startsWith('NO LONGER')) ? 1 : 0;

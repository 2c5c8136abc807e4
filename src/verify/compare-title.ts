import type { PageMetadata, TitleCandidate, TitleComparison } from '../types.js';
import { normalizeTitle } from './normalize-title.js';
import { diceSimilarity } from './similarity.js';
import { wordDiff } from './word-diff.js';

// Separators sites put between a headline and their name or section.
const SEPARATORS = / (?:\||-|–|—|::|·|•|»|\/) /;
// A shortened headline must still say something: at least this many words.
const MIN_PREFIX_WORDS = 4;

interface Scored {
  candidate: TitleCandidate;
  text: string;
  similarity: number;
  prefix: boolean;
}

/** The candidate itself and, when it has separators, every run of adjacent parts of it. */
function variantsOf(value: string): string[] {
  const parts = value.split(SEPARATORS);
  const variants = new Set([value]);
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= parts.length; end++) variants.add(parts.slice(start, end).join(' - '));
  }
  return [...variants];
}

function scoreCandidate(expectedKey: string, candidate: TitleCandidate): Scored {
  let best: Scored = { candidate, text: candidate.value, similarity: 0, prefix: false };
  for (const text of variantsOf(candidate.value)) {
    const key = normalizeTitle(text);
    const prefix =
      key.startsWith(`${expectedKey} `) && expectedKey.split(' ').length >= MIN_PREFIX_WORDS;
    const similarity = diceSimilarity(expectedKey, key);
    if (similarity > best.similarity || (prefix && !best.prefix)) best = { candidate, text, similarity, prefix };
  }
  return best;
}

function matches(scored: Scored, threshold: number): boolean {
  return scored.prefix || scored.similarity >= threshold;
}

/** A match beats a non-match; then the higher similarity wins. */
function outranks(a: Scored, b: Scored, threshold: number): boolean {
  const matchA = matches(a, threshold);
  const matchB = matches(b, threshold);
  return matchA !== matchB ? matchA : a.similarity > b.similarity;
}

/**
 * Compares the recorded title with the page's headline candidates. Strong candidates (meta tags,
 * JSON-LD, h1, a cleaned <title>) are tried first; weak ones only when no strong one exists.
 */
export function compareTitle(expected: string, page: PageMetadata | null, threshold: number): TitleComparison {
  const candidates = page?.title.candidates ?? [];
  const strong = candidates.filter((candidate) => candidate.strong !== false);
  const pool = strong.length > 0 ? strong : candidates;
  if (pool.length === 0) {
    return { expected, found: page?.title.value ?? null, source: page?.title.source ?? null, similarity: null, match: null };
  }
  const expectedKey = normalizeTitle(expected);
  let best: Scored | undefined;
  for (const candidate of pool) {
    const scored = scoreCandidate(expectedKey, candidate);
    if (!best || outranks(scored, best, threshold)) best = scored;
  }
  const winner = best!;
  const match = matches(winner, threshold);
  const similarity = Math.round(winner.similarity * 1000) / 1000;
  const comparison: TitleComparison = {
    expected,
    found: winner.text,
    source: String(winner.candidate.source),
    similarity,
    match,
  };
  if (!match) comparison.diff = wordDiff(expected, winner.text);
  return comparison;
}

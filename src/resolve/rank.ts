// Ranking the URLs an index search found: how well the URL's slug and, once fetched, the
// captured headline match the citation. Pure.
import { normalizeTitle } from '../verify/index.js';
import { diceSimilarity } from '../verify/similarity.js';

export interface Candidate {
  /** The URL as captured. */
  url: string;
  /** The headline found in a capture, when one was read. */
  capturedTitle?: string | null;
}

export interface RankedCandidate extends Candidate {
  /** 0..1: the headline's similarity when known (the slug counts a quarter), else the slug's. */
  score: number;
  slugScore: number | null;
  titleScore: number | null;
}

/**
 * The URL's slug as words, or null when the URL carries only ids (`view.php?ud=2024...`,
 * `article.asp?newsIdx=386709`): the longest path segment with at least three words.
 */
export function slugWords(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`).pathname);
  } catch {
    return null;
  }
  let best: string | null = null;
  for (const segment of path.split('/')) {
    const words = segment
      .replace(/\.[a-z]{2,5}$/i, '')
      .split(/[-_+]+/)
      .filter((word) => /[a-z]/i.test(word) && !/^[0-9a-f]{16,}$/i.test(word));
    if (words.length >= 3 && (best === null || words.join(' ').length > best.length)) best = words.join(' ');
  }
  return best;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function scoreCandidate(candidate: Candidate, title: string): RankedCandidate {
  return scoreAgainst(candidate, normalizeTitle(title));
}

/** Against the cited title already normalised: a search ranks hundreds of candidates for one title. */
function scoreAgainst(candidate: Candidate, cited: string): RankedCandidate {
  const words = slugWords(candidate.url);
  const slugScore = words === null ? null : round(diceSimilarity(normalizeTitle(words), cited));
  const titleScore = candidate.capturedTitle ? round(diceSimilarity(normalizeTitle(candidate.capturedTitle), cited)) : null;
  const score = titleScore !== null ? 0.75 * titleScore + 0.25 * (slugScore ?? titleScore) : (slugScore ?? 0);
  return { ...candidate, score: round(score), slugScore, titleScore };
}

/** Best first; equal scores keep the index's order (earliest capture first). */
export function rankCandidates(candidates: readonly Candidate[], title: string): RankedCandidate[] {
  const cited = normalizeTitle(title);
  return candidates
    .map((candidate, index) => ({ ranked: scoreAgainst(candidate, cited), index }))
    .sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
    .map(({ ranked }) => ranked);
}

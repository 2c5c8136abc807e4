// citecheck resolve: for a reference without a URL, search the archive index by each URL shape
// of its outlet around the cited date, rank what it finds by slug and captured headline, and
// verify the best by fetching it (live, else the capture).
import { cdxQueryUrl, checkCapture, playbackUrl, queryCaptures, rawCaptureUrl, type CdxCapture, type IndexAnswer } from '../archive/index.js';
import { readFetchedPage } from '../extract/read-fetched.js';
import type { FetchResult, LocatedReference } from '../types.js';
import { comparableUrl } from '../verify/url-shape.js';
import { decideVerdict, type VerifyOptions } from '../verify/index.js';
import type { Outlet } from './outlets.js';
import { rankCandidates, type Candidate, type RankedCandidate } from './rank.js';
import { indexSearches, shapesFor } from './shapes.js';

export { generalShapes, OUTLETS } from './outlets.js';
export type { Outlet, UrlShape } from './outlets.js';
export { rankCandidates, scoreCandidate, slugWords } from './rank.js';
export type { Candidate, RankedCandidate } from './rank.js';
export { indexSearches, shapesFor, slugOf } from './shapes.js';
export type { IndexSearch } from './shapes.js';
export { applyUrlEdits, writeSourcesWithBackup } from './write.js';
export { proposalSchema, resolveJsonSchema, resolveOutputSchema } from './output-schema.js';
export type { ResolveOutput } from './output-schema.js';
export type { UrlEdit } from './write.js';

export interface ResolveDeps {
  endpoint: string;
  queryIndex(url: string): Promise<IndexAnswer>;
  /** Live pages and raw captures, through the politeness gate (Fetcher.fetchPage). Never rejects. */
  fetchPage(url: string): Promise<FetchResult>;
  verify: VerifyOptions;
  /** The config's `outlets` map (outlet name → site). */
  configOutlets?: Readonly<Record<string, string>>;
  table?: readonly Outlet[];
  /** Candidates whose capture is read for its headline [5]. */
  maxCandidates?: number;
  /**
   * Runs the candidate reads under a concurrency cap shared by the whole run (p-limit); without
   * it they run one after another. Politeness toward the archive stays with the fetcher's gate.
   */
  limit?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** One entry of `resolve --format json` (schema/resolve.schema.json). */
export interface Proposal {
  id: string;
  url: string;
  verified: boolean;
  via: 'live' | 'archive';
  /** The capture that was read (playback address), when one was. */
  capture: string | null;
  score: number;
}

export type ResolveOutcome =
  | { status: 'proposed'; proposal: Proposal; candidates: RankedCandidate[] }
  /** Candidates were found, none verified or came close enough to propose. */
  | { status: 'no-match'; candidates: RankedCandidate[] }
  | { status: 'unknown-outlet' }
  /** No day in the citation's date: the URL shapes need one. */
  | { status: 'no-date' }
  | { status: 'unavailable'; detail: string; reachedServer: boolean };

/** Below this an unverified candidate is not worth proposing. */
const MIN_UNVERIFIED_SCORE = 0.6;

/** The captured URL as a reader types it: the archive records http URLs with an explicit :80. */
function cleanUrl(original: string): string {
  try {
    return new URL(/^https?:\/\//i.test(original) ? original : `http://${original}`).href;
  } catch {
    return original;
  }
}

function readLive(reference: LocatedReference, url: string, fetched: FetchResult, verify: VerifyOptions): boolean {
  const { page, fault } = readFetchedPage(fetched, new Date(), fetched.finalUrl, { fingerprint: false });
  if (fault !== null) return false;
  const verdict = decideVerdict({ ...reference, url }, fetched, page, verify).verdict;
  return verdict === 'verified' || verdict === 'moved';
}

export async function resolveReference(reference: LocatedReference, deps: ResolveDeps): Promise<ResolveOutcome> {
  const outlet = shapesFor(reference.outlet, deps.configOutlets, deps.table);
  if (!outlet) return { status: 'unknown-outlet' };
  const searches = indexSearches(outlet.shapes, reference.title, reference.date);
  if (searches.length === 0) return { status: 'no-date' };

  // One capture per URL (the earliest the index gave), in the index's order.
  const captures = new Map<string, CdxCapture>();
  let answered = 0;
  let failure: { detail: string; reachedServer: boolean } | null = null;
  for (const search of searches) {
    const parsed = await queryCaptures(
      deps.queryIndex,
      cdxQueryUrl(deps.endpoint, { url: search.prefix, matchType: 'prefix', from: search.from, to: search.to, only200: true, filters: search.filters, collapse: 'urlkey', limit: 200 }),
    );
    if (!parsed.ok) {
      failure = { detail: parsed.detail, reachedServer: parsed.reachedServer };
      continue;
    }
    answered++;
    for (const capture of parsed.captures) {
      if (capture.statusCode !== 200) continue;
      const key = comparableUrl(cleanUrl(capture.original)) ?? capture.original;
      const known = captures.get(key);
      if (!known || capture.timestamp < known.timestamp) captures.set(key, capture);
    }
  }
  if (answered === 0 && failure) return { status: 'unavailable', ...failure };

  const bySlug = rankCandidates([...captures.values()].map((c): Candidate => ({ url: cleanUrl(c.original) })), reference.title);
  const captureOf = (url: string) => captures.get(comparableUrl(url) ?? url)!;
  // Read the captures of the likeliest candidates for their headlines, then rank again.
  const read = new Map<string, { title: string | null; verified: boolean; capture: string }>();
  const readOne = async (url: string) => {
    const capture = captureOf(url);
    const fetched = await deps.fetchPage(rawCaptureUrl(deps.endpoint, capture));
    const check = checkCapture(deps.endpoint, reference, capture, fetched, deps.verify);
    return { title: check.title, verified: check.verdict === 'verified', capture: check.url };
  };
  const likeliest = bySlug.slice(0, deps.maxCandidates ?? 5);
  if (deps.limit) {
    const limit = deps.limit;
    const results = await Promise.all(likeliest.map((candidate) => limit(() => readOne(candidate.url))));
    likeliest.forEach((candidate, index) => read.set(candidate.url, results[index]!));
  } else {
    for (const candidate of likeliest) read.set(candidate.url, await readOne(candidate.url));
  }
  const ranked = rankCandidates(
    bySlug.map((c): Candidate => ({ url: c.url, capturedTitle: read.get(c.url)?.title ?? null })),
    reference.title,
  );
  if (ranked.length === 0) return { status: 'no-match', candidates: [] };

  // Verify the best: live first (the page is still there), else its capture.
  for (const candidate of ranked.slice(0, 3)) {
    if (candidate.score < MIN_UNVERIFIED_SCORE) break;
    const live = await deps.fetchPage(candidate.url);
    const seen = read.get(candidate.url);
    const proposal = { id: reference.id, url: candidate.url, score: candidate.score };
    if (readLive(reference, candidate.url, live, deps.verify)) {
      return { status: 'proposed', proposal: { ...proposal, verified: true, via: 'live', capture: seen?.capture ?? null }, candidates: ranked };
    }
    if (seen?.verified) return { status: 'proposed', proposal: { ...proposal, verified: true, via: 'archive', capture: seen.capture }, candidates: ranked };
  }
  const best = ranked[0]!;
  if (best.score < MIN_UNVERIFIED_SCORE) return { status: 'no-match', candidates: ranked };
  const capture = read.get(best.url)?.capture ?? playbackUrl(deps.endpoint, captureOf(best.url));
  return { status: 'proposed', proposal: { id: reference.id, url: best.url, verified: false, via: 'archive', capture, score: best.score }, candidates: ranked };
}

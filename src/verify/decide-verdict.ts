import type {
  CheckResult,
  DateComparison,
  FetchResult,
  HttpSummary,
  LocatedReference,
  PageMetadata,
  TitleComparison,
  Verdict,
} from '../types.js';
import { compareDate } from './compare-date.js';
import { compareTitle, titleDifference } from './compare-title.js';
import { normalizeTitle } from './normalize-title.js';
import { isChallengeResponse } from '../challenge-headers.js';
import { intern } from '../intern.js';
import { isConsentPage, isHomeSearchOrListing, isLandingPageFor, isPersistentLink, isPersistentMove, isSameUrl } from './url-shape.js';

export interface VerifyOptions {
  titleThreshold: number;
  dateTolerance: number;
}

/** What the site answers for a path that cannot exist, when it was asked. */
export interface NotFoundProbe {
  status: number | null;
  page: PageMetadata | null;
}

// 999: LinkedIn's (and a few others') answer to clients it takes for bots.
const BLOCKING_STATUSES = new Set([401, 402, 403, 407, 451, 429, 999]);
const GONE_STATUSES = new Set([404, 410]);
const PERMANENT_REDIRECTS = new Set([301, 308]);

/** One empty list for every result without a redirect (most of them), instead of one each. */
const NO_REDIRECTS: HttpSummary['redirects'] = Object.freeze([]) as unknown as HttpSummary['redirects'];

export function httpSummary(fetched: FetchResult): HttpSummary {
  return {
    status: fetched.status,
    redirects: fetched.redirects.length === 0 ? NO_REDIRECTS : fetched.redirects,
    attempts: fetched.attempts,
    durationMs: fetched.durationMs,
    contentType: fetched.contentType === null ? null : intern(fetched.contentType),
    error: fetched.error,
    detail: fetched.errorDetail,
    retryAfterMs: fetched.retryAfterMs,
  };
}

function uncompared(reference: LocatedReference): { title: TitleComparison; date: DateComparison } {
  return {
    title: { expected: reference.title, found: null, source: null, similarity: null, match: null },
    date: { expected: reference.date ?? null, found: null, source: null, kind: null, deltaDays: null, match: null },
  };
}

/**
 * One object literal with every field: a result made by spreading another and adding fields gets,
 * in V8, a hidden class of its own — about 400 bytes each, for each of 10,000 results. Results of
 * this one shape that later get the same field (`failing`) share one transition, hence one class.
 */
function baseResult(reference: LocatedReference, verdict: Verdict, reason: string, fetched: FetchResult | null = null): CheckResult {
  const { title, date } = uncompared(reference);
  return {
    id: reference.id,
    verdict,
    reason,
    location: reference.location,
    outlet: reference.outlet,
    url: reference.url,
    finalUrl: fetched === null ? null : fetched.finalUrl,
    http: fetched === null ? null : httpSummary(fetched),
    title,
    date,
  };
}

/** A page that was fetched but could not be read: a fault in the reader, not in the page. */
export function unreadableResult(reference: LocatedReference, fetched: FetchResult, fault: string): CheckResult {
  return baseResult(reference, 'error', `could not read the page: ${fault}`, fetched);
}

/** A reference that was not fetched at all. */
export function skippedResult(reference: LocatedReference, reason: string): CheckResult {
  return baseResult(reference, 'skipped', reason);
}

/** " after 3 attempts" when retries happened; nothing for a single answer. */
function afterAttempts(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

function waitText(ms: number | null): string {
  return ms === null ? '' : `; the site asked to wait ${Math.ceil(ms / 1000)} s`;
}

/** Verdicts decided by the HTTP exchange alone, before the page is read. */
function transportVerdict(fetched: FetchResult): { verdict: Verdict; reason: string } | null {
  const status = fetched.status;
  if (fetched.robotsDisallowed) return { verdict: 'skipped', reason: 'disallowed for citecheck by robots.txt' };
  // fetch/ reports no error for 2xx and for statuses a site's config accepts: the page is read.
  if (fetched.error === null && status !== null) return null;
  // A bot-management challenge says so in a header, whatever status it comes with (503, 405).
  if (isChallengeResponse(fetched.headers)) return { verdict: 'blocked', reason: `a bot challenge answered (${status ?? 'no status'})` };
  if (status !== null && BLOCKING_STATUSES.has(status)) {
    const why = status === 429 ? `rate limited (429)${afterAttempts(fetched.attempts)}` : `the site refused us (${status})`;
    return { verdict: 'blocked', reason: `${why}${waitText(fetched.retryAfterMs)}` };
  }
  if (status !== null && GONE_STATUSES.has(status)) return { verdict: 'dead', reason: `the page is gone (${status})` };
  if (fetched.error === 'dns' && fetched.noSuchHost) {
    return { verdict: 'dead', reason: `the domain no longer exists (${fetched.errorDetail ?? 'no such host'})` };
  }
  if (fetched.error && fetched.error !== 'http-status') {
    return { verdict: 'error', reason: `${fetched.error}${fetched.errorDetail ? `: ${fetched.errorDetail}` : ''}` };
  }
  if (status !== null && status >= 500) {
    return { verdict: 'error', reason: `server error (${status})${afterAttempts(fetched.attempts)}${waitText(fetched.retryAfterMs)}` };
  }
  return { verdict: 'error', reason: `unexpected HTTP status ${status ?? 'none'}` };
}

function looksLikeProbe(page: PageMetadata | null, probe: NotFoundProbe | undefined): boolean {
  if (!probe || !page?.title.value || !probe.page?.title.value) return false;
  if (probe.status === null || probe.status < 200 || probe.status >= 300) return false;
  return normalizeTitle(page.title.value) === normalizeTitle(probe.page.title.value);
}

function matchReason(title: TitleComparison, date: DateComparison): string {
  const parts: string[] = [];
  parts.push(`title matches (${title.source})`);
  const onPage = date.kind === 'modified' ? ' (its modified date)' : '';
  if (date.match) parts.push(date.deltaDays ? `date within ${date.deltaDays} day(s)${onPage}` : `date matches${onPage}`);
  else if (date.expected === null) parts.push('no date recorded');
  else if (date.found !== null && date.kind === 'modified') parts.push(`date not compared: the page shows only when it was modified (${date.found})`);
  else if (date.found !== null) parts.push(`date not compared: the page's only dates are a list's outside the article (${date.found}, ...)`);
  else parts.push('no date on the page');
  return parts.join(', ');
}

/**
 * Decides one reference's verdict from what was fetched and read. Pure: the verdict table, top
 * row first. `probe` is the site's answer for a path that cannot exist; callers fetch it only
 * when the page does not match, so a site is not asked twice for nothing.
 */
export function decideVerdict(
  reference: LocatedReference,
  fetched: FetchResult,
  page: PageMetadata | null,
  options: VerifyOptions,
  probe?: NotFoundProbe,
): CheckResult {
  const result = baseResult(reference, 'verified', '', fetched);
  const settle = (verdict: Verdict, reason: string): CheckResult => Object.assign(result, { verdict, reason });

  const transport = transportVerdict(fetched);
  if (transport) return settle(transport.verdict, transport.reason);
  if (page?.signals.botWall) return settle('blocked', 'a bot challenge page answered instead of the article');
  if (page?.signals.loginWall) return settle('blocked', 'a login or paywall page answered instead of the article');

  result.title = compareTitle(reference.title, withoutOutletName(page, reference.outlet, reference.title), options.titleThreshold);
  result.date = compareDate(reference.date, page, options.dateTolerance);
  const { title, date } = result;
  const recorded = reference.url ?? fetched.url;

  // A home or section page the article now redirects to may still list it, its lead teaser's
  // heading linking to it: only the page's own headline fields (og:title, JSON-LD, <title>) say
  // the page is the story.
  if (title.match === true && isHomeSearchOrListing(fetched.finalUrl, recorded) && !ownFieldsMatch(reference.title, page, options)) {
    return settle('soft-404', `redirected to a home, section or search page that only lists the story: ${fetched.finalUrl}`);
  }
  // A removal notice and no text under a kept headline: the signs below would wait for a headline
  // that does not match, but a dead article's CMS may keep its og:title.
  if (page?.signals.articleRemoved) {
    return settle('soft-404', 'the page keeps the headline but says the article was removed or not found, and has no text');
  }
  // The signs of a missing article count only when the cited headline is not there: an article
  // can live at a short URL, and a headline can mention "not found".
  if (title.match !== true) {
    if (isConsentPage(fetched.finalUrl) || page?.signals.consentWall) {
      return settle('blocked', `a cookie-consent page answered instead of the article: ${fetched.finalUrl}`);
    }
    if (isLandingPageFor(fetched.finalUrl, recorded)) {
      return settle('soft-404', `redirected to a home, section or search page: ${fetched.finalUrl}`);
    }
    if (page?.signals.notFound) return settle('soft-404', 'the page says it was not found, with a 2xx status');
    // Only a page with a headline of its own: a JavaScript shell answers every path alike.
    if (title.match === false && looksLikeProbe(page, probe)) {
      return settle('soft-404', "the page looks like the site's answer for a path that does not exist");
    }
  }
  if (title.match === null) {
    const dated = date.found ? `; the date (${date.found}, ${date.kind}) alone does not identify the article` : '';
    return settle('unverifiable', `no headline could be read (a page built by JavaScript?)${dated}`);
  }
  if (title.match === false) {
    // Letters that agree and a rule that parted them: say which ("a number differs").
    const why = title.found !== null && (title.similarity ?? 0) >= options.titleThreshold ? titleDifference(reference.title, title.found, page?.language ?? null, page?.articleNames) : null;
    return settle('title-mismatch', `title differs (similarity ${title.similarity}${why ? `; ${why}` : ''})`);
  }
  if (date.match === false) {
    return settle('date-mismatch', `date differs: recorded ${date.expected}, page says ${date.found} (${date.deltaDays} days)`);
  }
  const movedTo = permanentTarget(fetched);
  // A DOI's resolver sends every reader to the publisher's page of the day: only a move to another
  // identifier on the same resolver (a DOI prefix change) is one to cite.
  const resolverHop = isPersistentLink(recorded) && movedTo !== null && !isPersistentMove(recorded, movedTo.url);
  if (movedTo && !isSameUrl(movedTo.url, recorded) && !resolverHop) {
    result.suggestedUrl = movedTo.url;
    return settle('moved', `${matchReason(title, date)}; permanently moved (${movedTo.status}) to ${movedTo.url}`);
  }
  return settle('verified', intern(matchReason(title, date)));
}

/**
 * Where the last permanent redirect of the chain points, ignoring hops that only change what the
 * citation rules call trivial (scheme, host case, default port, trailing slash): that is the URL to cite.
 */
function permanentTarget(fetched: FetchResult): { url: string; status: number } | null {
  const permanent = fetched.redirects.filter((hop) => PERMANENT_REDIRECTS.has(hop.status) && !isSameUrl(hop.url, hop.location));
  const last = permanent[permanent.length - 1];
  return last ? { url: last.location, status: last.status } : null;
}

const PRINTED_SOURCES = new Set(['h1', 'h2', 'h1+subtitle']);

/** Whether the citation matches one of the page's headline fields rather than only a heading printed on it. */
function ownFieldsMatch(cited: string, page: PageMetadata | null, options: VerifyOptions): boolean {
  if (!page) return false;
  // Strong ones only, and none printed as a heading (a teaser's h1 or h2, or one joined with its subtitle).
  const fields = page.title.candidates.filter((candidate) => candidate.strong !== false && !PRINTED_SOURCES.has(String(candidate.source)));
  if (fields.length === 0) return false;
  return compareTitle(cited, { ...page, title: { ...page.title, candidates: fields } }, options.titleThreshold).match === true;
}

/**
 * The page with any title that is only the cited outlet's name made weak: "Ministry of Coastal
 * Affairs" on a page cited as published by it is the site's name, never the headline the
 * citation could match or miss (a JavaScript shell titled so is `unverifiable`).
 */
function withoutOutletName(page: PageMetadata | null, outlet: string, cited: string): PageMetadata | null {
  if (!page || !outlet.trim()) return page;
  const name = normalizeTitle(outlet);
  // A journal's or a magazine's own page cited by its name ("Nature"): the name is its title.
  if (normalizeTitle(cited) === name) return page;
  if (!page.title.candidates.some((candidate) => candidate.strong !== false && normalizeTitle(candidate.value) === name)) return page;
  const candidates = page.title.candidates.map((candidate) => (normalizeTitle(candidate.value) === name ? { ...candidate, strong: false } : candidate));
  return { ...page, title: { ...page.title, candidates } };
}

/** True when a page that did not verify deserves a look at the site's not-found answer. */
export function wantsNotFoundProbe(result: CheckResult): boolean {
  return result.verdict === 'title-mismatch' || result.verdict === 'unverifiable';
}

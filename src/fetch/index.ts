import type { LookupFunction } from 'node:net';
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { FetchResult } from '../types.js';
import { createSharedAgent } from './agent.js';
import type { ProxySetting } from './proxy.js';
import { CANCELLED_DETAIL, shouldReadBody, type AttemptRequest } from './http-attempt.js';
import { longPauseLeft, politeRequest, type PoliteContext } from './polite-request.js';
import { ChainCookies } from './cookie-jar.js';
import { refreshTarget } from './meta-refresh.js';
import { documentKindOf } from './read-body.js';
import { nextRedirect, REDIRECT_STATUSES, withoutFragment } from './redirects.js';
import { describeWait } from './retry-policy.js';
import { siteLimits } from './site-limits.js';
import { ALLOW_ALL, robotsPolicy, robotsUrlFor, type RobotsPolicy } from './robots.js';
import { SiteGate, type GateTicket } from './site-gate.js';
import { originOf, siteKey } from './site-key.js';

export { siteKey } from './site-key.js';

export interface SiteOverride {
  interval?: number;
  concurrency?: number;
  headers?: Record<string, string>;
  userAgent?: string;
  acceptStatuses?: number[];
}

export interface FetchOptions {
  concurrency: number;
  hostInterval: number;
  hostConcurrency: number;
  timeout: number;
  retries: number;
  maxBytes: number;
  userAgent: string;
  ignoreRobots: boolean;
  allowPrivate: boolean;
  /** Keyed by site key (see siteKey). */
  siteOverrides?: Record<string, SiteOverride>;
  /** Base of the exponential backoff [500]. */
  backoffBaseMs?: number;
  /** Longest Retry-After that is waited for [60000]; a longer one returns the result at once. */
  maxRetryAfterMs?: number;
  /** Extra trusted CA certificates (PEM): tests, corporate TLS proxies. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** The DNS lookup (default dns.lookup); tests answer from a table so no query leaves the machine. */
  lookup?: LookupFunction;
  /** --header: sent to the site of the URL asked for, never after a redirect to another site. */
  headers?: Record<string, string>;
  /** --accept: statuses besides 2xx whose body is read and judged, on every site. */
  acceptStatuses?: number[];
  /** HTTP(S)_PROXY and NO_PROXY from the CLI's environment; null or absent: connect directly. */
  proxy?: ProxySetting | null;
  /**
   * Origins trusted as given (--archive-endpoint): the private-address guard does not apply to
   * them, so an institution's own archive or a test's loopback stub can be used. Politeness does.
   */
  trustedOrigins?: string[];
}

/** Per-request options of fetchPage. */
interface PageRequestOptions {
  /** Sent to the site of the URL asked for only, like --header (e.g. If-None-Match from --state). */
  headers?: Record<string, string>;
  /**
   * The language the page is wanted in (a BCP 47 tag, "ko"), asked for first in Accept-Language on
   * every hop; a --header accept-language overrides it.
   */
  language?: string;
}

export type FetchEvent =
  | { type: 'started'; url: string; site: string }
  | { type: 'waiting'; site: string; ms: number; reason: string }
  | { type: 'finished'; url: string; site: string; result: FetchResult }
  /** One HTTP attempt (pages, robots.txt and not-found probes alike), once it is over. */
  | { type: 'request'; method: 'GET'; url: string; site: string; attempt: number; status: number | null; error: string | null; ms: number };

export interface Fetcher {
  /** Never rejects. */
  fetchPage(url: string, request?: PageRequestOptions): Promise<FetchResult>;
  /** A request for a page that cannot exist, once per site per run; null when it cannot be made. */
  fetchNotFoundProbe(url: string): Promise<FetchResult | null>;
  slowedSites(): { site: string; reason: string }[];
  close(): Promise<void>;
}

type Purpose = 'page' | 'probe' | 'robots';

const ACCEPT = 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1';
/**
 * Any language, the site's default: some bot managers turn away a request without the header, and
 * a site that picks the language by it serves its default as to a browser of no preference.
 */
const ANY_LANGUAGE = '*';
/** RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;

function emptyResult(url: string): FetchResult {
  return {
    url, finalUrl: url, status: null, redirects: [], attempts: 0, durationMs: 0, contentType: null, headers: {},
    body: null, error: null, errorDetail: null, noSuchHost: false, reachedServer: false, retryAfterMs: null,
    robotsDisallowed: false,
  };
}

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}


function lowerCaseNames(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

export function createFetcher(options: FetchOptions, onEvent: (event: FetchEvent) => void = () => {}): Fetcher {
  const shared = createSharedAgent({
    timeout: options.timeout,
    allowPrivate: options.allowPrivate,
    ca: options.ca,
    lookup: options.lookup,
    proxy: options.proxy,
    trustedOrigins: options.trustedOrigins,
  });
  const overrides = options.siteOverrides ?? {};
  const gate = new SiteGate(options.concurrency, (site) => siteLimits(options, site));
  const slowed = new Map<string, Map<string, string>>();
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  // close() aborts it: backoff sleeps and in-flight requests end, pending fetchPage calls resolve.
  const closeSignal = new AbortController();
  // Every backoff sleep listens to it (many at once when a site fails): Node's default cap of 10
  // would print a spurious leak warning.
  setMaxListeners(0, closeSignal.signal);
  const ctx: PoliteContext = {
    signal: closeSignal.signal,
    gate,
    shared,
    retries: options.retries,
    backoffBaseMs: options.backoffBaseMs ?? 500,
    maxRetryAfterMs,
    random: Math.random,
    longPauses: new Map(),
    malformedSites: new Set(),
    onWait: (site, ms, reason) => onEvent({ type: 'waiting', site, ms, reason }),
    onAttempt: (attempt) => onEvent({ type: 'request', method: 'GET', ...attempt }),
    onSlowed: (site, kind, reason) => {
      const reasons = slowed.get(site) ?? new Map<string, string>();
      reasons.set(kind, reason);
      slowed.set(site, reasons);
    },
  };
  const robotsMemo = new Map<string, Promise<RobotsPolicy>>();
  const probeMemo = new Map<string, Promise<FetchResult | null>>();

  // Header names folded once per run and per site, not on every request and redirect hop.
  const runHeaders = lowerCaseNames(options.headers);
  const foldedSiteHeaders = new Map<string, Record<string, string>>();
  const siteHeaders = (site: string): Record<string, string> => {
    let folded = foldedSiteHeaders.get(site);
    if (folded === undefined) foldedSiteHeaders.set(site, (folded = lowerCaseNames(overrides[site]?.headers)));
    return folded;
  };

  /** `askedSite`: the site of the URL first asked for; --header values go to that site only. */
  /** `askedHeaders`: the caller's extra headers, names folded, sent to `askedSite` only. */
  function requestFor(url: string, purpose: Purpose, askedSite: string, askedHeaders: Record<string, string>, language?: string): AttemptRequest {
    const site = siteKey(url);
    const override = overrides[site];
    return {
      url,
      headers: {
        'user-agent': override?.userAgent ?? options.userAgent,
        accept: purpose === 'robots' ? 'text/plain,*/*;q=0.1' : ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': language ? `${language},*;q=0.5` : ANY_LANGUAGE,
        // A redirect to another site must not carry a token meant for the first (curl does the same).
        ...(site === askedSite ? runHeaders : {}),
        ...siteHeaders(site),
        ...(site === askedSite ? askedHeaders : {}),
      },
      timeout: options.timeout,
      maxBytes: purpose === 'robots' ? ROBOTS_MAX_BYTES : options.maxBytes,
      acceptStatuses: [...(options.acceptStatuses ?? []), ...(override?.acceptStatuses ?? [])],
      documentsOnly: purpose !== 'robots',
    };
  }

  /** The request with the chain's cookies added to any the config gives for the site. */
  function withCookies(request: AttemptRequest, cookie: string | null): AttemptRequest {
    if (cookie === null) return request;
    const configured = request.headers.cookie;
    return { ...request, headers: { ...request.headers, cookie: configured ? `${configured}; ${cookie}` : cookie } };
  }

  /** robots.txt of the URL's origin, loaded once per run; it never fails (a failure allows all). */
  function robotsFor(url: string): Promise<RobotsPolicy> {
    if (options.ignoreRobots) return Promise.resolve(ALLOW_ALL);
    const origin = originOf(url);
    let policy = robotsMemo.get(origin);
    if (!policy) {
      policy = loadRobots(url).catch(() => ALLOW_ALL);
      robotsMemo.set(origin, policy);
    }
    return policy;
  }

  async function loadRobots(url: string): Promise<RobotsPolicy> {
    const robotsUrl = robotsUrlFor(url);
    const result = await follow(robotsUrl, 'robots');
    // The rules are the requested origin's even when its robots.txt came through a redirect
    // (RFC 9309 §2.3.1.2): parsed against the final URL, they would match none of its pages.
    const policy = robotsPolicy(robotsUrl, result.error ? null : result.status, result.body);
    const site = siteKey(url);
    if (policy.crawlDelayMs !== null && policy.crawlDelayMs > gate.interval(site)) {
      const interval = Math.min(policy.crawlDelayMs, maxRetryAfterMs);
      gate.raiseInterval(site, interval);
      ctx.onSlowed(site, 'Crawl-delay', `Crawl-delay: ${describeWait(policy.crawlDelayMs)}`);
      onEvent({ type: 'waiting', site, ms: interval, reason: 'Crawl-delay' });
    }
    return policy;
  }

  /** Requests a URL and follows its redirects, each hop through its own site's gate. */
  async function follow(url: string, purpose: Purpose, firstTicket?: GateTicket, extra?: Record<string, string>, language?: string): Promise<FetchResult> {
    const result = emptyResult(url);
    let current = url;
    let firstStartAt: number | null = null;
    const visited = new Set([withoutFragment(url)]);
    const cookies = new ChainCookies();
    // Folded once for every hop: the asked site and the headers meant only for it.
    const askedSite = siteKey(url);
    const askedHeaders = lowerCaseNames(extra);
    const finish = (): FetchResult => {
      result.finalUrl = current;
      result.durationMs = firstStartAt === null ? 0 : Math.round(performance.now() - firstStartAt);
      return result;
    };
    for (;;) {
      if (purpose !== 'robots' && !(await robotsFor(current)).isAllowed(current)) {
        firstTicket?.release(false);
        result.robotsDisallowed = true;
        result.errorDetail = 'disallowed by robots.txt';
        return finish();
      }
      const request = withCookies(requestFor(current, purpose, askedSite, askedHeaders, language), cookies.headerFor(current));
      const polite = await politeRequest(ctx, request, {
        ...(purpose === 'robots' ? { retries: 0 } : {}),
        ...(purpose === 'page' ? { onStart: (u: string, site: string) => onEvent({ type: 'started', url: u, site }) } : {}),
        ...(firstTicket ? { firstTicket } : {}),
      });
      firstTicket = undefined;
      firstStartAt ??= polite.firstStartAt;
      result.attempts = polite.attempts;
      result.retryAfterMs = polite.retryAfterMs;
      const outcome = polite.outcome;
      result.status = outcome.status;
      result.headers = outcome.headers;
      result.contentType = outcome.headers['content-type'] ?? null;
      if (!outcome.ok) {
        result.error = outcome.error.code;
        result.errorDetail = outcome.error.detail;
        result.noSuchHost = outcome.error.noSuchHost;
        result.reachedServer ||= outcome.reachedServer;
        return finish();
      }
      result.reachedServer = true;
      const { status, headers } = outcome;
      if (REDIRECT_STATUSES.has(status) && headers.location) {
        // A redirect that set a cookie may send us back where we were: with the cookie, that is
        // a new visit, not a loop (the hop limit still bounds the chain).
        if (cookies.store(current, headers['set-cookie'])) visited.clear();
        const decision = nextRedirect(current, headers.location, visited, result.redirects.length + 1);
        const location = decision.ok ? decision.next : (decision.resolved ?? headers.location);
        result.redirects.push({ status, url: current, location });
        if (!decision.ok) {
          result.error = decision.code;
          result.errorDetail = decision.detail;
          return finish();
        }
        visited.add(withoutFragment(decision.next));
        current = decision.next;
        continue;
      }
      if (outcome.bodyError) {
        result.error = outcome.bodyError.code;
        result.errorDetail = outcome.bodyError.detail;
      } else if (shouldReadBody(status, request.acceptStatuses)) {
        result.body = outcome.body;
        // A body that came without a type, or under one that says only "bytes", is what its bytes are.
        if ((result.contentType === null || documentKindOf(result.contentType) === 'missing') && outcome.kind) {
          result.contentType = outcome.kind === 'pdf' ? 'application/pdf' : 'text/html';
        }
        // A page that sends the reader on at once is one more hop (a refresh to itself is a reload).
        const refresh = purpose === 'page' && outcome.kind !== 'pdf' && status < 300 ? refreshTarget(headers.refresh, outcome.body) : null;
        const decision = refresh === null ? null : nextRedirect(current, refresh, visited, result.redirects.length + 1);
        if (decision?.ok) {
          result.redirects.push({ status, url: current, location: decision.next });
          visited.add(withoutFragment(decision.next));
          current = decision.next;
          result.body = null;
          continue;
        }
      } else {
        result.error = 'http-status';
        result.errorDetail = polite.detail ?? `HTTP ${status}`;
      }
      return finish();
    }
  }

  async function fetchPage(url: string, pageRequest: PageRequestOptions = {}): Promise<FetchResult> {
    let result: FetchResult;
    if (!isHttpUrl(url)) {
      result = { ...emptyResult(url), error: 'bad-redirect', errorDetail: 'not an http(s) URL' };
    } else {
      let ticket: GateTicket | undefined;
      try {
        // Wait for the site's turn before building the request's state: with every reference
        // started at once, 10,000 waiting URLs would otherwise each hold a request, a result and
        // three suspended frames (≈ 2.5 KB), which costs the whole run in RSS and GC pauses.
        // robots.txt is awaited first: it goes through the same site's gate. A URL it forbids, or
        // one of a site in a long Retry-After pause, is not requested, so it takes no turn.
        const site = siteKey(url);
        const allowed = (await robotsFor(url)).isAllowed(url);
        if (allowed && longPauseLeft(ctx, site) === 0) ticket = await gate.acquire(site);
        result = await follow(url, 'page', ticket, pageRequest.headers, pageRequest.language);
      } catch (error) {
        ticket?.release(false); // idempotent; frees the slot if the failure struck before the request
        result = closeSignal.signal.aborted
          ? { ...emptyResult(url), error: 'reset', errorDetail: CANCELLED_DETAIL }
          : // A bug, not a network fault: still a value, so one reference cannot sink the run.
            // 'reset' is the nearest code of the closed list; the detail says what it was.
            { ...emptyResult(url), error: 'reset', errorDetail: `internal error: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    onEvent({ type: 'finished', url, site: siteKey(url), result });
    return result;
  }

  function fetchNotFoundProbe(url: string): Promise<FetchResult | null> {
    if (!isHttpUrl(url)) return Promise.resolve(null);
    const site = siteKey(url);
    let probe = probeMemo.get(site);
    if (!probe) {
      const probeUrl = `${originOf(url)}/citecheck-probe-${randomBytes(8).toString('hex')}-does-not-exist`;
      probe = follow(probeUrl, 'probe').then(
        (result) => (result.robotsDisallowed ? null : result),
        () => null,
      );
      probeMemo.set(site, probe);
    }
    return probe;
  }

  return {
    fetchPage,
    fetchNotFoundProbe,
    slowedSites: () =>
      [...slowed].map(([site, reasons]) => ({ site, reason: [...reasons.values()].join('; ') })),
    async close() {
      closeSignal.abort();
      gate.dispose();
      // Ends the requests still in flight at once (attempts see the aborted signal and report
      // themselves cancelled) and closes the idle keep-alive sockets.
      await shared.raw.destroy().catch(() => {});
    },
  };
}

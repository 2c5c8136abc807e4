import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SharedAgent } from './agent.js';
import { attemptTolerant } from './tolerant-attempt.js';
import { attemptRequest, cancelledFailure, type AttemptOutcome, type AttemptRequest } from './http-attempt.js';
import { backoffDelay, describeWait, isRetryableStatus, parseRetryAfter, slowedInterval } from './retry-policy.js';
import type { GateTicket, SiteGate } from './site-gate.js';
import { siteKey } from './site-key.js';

export interface PoliteContext {
  gate: SiteGate;
  shared: SharedAgent;
  retries: number;
  backoffBaseMs: number;
  maxRetryAfterMs: number;
  random: () => number;
  onWait: (site: string, ms: number, reason: string) => void;
  /** `kind` groups reasons so each site reports the latest of each kind once. */
  onSlowed: (site: string, kind: string, reason: string) => void;
  /** Sites that asked for a wait longer than we take: not asked again until it is over. */
  longPauses: Map<string, { status: number; until: number }>;
  /** Aborted by close(): backoff sleeps and in-flight attempts end at once. */
  signal: AbortSignal;
  /** Sites whose responses undici could not parse this run: read tolerantly from the start. */
  malformedSites?: Set<string>;
  /** Every attempt once it is over, for `-v`: what was asked, what came back, how long it took. */
  onAttempt?: (attempt: AttemptReport) => void;
}

interface AttemptReport {
  url: string;
  site: string;
  attempt: number;
  status: number | null;
  error: string | null;
  ms: number;
}

export interface PoliteOutcome {
  outcome: AttemptOutcome;
  attempts: number;
  /** performance.now() of the first attempt's start, null when nothing was requested. */
  firstStartAt: number | null;
  retryAfterMs: number | null;
  /** Why the last status was not retried although it could have been (a Retry-After too long). */
  detail: string | null;
}

export function retryAfterDetail(ms: number): string {
  return `site asked to wait ${describeWait(ms)} (Retry-After)`;
}

/** Remaining ms of a site's long pause (a Retry-After longer than we wait), 0 when none. */
export function longPauseLeft(ctx: PoliteContext, site: string): number {
  const pause = ctx.longPauses.get(site);
  return pause ? Math.max(0, Math.ceil(pause.until - performance.now())) : 0;
}

/**
 * The answer for a URL of a site in a long pause, which is not requested at all. Its shape, on
 * purpose: attempts 0, no headers, durationMs 0 (nothing was sent); `status` repeats the status the
 * site gave with its Retry-After (429, 503) because verify/ reads the verdict from it (blocked for
 * 429, error for 5xx) and the site did give that answer in this run; for the same reason the
 * result counts as having reached a server: a site that asked us to wait is no sign that the
 * network is down. errorDetail says it was not requested.
 */
function pausedOutcome(status: number, remaining: number, firstStartAt: number | null, attempts: number): PoliteOutcome {
  const outcome: AttemptOutcome = { ok: true, status, headers: {}, body: null, kind: null, bodyError: null };
  // A URL that was tried before the pause began was requested; only a first try is "not requested".
  const detail =
    attempts === 0
      ? `not requested: the site answered ${status} earlier in this run and asked to wait ${describeWait(remaining)} (Retry-After)`
      : `${retryAfterDetail(remaining)}; not requested again`;
  return { outcome, attempts, firstStartAt, retryAfterMs: remaining, detail };
}

function cancelled(attempts: number, firstStartAt: number | null): PoliteOutcome {
  return { outcome: cancelledFailure(), attempts, firstStartAt, retryAfterMs: null, detail: null };
}

/** Sleeps `ms`; false when close() cut the sleep short. */
async function pauseFor(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/**
 * One URL, requested through its site's gate, retried on the failures worth retrying. Backoff
 * sleeps hold no slot; Retry-After pauses the whole site, and a 429 slows the site for the rest
 * of the run.
 */
export async function politeRequest(
  ctx: PoliteContext,
  request: AttemptRequest,
  {
    retries = ctx.retries,
    onStart,
    firstTicket,
  }: {
    retries?: number;
    onStart?: (url: string, site: string) => void;
    /** A grant the caller already waited for (for this URL's site): used by the first attempt. */
    firstTicket?: GateTicket;
  } = {},
): Promise<PoliteOutcome> {
  const site = siteKey(request.url);
  const pauses = ctx.longPauses;
  let firstStartAt: number | null = null;
  let attempts = 0;
  // After a response undici could not parse, the next try reads it as browsers do, at once (no
  // backoff: another reader, not the same request again) and whatever --retries says; tries after
  // that (a 503 read tolerantly) keep the tolerant reader and count against --retries as usual.
  // A site known for it this run is read tolerantly from the start: one request per URL, not two.
  let tolerant = ctx.malformedSites?.has(site) === true && ctx.shared.connect !== undefined;
  let freeTries = 0;
  for (;;) {
    if (ctx.signal.aborted) {
      firstTicket?.release(false);
      return cancelled(attempts, firstStartAt);
    }
    const remaining = longPauseLeft(ctx, site);
    if (remaining > 0) {
      firstTicket?.release(false);
      return pausedOutcome(pauses.get(site)!.status, remaining, firstStartAt, attempts);
    }
    let ticket: GateTicket;
    try {
      ticket = firstTicket ?? (await ctx.gate.acquire(site));
    } catch (error) {
      if (ctx.signal.aborted) return cancelled(attempts, firstStartAt);
      throw error;
    }
    firstTicket = undefined;
    // Another request may have set a long pause while this one waited at the gate.
    const pausedMeanwhile = longPauseLeft(ctx, site);
    if (pausedMeanwhile > 0) {
      ticket.release(false);
      return pausedOutcome(pauses.get(site)!.status, pausedMeanwhile, firstStartAt, attempts);
    }
    attempts++;
    firstStartAt ??= performance.now();
    let outcome: AttemptOutcome | undefined;
    const attemptStart = performance.now();
    try {
      onStart?.(request.url, site);
      outcome = tolerant && ctx.shared.connect
        ? await attemptTolerant(ctx.shared.connect, request, ticket.started, ctx.signal)
        : await attemptRequest(ctx.shared.agent, request, ctx.shared.connectedSince, ticket.started, ctx.signal);
    } finally {
      // A refused private address never left this machine: the site gets its turn back, so the
      // other references refused there do not each wait out the interval.
      ticket.release(!(outcome && !outcome.ok && outcome.error.code === 'private-address'));
    }
    ctx.onAttempt?.({
      url: request.url,
      site,
      attempt: attempts,
      status: outcome.ok ? outcome.status : null,
      error: outcome.ok ? null : outcome.error.code,
      ms: Math.round(performance.now() - attemptStart),
    });
    const canRetry = attempts - freeTries <= retries;

    if (!outcome.ok) {
      if (outcome.malformed && !tolerant && ctx.shared.connect) {
        tolerant = true;
        freeTries = 1;
        ctx.malformedSites?.add(site);
        continue;
      }
      if (!outcome.error.retryable || !canRetry) return { outcome, attempts, firstStartAt, retryAfterMs: null, detail: null };
      if (!(await pauseFor(backoffDelay(attempts, ctx.backoffBaseMs, ctx.random()), ctx.signal))) {
        return cancelled(attempts, firstStartAt);
      }
      continue;
    }

    const { status } = outcome;
    const retryAfterMs = parseRetryAfter(outcome.headers['retry-after'], Date.now());
    if (status === 429) {
      const interval = slowedInterval(ctx.gate.interval(site));
      ctx.gate.raiseInterval(site, interval);
      ctx.onSlowed(site, '429', `rate limited (429): interval raised to ${interval} ms`);
      ctx.onWait(site, interval, 'rate limited (429)');
    }
    if (!isRetryableStatus(status)) return { outcome, attempts, firstStartAt, retryAfterMs, detail: null };

    if (retryAfterMs !== null) {
      if (retryAfterMs > ctx.maxRetryAfterMs) {
        pauses.set(site, { status, until: performance.now() + retryAfterMs });
        ctx.onSlowed(site, 'Retry-After', retryAfterDetail(retryAfterMs));
        return { outcome, attempts, firstStartAt, retryAfterMs, detail: retryAfterDetail(retryAfterMs) };
      }
      ctx.gate.pause(site, retryAfterMs);
      ctx.onSlowed(site, 'Retry-After', retryAfterDetail(retryAfterMs));
      ctx.onWait(site, retryAfterMs, 'Retry-After');
    }
    if (!canRetry) return { outcome, attempts, firstStartAt, retryAfterMs, detail: null };
    // With Retry-After the gate holds the whole site; otherwise back off this URL alone.
    if (retryAfterMs === null && !(await pauseFor(backoffDelay(attempts, ctx.backoffBaseMs, ctx.random()), ctx.signal))) {
      return cancelled(attempts, firstStartAt);
    }
  }
}

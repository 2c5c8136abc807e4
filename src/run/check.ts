// The check pipeline: every reference through fetch → extract → verify. Returns data only;
// the CLI prints and decides the exit code.
import { createFetcher, type FetchEvent, type FetchOptions, type Fetcher } from '../fetch/index.js';
import { LEFT_OUT_BY_ONLY, type CheckResult, type LocatedReference } from '../types.js';
import { createArchiveStep, type ArchiveSettings } from './archive-step.js';
import { citedLanguage } from './cited-language.js';
import type { MemoryNote, RunMemory } from './memory.js';
import { readFetchedPage as readPage } from '../extract/read-fetched.js';
import { inWindow, startOrder, startWindow } from './start-window.js';
import {
  decideVerdict,
  skippedResult,
  unreadableResult,
  wantsNotFoundProbe,
  type NotFoundProbe,
  type VerifyOptions,
} from '../verify/index.js';

export interface CheckRunOptions {
  fetch: FetchOptions;
  verify: VerifyOptions;
  /** Ids to check, from --only; null checks all. */
  only: ReadonlySet<string> | null;
  /** --exclude / --include / .citecheckignore: true for a URL not to be requested. */
  excludes?: (url: string) => boolean;
  /** The clock, for tests: dates after it are never a page's date. */
  now?: () => Date;
  /** --state (with --max-age and --confirm). */
  memory?: RunMemory;
  /** --archive. */
  archive?: ArchiveSettings;
}

export interface CheckRunHooks {
  onFetchEvent?(event: FetchEvent): void;
  /** Called as each reference gets its verdict, in completion order. */
  onResult?(result: CheckResult, index: number): void;
}

export interface CheckRun {
  results: CheckResult[];
  startedAt: Date;
  durationMs: number;
  /** No request reached any server: DNS or connect failed everywhere (exit code 3). */
  networkUnavailable: boolean;
  slowedSites: { site: string; reason: string }[];
}

interface Outcome {
  result: CheckResult;
  /** Present when a request was attempted and counts for the network-unavailable rule. */
  reachedServer?: boolean;
  /** For the reference's own URL with --state: what the memory records once the verdict is final. */
  note?: MemoryNote;
}

async function probeFor(fetcher: Fetcher, url: string, now: Date): Promise<NotFoundProbe | undefined> {
  const probe = await fetcher.fetchNotFoundProbe(url);
  if (!probe) return undefined;
  return { status: probe.status, page: readPage(probe, now, probe.finalUrl, { fingerprint: false, articleNames: false }).page };
}

/** Fetches, reads and judges one URL as the given reference; `own` when it is the reference's own URL (the one --state remembers). */
async function checkUrl(
  reference: LocatedReference,
  url: string,
  fetcher: Fetcher,
  options: CheckRunOptions,
  own = false,
): Promise<Outcome> {
  const memory = own ? options.memory : undefined;
  // A reading reused under --max-age was answered from the state: it counts neither way for exit 3.
  const reused = memory?.reuse(reference, url, options.verify);
  if (reused) return { result: reused.result, note: reused.note };
  const headers = memory?.requestHeaders(reference, url);
  // A site that serves one address in several languages is asked for the one the citation quotes.
  const language = citedLanguage(reference.title);
  const fetched = await fetcher.fetchPage(url, {
    ...(headers && Object.keys(headers).length > 0 ? { headers } : {}),
    ...(language ? { language } : {}),
  });
  const counts = !fetched.robotsDisallowed && fetched.error !== 'private-address';
  const reached = counts ? { reachedServer: fetched.reachedServer } : {};
  const cached = memory?.notModified(reference, url, fetched, options.verify);
  if (cached) return { result: cached.result, note: cached.note, ...reached };
  const now = options.now?.() ?? new Date();
  const { page, fault } = readPage(fetched, now, fetched.finalUrl, { fingerprint: memory !== undefined });
  let result = fault === null ? decideVerdict(reference, fetched, page, options.verify) : unreadableResult(reference, fetched, fault);
  if (wantsNotFoundProbe(result)) {
    const probe = await probeFor(fetcher, fetched.finalUrl, now);
    if (probe) result = decideVerdict(reference, fetched, page, options.verify, probe);
  }
  return { result, ...reached, ...(memory ? { note: memory.noteFor(reference, url, fetched, page) } : {}) };
}

const SETTLED: ReadonlySet<string> = new Set(['verified', 'moved']);

/** Copies elsewhere are looked at only when the cited URL does not verify: they say where the text survives. */
async function checkAlternates(reference: LocatedReference, fetcher: Fetcher, options: CheckRunOptions): Promise<Outcome[]> {
  return Promise.all(
    (reference.alternates ?? []).map((alternate) => checkUrl({ ...reference, url: alternate.url }, alternate.url, fetcher, options)),
  );
}

async function checkOne(reference: LocatedReference, fetcher: Fetcher, options: CheckRunOptions): Promise<Outcome[]> {
  if (options.only && !options.only.has(reference.id)) return [{ result: skippedResult(reference, LEFT_OUT_BY_ONLY) }];
  if (reference.url !== null && options.excludes?.(reference.url)) return [{ result: skippedResult(reference, 'excluded') }];
  const main =
    reference.url === null
      ? { result: skippedResult(reference, 'no URL recorded') }
      : await checkUrl(reference, reference.url, fetcher, options, true);
  if (!reference.alternates?.length || SETTLED.has(main.result.verdict)) return [main];
  const copies = await checkAlternates(reference, fetcher, options);
  main.result.alternates = copies.map(({ result }, index) => ({
    url: result.url!,
    relation: reference.alternates![index]!.relation,
    verdict: result.verdict,
    reason: result.reason,
    finalUrl: result.finalUrl,
  }));
  const surviving = copies.findIndex(({ result }) => SETTLED.has(result.verdict));
  if (surviving >= 0) {
    const copy = copies[surviving]!.result;
    const relation = reference.alternates![surviving]!.relation;
    const url = copy.suggestedUrl ?? copy.url!;
    // Without a URL of its own, the reference is the copy that verified. With one that fails,
    // the failure stands (the cited link is broken) and the copy is proposed as the fix.
    if (reference.url === null) main.result = { ...copy, id: reference.id, url: null, location: reference.location, via: { relation, url }, alternates: main.result.alternates };
    else main.result.fix = { url, why: `the ${relation} copy verifies (${copy.reason})` };
  }
  return [main, ...copies];
}

/**
 * With the network down, "dead" would be a claim about the web made from a fact about this
 * machine: such results become errors that say they were not checked.
 */
function unclaimed([main, ...copies]: Outcome[]): CheckResult {
  const notChecked = (outcome: Outcome) => {
    const http = outcome.result.http;
    const cause = http?.error ? ` (${http.error}${http.detail ? `: ${http.detail}` : ''})` : '';
    return { verdict: 'error' as const, reason: `not checked: the network is unavailable${cause}`, notChecked: true };
  };
  const result = main!.reachedServer === false ? { ...main!.result, ...notChecked(main!) } : main!.result;
  if (result.alternates) {
    result.alternates = result.alternates.map((alternate, index) =>
      copies[index]?.reachedServer === false ? { ...alternate, ...notChecked(copies[index]!) } : alternate,
    );
  }
  return result;
}

/** A host name that a resolver must answer for: not an IP literal, not `localhost` (answered from the hosts file). */
function isResolvedName(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return null;
  return host;
}

/**
 * True when this run has shown that DNS works: a request to some host name got past the lookup
 * (it connected, or failed after resolving). Only then does "no such host" mean the domain is gone.
 */
function resolverWorked(results: readonly CheckResult[]): boolean {
  return results.some((result) => {
    const http = result.http;
    if (!http || isResolvedName(result.url) === null) return false;
    if (http.error === 'dns') return false;
    return http.status !== null || http.error !== null;
  });
}

/**
 * A DNS failure says something about the page only when the resolver has been seen to work: a
 * temporary failure (EAI_AGAIN) never does, and "no such host" does not on a machine whose DNS is
 * down. Such results are errors that say they were not checked.
 */
function dnsNotChecked(result: CheckResult, resolverWorks: boolean): CheckResult {
  const http = result.http;
  if (http?.error !== 'dns') return result;
  const noSuchHost = http.detail === 'ENOTFOUND';
  if (noSuchHost && resolverWorks) return result;
  const why = noSuchHost
    ? 'no such host, but no other host name resolved in this run, so DNS itself may be down'
    : `a temporary DNS failure (${http.detail ?? 'dns'})`;
  return { ...result, verdict: 'error', reason: `not checked: ${why}`, notChecked: true };
}

function withDnsRule([main, ...copies]: Outcome[], resolverWorks: boolean): CheckResult {
  const result = dnsNotChecked(main!.result, resolverWorks);
  if (result.alternates) {
    result.alternates = result.alternates.map((alternate, index) => {
      const copy = copies[index] ? dnsNotChecked(copies[index]!.result, resolverWorks) : null;
      return copy?.notChecked ? { ...alternate, verdict: copy.verdict, reason: copy.reason } : alternate;
    });
  }
  return result;
}

export async function runCheck(
  references: readonly LocatedReference[],
  options: CheckRunOptions,
  hooks: CheckRunHooks = {},
): Promise<CheckRun> {
  const startedAt = new Date();
  const fetcher = createFetcher(withTrustedArchive(options), hooks.onFetchEvent);
  const archive = options.archive ? createArchiveStep(options.archive, fetcher, options.verify) : null;
  // A result's verdict is final: the memory records it (and --confirm may hold it back), then the
  // archive is asked for its capture.
  const settle = async (index: number, outcome: Outcome, result: CheckResult): Promise<CheckResult> => {
    const reference = references[index]!;
    let settled = outcome.note && options.memory ? options.memory.settle(reference, result, outcome.note) : result;
    if (archive) settled = await archive.apply(reference, settled);
    return settled;
  };
  try {
    // A result that reached no server waits for the end: only then is it known whether the
    // web or this machine's network is to blame, and a streamed line cannot be taken back.
    // Only those keep their outcomes; of the others the run keeps the result and what the two
    // end-of-run rules need (a request that reached a server, a host name that resolved).
    const results: CheckResult[] = new Array(references.length);
    const deferred = new Map<number, Outcome[]>();
    let attempted = false;
    let reachedAny = false;
    let resolverWorks = false;
    const note = (outcome: Outcome[]): void => {
      for (const attempt of outcome) {
        if (attempt.reachedServer !== undefined) attempted = true;
        if (attempt.reachedServer === true) reachedAny = true;
      }
      resolverWorks ||= resolverWorked(outcome.map((attempt) => attempt.result));
    };
    await inWindow(startOrder(references), startWindow(options.fetch.concurrency), async (index) => {
      const reference = references[index]!;
      const outcome = await checkOne(reference, fetcher, options);
      note(outcome);
      if (outcome.some((attempt) => attempt.reachedServer === false)) deferred.set(index, outcome);
      else {
        const result = await settle(index, outcome[0]!, outcome[0]!.result);
        results[index] = result;
        hooks.onResult?.(result, index);
      }
    });
    // True when requests were made and none reached a server: the machine is offline, not the web.
    const networkUnavailable = attempted && !reachedAny;
    for (const [index, outcome] of deferred) {
      const ruled = networkUnavailable ? unclaimed(outcome) : withDnsRule(outcome, resolverWorks);
      results[index] = await settle(index, outcome[0]!, ruled);
      hooks.onResult?.(results[index]!, index);
    }
    return {
      results,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      networkUnavailable,
      slowedSites: fetcher.slowedSites(),
    };
  } finally {
    await archive?.close();
    await fetcher.close();
  }
}

/** The archive endpoint is trusted as given: the private-address guard does not apply to it. */
function withTrustedArchive(options: CheckRunOptions): FetchOptions {
  if (!options.archive) return options.fetch;
  return { ...options.fetch, trustedOrigins: [...(options.fetch.trustedOrigins ?? []), options.archive.endpoint] };
}

// Asks a CDX server for captures. The pages themselves are fetched through fetch/'s politeness
// gate; the index answers JSON, which fetch/ (built for HTML and PDF) does not read, so it has
// this small client of its own: one query at a time, a pause of at least `interval` between the
// end of one query and the start of the next (stamped at the end, so a request slow to leave
// cannot bring two starts closer than that as the server sees them), one retry after a server error.
// Its agent is built as fetch/'s is (createSharedAgent: the same timeouts and proxy handling), but
// its own, because the endpoint is trusted as the user gave it: the private-address guard does not
// apply (a test or an institution's own archive may well be on a private address).
import { gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { createSharedAgent } from './agent.js';
import type { ProxySetting } from './proxy.js';
import { readCapped } from './read-capped.js';

export type IndexAnswer =
  | { ok: true; text: string }
  | { ok: false; detail: string; /** True when some server answered (an HTTP error), false for a network failure. */ reachedServer: boolean };

export interface IndexClient {
  /** Never rejects. */
  query(url: string): Promise<IndexAnswer>;
  close(): Promise<void>;
}

export interface IndexClientOptions {
  userAgent: string;
  timeout: number;
  /** Minimum ms from the end of one query to the start of the next [1000]. */
  interval?: number;
  /** Largest answer read, in bytes [4 MiB]. */
  maxBytes?: number;
  /** Wait before the one retry of a 429, a 5xx or a network failure [two intervals: the archive gets the breathing room of any site]. */
  retryDelayMs?: number;
  /** HTTP(S)_PROXY and NO_PROXY, as for every other request of the run. */
  proxy?: ProxySetting | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createIndexClient(options: IndexClientOptions): IndexClient {
  const shared = createSharedAgent({ timeout: options.timeout, allowPrivate: true, proxy: options.proxy });
  const agent = shared.agent;
  const interval = options.interval ?? 1000;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  let queue: Promise<unknown> = Promise.resolve();
  let lastEnd = Number.NEGATIVE_INFINITY;

  async function once(url: string): Promise<IndexAnswer & { retry?: boolean }> {
    const wait = lastEnd + interval - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      return await attempt(url);
    } finally {
      lastEnd = Date.now();
    }
  }

  async function attempt(url: string): Promise<IndexAnswer & { retry?: boolean }> {
    try {
      const response = await request(url, {
        dispatcher: agent,
        headers: { 'user-agent': options.userAgent, accept: 'application/json,text/plain;q=0.9,*/*;q=0.1' },
        headersTimeout: options.timeout,
        bodyTimeout: options.timeout,
      });
      const read = await readCapped(response.body, maxBytes);
      if (read === null) return { ok: false, detail: `the index answer is over ${maxBytes} bytes`, reachedServer: true };
      if (response.statusCode !== 200) {
        const retry = response.statusCode === 429 || response.statusCode >= 500;
        return { ok: false, detail: `the index answered HTTP ${response.statusCode}`, reachedServer: true, retry };
      }
      let body = read;
      // The Wayback CDX server documents gzip by default; some answers carry it without saying so.
      if (body[0] === 0x1f && body[1] === 0x8b) body = gunzipSync(body);
      return { ok: true, text: body.toString('utf8') };
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { ok: false, detail: `the index could not be reached (${code ?? (error as Error).message})`, reachedServer: false, retry: true };
    }
  }

  async function query(url: string): Promise<IndexAnswer> {
    const run = queue.then(async () => {
      const first = await once(url);
      if (first.ok || !first.retry) return strip(first);
      await sleep(options.retryDelayMs ?? 2 * interval);
      return strip(await once(url));
    });
    queue = run.catch(() => {});
    return run.catch((error: unknown) => ({ ok: false, detail: `internal error: ${(error as Error).message}`, reachedServer: false }));
  }

  return { query, close: () => shared.raw.close() };
}

function strip(answer: IndexAnswer & { retry?: boolean }): IndexAnswer {
  if (answer.ok) return answer;
  return { ok: false, detail: answer.detail, reachedServer: answer.reachedServer };
}

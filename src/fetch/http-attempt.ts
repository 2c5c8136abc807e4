import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { defaultPort, ON_REQUEST_WRITTEN } from './agent.js';
import { classifyError, errorCodes, type ClassifiedError } from './classify-error.js';
import { joinHeaderValues } from './header-values.js';
import { readBody, type DocumentKind } from './read-body.js';
import { REDIRECT_STATUSES } from './redirects.js';

export interface AttemptRequest {
  url: string;
  headers: Record<string, string>;
  timeout: number;
  maxBytes: number;
  /** Statuses besides 2xx whose body is read (a site's acceptStatuses). */
  acceptStatuses: readonly number[];
  /** Pages: only HTML and PDF bodies; robots.txt: any. */
  documentsOnly: boolean;
}

export interface AttemptResponse {
  ok: true;
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
  kind: DocumentKind | null;
  /** A body that was refused (too large, not a document); the response itself came. */
  bodyError: { code: 'too-large' | 'unsupported-content'; detail: string } | null;
}

export interface AttemptFailure {
  ok: false;
  error: ClassifiedError;
  /** The status, when the failure came while reading the body. */
  status: number | null;
  headers: Record<string, string>;
  reachedServer: boolean;
  /** The server answered with something undici's strict parser refused: worth the tolerant reader. */
  malformed?: boolean;
}

export type AttemptOutcome = AttemptResponse | AttemptFailure;

/** How much of an unread body (redirect, 404, 503) is drained so its socket can be reused. */
const DRAIN_LIMIT = 64 * 1024;

function lowerCaseHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    headers[lower] = Array.isArray(value) ? joinHeaderValues(lower, value) : value;
  }
  return headers;
}

export function shouldReadBody(status: number, acceptStatuses: readonly number[]): boolean {
  return (status >= 200 && status < 300) || acceptStatuses.includes(status);
}

export const CANCELLED_DETAIL = 'cancelled: the run was closed';

/** What ends an attempt early that is not a network fault: close() of the run. */
export function cancelledFailure(): AttemptFailure {
  return {
    ok: false,
    error: { code: 'reset', detail: CANCELLED_DETAIL, noSuchHost: false, retryable: false, reachedServer: false },
    status: null,
    headers: {},
    reachedServer: false,
  };
}

/**
 * One GET, with one deadline over connect, headers and body. Never throws: a network fault comes
 * back classified. `connectedSince` tells whether a timeout happened after a TCP connection made
 * during this attempt. `cancel` is the run's close signal: close() destroys the agent, which ends
 * the request, and the signal names that ending (no listener per attempt: 10,000 of them cost RSS).
 */
export async function attemptRequest(
  agent: Dispatcher,
  request: AttemptRequest,
  connectedSince: (hostname: string, port: string, since: number) => boolean,
  onWritten: () => void = () => {},
  cancel?: AbortSignal,
): Promise<AttemptOutcome> {
  if (cancel?.aborted) return cancelledFailure();
  const url = new URL(request.url);
  const startedAt = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  let written = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`no complete response within ${request.timeout} ms`));
  }, request.timeout);
  let status: number | null = null;
  let headers: Record<string, string> = {};
  try {
    const response = await agent.request({
      origin: url.origin,
      path: requestPath(url),
      method: 'GET',
      headers: request.headers,
      signal: controller.signal,
      [ON_REQUEST_WRITTEN]: () => {
        written = true;
        onWritten();
      },
    } as Dispatcher.RequestOptions);
    status = response.statusCode;
    headers = lowerCaseHeaders(response.headers);
    const length = Number(headers['content-length']);
    const body = response.body;
    return await responseOutcome(status, headers, request, {
      body,
      contentLength: Number.isFinite(length) && headers['content-length'] !== undefined ? length : null,
      drop: () => body.dump({ limit: DRAIN_LIMIT }).then(() => {}, () => {}),
    });
  } catch (error) {
    if (cancel?.aborted && !timedOut) return { ...cancelledFailure(), status, headers };
    const classified = classifyError(error, timedOut);
    const port = defaultPort(url.protocol, url.port);
    const reachedServer =
      status !== null ||
      written ||
      (classified.reachedServer === 'unknown' ? connectedSince(url.hostname, port, startedAt) : classified.reachedServer);
    return { ok: false, error: classified, status, headers, reachedServer, ...(isMalformedResponse(error, status) ? { malformed: true } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The outcome of a response whose head has come: its body read under the request's rules, or
 * dropped when it is not wanted (a redirect, a status whose body says nothing). `contentLength`
 * is the length that frames the body, if any.
 */
export async function responseOutcome(
  status: number,
  headers: Record<string, string>,
  request: AttemptRequest,
  response: { body: Readable; contentLength: number | null; drop: () => Promise<void> },
): Promise<AttemptResponse> {
  if (!shouldReadBody(status, request.acceptStatuses) || (REDIRECT_STATUSES.has(status) && headers.location)) {
    await response.drop();
    return { ok: true, status, headers, body: null, kind: null, bodyError: null };
  }
  const outcome = await readBody(response.body, {
    contentType: headers['content-type'] ?? null,
    contentEncoding: headers['content-encoding'] ?? null,
    contentLength: response.contentLength,
    maxBytes: request.maxBytes,
    documentsOnly: request.documentsOnly,
  });
  if (!outcome.ok) return { ok: true, status, headers, body: null, kind: null, bodyError: { code: outcome.error, detail: outcome.detail } };
  return { ok: true, status, headers, body: outcome.body, kind: outcome.kind, bodyError: null };
}

/**
 * A response undici refused to parse: a parser error, or a length mismatch before any head was
 * handed over (what it reports for Content-Length twice, or beside chunked).
 */
function isMalformedResponse(error: unknown, status: number | null): boolean {
  const codes = errorCodes(error);
  if (codes.some((code) => code.startsWith('HPE_') || code === 'HTTPParserError')) return true;
  // undici refuses a "100 Continue" before the answer to a GET as a 'bad response'.
  const badResponse = codes.includes('UND_ERR_SOCKET') && (error as { message?: unknown }).message === 'bad response';
  return status === null && (codes.includes('UND_ERR_RES_CONTENT_LENGTH_MISMATCH') || badResponse);
}

/**
 * The path and query as the URL has them. An empty query ("/x?") is kept: to a server "/x?" and
 * "/x" may be two addresses (one redirecting to the other), and URL.search is '' for both.
 */
export function requestPath(url: URL): string {
  const withoutHash = url.hash ? url.href.slice(0, -url.hash.length) : url.href;
  return `${url.pathname}${url.search === '' && withoutHash.endsWith('?') ? '?' : url.search}`;
}

import type { FetchErrorCode } from '../types.js';

/** Our own code for a connection refused by the address guard (see address-guard.ts). */
export const PRIVATE_ADDRESS_CODE = 'ECITECHECK_PRIVATE_ADDRESS';

export interface ClassifiedError {
  code: FetchErrorCode;
  detail: string;
  noSuchHost: boolean;
  retryable: boolean;
  /**
   * Whether the failure happened after a TCP connection was made. 'unknown' for timeouts, whose
   * phase only the connector knows (index.ts asks it).
   */
  reachedServer: boolean | 'unknown';
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const RESET_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
// Failures before any server answered the TCP handshake.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN']);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * The errno-style codes along an error's cause chain (and inside an AggregateError from happy
 * eyeballs). An undici HTTPParserError often has no code, so its name is listed as one.
 */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value == null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const e = value as ErrorLike;
    if (typeof e.code === 'string') codes.push(e.code);
    if ((value as { name?: unknown }).name === 'HTTPParserError') codes.push('HTTPParserError');
    if (Array.isArray(e.errors)) e.errors.forEach(visit);
    visit(e.cause);
  };
  visit(error);
  return codes;
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as ErrorLike).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** zlib's codes (Z_DATA_ERROR...) and Brotli's (ERR__ERROR_FORMAT_PADDING_1, ERR_BROTLI_...). */
export function isDecodingErrorCode(code: string): boolean {
  return code.startsWith('Z_') || code.startsWith('ERR__') || code.startsWith('ERR_BROTLI');
}

function isTlsHandshakeCut(error: unknown): boolean {
  const cause = error && typeof error === 'object' ? (error as ErrorLike).cause : undefined;
  return [error, cause].some((e) => messageOf(e).includes('before secure TLS connection was established'));
}

/**
 * Names a network failure with its stable code. Pure: `timedOut` says whether our own per-attempt
 * deadline fired, which wins over whatever error the abort produced.
 */
export function classifyError(error: unknown, timedOut = false): ClassifiedError {
  const codes = errorCodes(error);
  const has = (set: ReadonlySet<string>): string | undefined => codes.find((c) => set.has(c));
  const message = messageOf(error);

  if (codes.includes(PRIVATE_ADDRESS_CODE)) {
    return { code: 'private-address', detail: message, noSuchHost: false, retryable: false, reachedServer: false };
  }
  if (timedOut) {
    return { code: 'timeout', detail: 'deadline passed', noSuchHost: false, retryable: true, reachedServer: 'unknown' };
  }
  if (codes.includes('ENOTFOUND')) {
    return { code: 'dns', detail: 'ENOTFOUND', noSuchHost: true, retryable: false, reachedServer: false };
  }
  if (codes.includes('EAI_AGAIN') || codes.includes('EAI_FAIL') || codes.includes('ESERVFAIL')) {
    const errno = codes.find((c) => c.startsWith('EAI_') || c === 'ESERVFAIL') ?? 'EAI_AGAIN';
    return { code: 'dns', detail: errno, noSuchHost: false, retryable: true, reachedServer: false };
  }
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    return { code: 'timeout', detail: 'connect timeout', noSuchHost: false, retryable: true, reachedServer: false };
  }
  const unreachable = has(UNREACHABLE_CODES);
  if (unreachable) {
    // Refused is an answer, not a hiccup: retrying it would only add load and time.
    return { code: 'refused', detail: unreachable, noSuchHost: false, retryable: false, reachedServer: false };
  }
  const tls = has(TLS_CODES) ?? codes.find((c) => c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_'));
  if (tls) {
    return { code: 'tls', detail: `${tls}: ${message}`, noSuchHost: false, retryable: false, reachedServer: true };
  }
  const parser = codes.find((c) => c.startsWith('HPE_') || c === 'HTTPParserError');
  if (parser) {
    // Garbage instead of HTTP: the server was reached but no response can be read. It is named
    // 'reset' (the exchange broke) and not retried: the same server will send the same garbage.
    return { code: 'reset', detail: `malformed response (${message})`, noSuchHost: false, retryable: false, reachedServer: true };
  }
  const decoding = codes.find(isDecodingErrorCode);
  if (decoding) {
    // read-body.ts names these itself; this is the fallback. The same bytes would come again.
    return { code: 'unsupported-content', detail: `undecodable body (${decoding})`, noSuchHost: false, retryable: false, reachedServer: true };
  }
  if (isTlsHandshakeCut(error)) {
    // Node reports a TLS handshake the server cut as ECONNRESET; it is a TLS failure (a server
    // that speaks no TLS on this port, or rejects our hello), and it would fail the same way again.
    return { code: 'tls', detail: `handshake cut: ${message}`, noSuchHost: false, retryable: false, reachedServer: true };
  }
  const timeout = has(TIMEOUT_CODES);
  if (timeout) {
    return { code: 'timeout', detail: timeout, noSuchHost: false, retryable: true, reachedServer: true };
  }
  const reset = has(RESET_CODES);
  if (reset) {
    return { code: 'reset', detail: `${reset}: ${message}`, noSuchHost: false, retryable: true, reachedServer: true };
  }
  return { code: 'reset', detail: message, noSuchHost: false, retryable: true, reachedServer: 'unknown' };
}

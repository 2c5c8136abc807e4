import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { errorCodes, isDecodingErrorCode } from './classify-error.js';

export type DocumentKind = 'html' | 'pdf';

export type BodyOutcome =
  | { ok: true; body: Buffer; kind: DocumentKind | null }
  | { ok: false; error: 'too-large' | 'unsupported-content'; detail: string };

export interface BodyRules {
  contentType: string | null;
  contentEncoding: string | null;
  contentLength: number | null;
  /** Cap on the decoded bytes. */
  maxBytes: number;
  /** Read only HTML and PDF (pages); robots.txt is read whatever its type. */
  documentsOnly: boolean;
}

/** The WHATWG MIME sniffing standard's resource header: what a browser looks at. */
const SNIFF_BYTES = 1445;

/**
 * Media types that say only "bytes": servers and storage buckets send PDFs (and now and then HTML)
 * under them, and browsers look at the bytes.
 */
const UNTYPED = new Set(['application/octet-stream', 'binary/octet-stream', 'application/force-download', 'application/download', 'application/x-download', 'application/unknown']);

/** HTML or PDF by the media type; 'missing' asks for sniffing. */
export function documentKindOf(contentType: string | null): DocumentKind | 'other' | 'missing' {
  // Two Content-Type headers arrive joined ("text/html, text/html; charset=UTF-8"): the last
  // one counts, as in the Fetch standard's MIME type extraction.
  const last = contentType?.split(',').map((part) => part.trim()).filter(Boolean).pop();
  const media = last?.split(';')[0]?.trim().toLowerCase();
  if (!media || UNTYPED.has(media)) return 'missing';
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'application/pdf' || media === 'application/x-pdf' || media === 'application/acrobat') return 'pdf';
  return 'other';
}

// The WHATWG MIME sniffing rule for HTML: after whitespace, one of these tags followed by a space
// or '>' (mimesniff §7.1).
const HTML_OPENERS = ['<!doctype html', '<html', '<head', '<script', '<iframe', '<h1', '<div', '<font',
  '<table', '<a', '<style', '<title', '<b', '<body', '<br', '<p', '<!--', '<meta', '<?xml'];

/** Guesses HTML or PDF from the first bytes of a body that came without a content-type. */
export function sniffDocument(head: Buffer): DocumentKind | null {
  let text = head.subarray(0, SNIFF_BYTES).toString('latin1');
  if (text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  if (text.startsWith('%PDF-')) return 'pdf';
  const start = text.trimStart().toLowerCase();
  for (const opener of HTML_OPENERS) {
    if (!start.startsWith(opener)) continue;
    const next = start.charAt(opener.length);
    if (opener === '<!--' || opener === '<?xml' || next === ' ' || next === '>' || next === '\t' || next === '\n' || next === '\r') {
      return 'html';
    }
  }
  return null;
}

/** Whether the bytes received end an HTML document (</html>) or a PDF (%%EOF). */
function endsDocument(chunks: Buffer[]): boolean {
  let tail = '';
  for (let i = chunks.length - 1; i >= 0 && tail.length < 64; i--) tail = chunks[i]!.toString('latin1') + tail;
  return /<\/html\s*>\s*$|%%EOF\s*$/i.test(tail);
}

/** A zlib stream header (RFC 1950): compression method 8, and CMF·256 + FLG a multiple of 31. */
function hasZlibHeader(head: Buffer): boolean {
  return head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
}

/**
 * `Content-Encoding: deflate` means zlib-wrapped deflate (RFC 9110 §8.4.1.2), but some servers
 * send raw deflate, which browsers accept; the first bytes tell which one came.
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      const inner = hasZlibHeader(chunk) ? zlib.createInflate(options) : zlib.createInflateRaw(options);
      // Backpressure goes through: a deflate bomb must not inflate faster than it is counted.
      inner.on('data', (data: Buffer) => {
        if (!this.push(data)) inner.pause();
      });
      inner.on('error', (error) => this.destroy(error));
      this.inner = inner;
    }
    this.inner.write(chunk, () => callback());
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

const NO_CODING = new Set(['identity', 'none', 'utf-8', 'utf8', 'iso-8859-1', 'text', 'binary', '7bit', '8bit', 'plain']);

/**
 * Decoders for a Content-Encoding list, in the order they must run, or null for an encoding we
 * do not speak. Truncated streams are tolerated (flush instead of error), as browsers do.
 */
export function decodersFor(contentEncoding: string | null): Transform[] | null {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    // Misconfigured servers name a charset or "none" where the coding goes; browsers read the body as is.
    .filter((c) => c !== '' && !NO_CODING.has(c));
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      decoders.push(new DeflateDecoder());
    } else if (coding === 'br') {
      decoders.push(zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));
    } else {
      decoders.forEach((d) => d.destroy());
      return null;
    }
  }
  return decoders;
}

/**
 * Drops a body we will not read. undici raises an 'error' (UND_ERR_ABORTED) on destroy when it had
 * already received the whole body; with no listener that error would kill the process, so one is
 * attached first. Destroying (not draining) makes undici close the socket instead of downloading on.
 */
export function discardBody(stream: Readable): void {
  stream.on('error', () => {});
  stream.destroy();
}

/**
 * Reads a response body under the rules: decompresses it, counts decoded bytes and stops as soon
 * as the cap is passed, and refuses a body that is neither HTML nor PDF before reading it. Every
 * early stop discards the body (see discardBody).
 * Network errors while reading are thrown for the caller to classify.
 */
export async function readBody(body: Readable, rules: BodyRules): Promise<BodyOutcome> {
  const kind = documentKindOf(rules.contentType);
  if (rules.documentsOnly && kind === 'other') {
    discardBody(body);
    return { ok: false, error: 'unsupported-content', detail: `content-type ${rules.contentType}` };
  }
  const decoders = decodersFor(rules.contentEncoding);
  if (!decoders) {
    discardBody(body);
    return { ok: false, error: 'unsupported-content', detail: `content-encoding ${rules.contentEncoding}` };
  }
  if (decoders.length === 0 && rules.contentLength !== null && rules.contentLength > rules.maxBytes) {
    discardBody(body);
    return { ok: false, error: 'too-large', detail: `content-length ${rules.contentLength} > ${rules.maxBytes} bytes` };
  }
  const decoded: Readable =
    decoders.length === 0 ? body : (pipeline([body, ...decoders], () => {}) as unknown as Readable);

  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed: DocumentKind | null = kind === 'html' || kind === 'pdf' ? kind : null;
  const mustSniff = rules.documentsOnly && kind === 'missing';
  const stop = (): void => {
    discardBody(decoded);
    discardBody(body);
  };
  try {
    for await (const chunk of decoded as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > rules.maxBytes) {
        stop();
        return { ok: false, error: 'too-large', detail: `decoded body over ${rules.maxBytes} bytes` };
      }
      chunks.push(chunk);
      if (mustSniff && sniffed === null && total >= SNIFF_BYTES) {
        sniffed = sniffDocument(Buffer.concat(chunks));
        if (!sniffed) {
          stop();
          return { ok: false, error: 'unsupported-content', detail: 'no content-type, and the body is neither HTML nor PDF' };
        }
      }
    }
  } catch (error) {
    // The connection ended early by the server's own count (a Content-Length larger than what it
    // sends, a missing last chunk), yet the whole document had arrived: read it, as a browser shows it.
    if (!errorCodes(error).some(isDecodingErrorCode)) {
      if (rules.documentsOnly && endsDocument(chunks)) return { ok: true, body: Buffer.concat(chunks), kind: sniffed ?? sniffDocument(Buffer.concat(chunks)) };
      throw error;
    }
    // A body that is not what its Content-Encoding says: the server will send the same bytes
    // again, so this is an answer we cannot read, not a network fault worth a retry.
    stop();
    return { ok: false, error: 'unsupported-content', detail: `undecodable body (${rules.contentEncoding})` };
  }
  const all = Buffer.concat(chunks);
  if (mustSniff && sniffed === null) {
    sniffed = sniffDocument(all);
    if (!sniffed) {
      return { ok: false, error: 'unsupported-content', detail: 'no content-type, and the body is neither HTML nor PDF' };
    }
  }
  return { ok: true, body: all, kind: sniffed };
}

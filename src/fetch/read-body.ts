import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';

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

const SNIFF_BYTES = 512;

/** HTML or PDF by the media type; 'missing' asks for sniffing. */
export function documentKindOf(contentType: string | null): DocumentKind | 'other' | 'missing' {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!media) return 'missing';
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'application/pdf') return 'pdf';
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

/**
 * Decoders for a Content-Encoding list, in the order they must run, or null for an encoding we
 * do not speak. Truncated streams are tolerated (flush instead of error), as browsers do.
 */
export function decodersFor(contentEncoding: string | null): Transform[] | null {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      decoders.push(zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
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
 * Reads a response body under the rules: decompresses it, counts decoded bytes and stops as soon
 * as the cap is passed, and refuses a body that is neither HTML nor PDF before reading it. Every
 * early stop destroys the body, which makes undici close the socket instead of downloading on.
 * Network errors while reading are thrown for the caller to classify.
 */
export async function readBody(body: Readable, rules: BodyRules): Promise<BodyOutcome> {
  const kind = documentKindOf(rules.contentType);
  if (rules.documentsOnly && kind === 'other') {
    body.destroy();
    return { ok: false, error: 'unsupported-content', detail: `content-type ${rules.contentType}` };
  }
  const decoders = decodersFor(rules.contentEncoding);
  if (!decoders) {
    body.destroy();
    return { ok: false, error: 'unsupported-content', detail: `content-encoding ${rules.contentEncoding}` };
  }
  if (decoders.length === 0 && rules.contentLength !== null && rules.contentLength > rules.maxBytes) {
    body.destroy();
    return { ok: false, error: 'too-large', detail: `content-length ${rules.contentLength} > ${rules.maxBytes} bytes` };
  }
  const decoded: Readable =
    decoders.length === 0 ? body : (pipeline([body, ...decoders], () => {}) as unknown as Readable);

  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed: DocumentKind | null = kind === 'html' || kind === 'pdf' ? kind : null;
  const mustSniff = rules.documentsOnly && kind === 'missing';
  const stop = (): void => {
    decoded.destroy();
    body.destroy();
  };
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
  const all = Buffer.concat(chunks);
  if (mustSniff && sniffed === null) {
    sniffed = sniffDocument(all);
    if (!sniffed) {
      return { ok: false, error: 'unsupported-content', detail: 'no content-type, and the body is neither HTML nor PDF' };
    }
  }
  return { ok: true, body: all, kind: sniffed };
}

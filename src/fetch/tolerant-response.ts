// Reading an HTTP/1.x response the way browsers and curl do when the server breaks the protocol:
// bare LF line ends, a space before a header's colon, Content-Length sent twice with one value,
// Content-Length beside chunked. undici refuses all of these (rightly, for a proxy); a reader of
// citations wants the page the reader of the footnote sees. Pure: bytes in, data out.
import { joinHeaderValues } from './header-values.js';

export interface ResponseHead {
  status: number;
  /** Names lower-cased; repeated headers joined as the main client joins them. */
  headers: Record<string, string>;
}

/**
 * Finds where a response head ends (after its blank line, CRLF or bare LF) as its bytes arrive in
 * pieces of any size, looking at each byte once.
 */
export class HeadScanner {
  /** The two bytes before the current piece. */
  private before1 = -1;
  private before2 = -1;

  /** Where in `piece` the head ends (the body's first byte), or -1 when it has not yet. */
  push(piece: Buffer): number {
    for (let i = piece.indexOf(0x0a); i !== -1; i = piece.indexOf(0x0a, i + 1)) {
      const previous = i >= 1 ? piece[i - 1]! : this.before1;
      const second = i >= 2 ? piece[i - 2]! : i === 1 ? this.before1 : this.before2;
      if (previous === 0x0a || (previous === 0x0d && second === 0x0a)) return i + 1;
    }
    if (piece.length >= 2) {
      this.before2 = piece[piece.length - 2]!;
      this.before1 = piece[piece.length - 1]!;
    } else if (piece.length === 1) {
      this.before2 = this.before1;
      this.before1 = piece[0]!;
    }
    return -1;
  }
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?$/i;
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/** The status and headers of a head (as latin1 text), or null when its first line is not HTTP. */
export function parseHead(text: string): ResponseHead | null {
  // A blank line before the status line is skipped (RFC 9112 §2.2); a lone CR ends a line, as
  // browsers read it, so no header carries one on to the next request (a cookie with a CR in it).
  const lines = text.replace(/^(?:\r?\n)+/, '').split(/\r?\n|\r/);
  const status = STATUS_LINE.exec(lines[0]!.trim());
  if (!status) return null;
  const fields: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    // An obsolete folded line continues the previous header's value.
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length > 0) {
      fields[fields.length - 1]![1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // A line that names no header is skipped, as browsers skip it, rather than failing the page.
    if (!TOKEN.test(name)) continue;
    // NUL and other control bytes in a value: dropped (no client may send them back).
    fields.push([name, line.slice(colon + 1).replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '').trim()]);
  }
  const values = new Map<string, string[]>();
  for (const [name, value] of fields) values.set(name, [...(values.get(name) ?? []), value]);
  const headers: Record<string, string> = {};
  for (const [name, all] of values) headers[name] = joinHeaderValues(name, all);
  return { status: Number(status[1]), headers };
}

export type BodyFraming =
  | { kind: 'none' }
  /** `codings`: transfer codings applied before chunked ("gzip, chunked"), to undo after it. */
  | { kind: 'chunked'; codings: string[] }
  | { kind: 'length'; length: number }
  | { kind: 'until-close'; codings: string[] }
  | { kind: 'invalid'; detail: string };

/** How the body's end is known (RFC 9112 §6.3): chunked wins over a length, no length reads to close. */
export function bodyFraming(head: ResponseHead): BodyFraming {
  const { status, headers } = head;
  if ((status >= 100 && status < 200) || status === 204 || status === 304) return { kind: 'none' };
  const codings = headers['transfer-encoding']?.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
  if (codings && codings.length > 0) {
    const others = codings.filter((coding) => coding !== 'chunked');
    return codings[codings.length - 1] === 'chunked' ? { kind: 'chunked', codings: others } : { kind: 'until-close', codings: others };
  }
  const lengths = headers['content-length']?.split(',').map((value) => value.trim());
  if (lengths === undefined) return { kind: 'until-close', codings: [] };
  // The same length twice is one length (browsers agree); two different ones leave no way to know the end.
  if (!lengths.every((value) => /^\d+$/.test(value) && value === lengths[0])) {
    return { kind: 'invalid', detail: `conflicting Content-Length (${headers['content-length']})` };
  }
  return { kind: 'length', length: Number(lengths[0]) };
}

/**
 * Undoes chunked transfer coding as bytes arrive, tolerating bare LF line ends, spaces after the
 * size and chunk extensions. Trailers after the last chunk are ignored.
 */
export class ChunkedDecoder {
  private buffered: Buffer = Buffer.alloc(0);
  /** Bytes of the current chunk still to come; -1 while reading a size line. */
  private remaining = -1;
  /** Line-end bytes still to skip after a chunk's data. */
  private afterData = false;
  done = false;
  error: string | null = null;

  /** The body bytes in `chunk`. */
  push(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (!this.done && this.error === null && this.buffered.length > 0) {
      if (this.afterData) {
        if (this.buffered[0] === 0x0d) this.buffered = this.buffered.subarray(1);
        if (this.buffered.length === 0) break;
        if (this.buffered[0] === 0x0a) this.buffered = this.buffered.subarray(1);
        this.afterData = false;
        continue;
      }
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, this.buffered.length);
        out.push(this.buffered.subarray(0, take));
        this.buffered = this.buffered.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) {
          this.remaining = -1;
          this.afterData = true;
        }
        continue;
      }
      const lineEnd = this.buffered.indexOf(0x0a);
      if (lineEnd === -1) {
        if (this.buffered.length > 1024) this.error = 'chunk size line too long';
        break;
      }
      const line = this.buffered.subarray(0, lineEnd).toString('latin1');
      this.buffered = this.buffered.subarray(lineEnd + 1);
      const size = /^[ \t]*([0-9a-f]+)[ \t]*(?:;.*)?\r?$/i.exec(line);
      if (!size) {
        this.error = `bad chunk size line ${JSON.stringify(line.slice(0, 40))}`;
        break;
      }
      this.remaining = parseInt(size[1]!, 16);
      if (this.remaining === 0) this.done = true;
    }
    return out;
  }
}

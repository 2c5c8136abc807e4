// Just enough of the PDF object syntax (ISO 32000-1 §7.3) to read the document information
// dictionary: find an object by number — in the file body or inside a compressed object stream —
// and read its string values. The file is handled as a latin1 string, one character per byte.
import { inflateSync, constants } from 'node:zlib';

export interface PdfFile {
  /** The whole file, one latin1 character per byte. */
  text: string;
  /** Decompressed object streams, parsed on first need. */
  objectStreams: Map<number, string> | null;
}

export function openPdf(body: Buffer): PdfFile {
  return { text: body.toString('latin1'), objectStreams: null };
}

/** The body of object `num` (between "num gen obj" and "endobj"), the last revision winning. */
export function findObject(pdf: PdfFile, num: number): string | null {
  const pattern = new RegExp(String.raw`(?<![\d])${num}\s+\d+\s+obj\b`, 'g');
  let start = -1;
  for (let m = pattern.exec(pdf.text); m; m = pattern.exec(pdf.text)) start = m.index + m[0].length;
  if (start >= 0) {
    const end = pdf.text.indexOf('endobj', start);
    return pdf.text.slice(start, end < 0 ? undefined : end);
  }
  pdf.objectStreams ??= readObjectStreams(pdf.text);
  return pdf.objectStreams.get(num) ?? null;
}

export interface PdfStream {
  dict: string;
  data: Buffer;
}

/** Every stream whose dictionary passes `wanted`, decompressed when FlateDecode. */
export function* streams(text: string, wanted: (dict: string) => boolean): Generator<PdfStream> {
  // The dictionary is bounded: unbounded, every "obj <<" without a stream rescanned the rest of the file.
  const streamStart = /\bobj\s*<<([\s\S]{0,8192}?)>>\s*stream\r?\n/g;
  let inspected = 0;
  for (let m = streamStart.exec(text); m; m = streamStart.exec(text)) {
    const dict = m[1]!;
    if (!wanted(dict)) continue;
    if (++inspected > STREAMS_MAX) return;
    const begin = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = length ? begin + Number(length[1]) : -1;
    if (end < 0 || end > text.length || !/^\s*endstream/.test(text.slice(end, end + 20))) {
      end = text.indexOf('endstream', begin);
      if (end < 0) continue;
    }
    const raw = Buffer.from(text.slice(begin, end), 'latin1');
    const data = /\/FlateDecode/.test(dict) ? inflateLenient(raw) : raw;
    if (data) yield { dict, data };
  }
}

/**
 * Object streams and XMP packets inflate to kilobytes. A compression bomb (200 MB of spaces fit in
 * 200 KB) must cost neither the memory nor the seconds: past this size the stream is skipped.
 */
const INFLATE_MAX = 4 * 1024 * 1024;
/**
 * A file of thousands of small broken streams cost a failed inflate (two, with the lenient retry)
 * each: seconds. Real files keep their info dictionary in one of the first object streams.
 */
const STREAMS_MAX = 256;

function inflateLenient(raw: Buffer): Buffer | null {
  try {
    return inflateSync(raw, { maxOutputLength: INFLATE_MAX });
  } catch (error) {
    if (error instanceof RangeError) return null; // over INFLATE_MAX: a bomb, not a metadata stream
    try {
      // Truncated or padded streams: take what inflates.
      return inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: INFLATE_MAX });
    } catch {
      return null;
    }
  }
}

/** Objects stored in /Type /ObjStm streams (PDF 1.5+), keyed by object number. */
function readObjectStreams(text: string): Map<number, string> {
  const objects = new Map<number, string>();
  for (const { dict, data } of streams(text, (d) => /\/Type\s*\/ObjStm/.test(d))) {
    const count = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const content = data.toString('latin1');
    const header = content.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i < count; i++) {
      const num = header[i * 2];
      const offset = header[i * 2 + 1];
      if (num === undefined || offset === undefined) break;
      const next = header[i * 2 + 3];
      objects.set(num, content.slice(first + offset, next === undefined ? undefined : first + next));
    }
  }
  return objects;
}

/** The raw value after `/Key` in a dictionary body: a string's bytes, or an indirect reference. */
export function dictString(pdf: PdfFile, dict: string, keyName: string): string | null {
  const at = new RegExp(String.raw`/${keyName}(?![A-Za-z0-9])\s*`).exec(dict);
  if (!at) return null;
  const rest = dict.slice(at.index + at[0].length);
  if (rest.startsWith('(')) return decodePdfText(readLiteral(rest));
  if (rest.startsWith('<') && !rest.startsWith('<<')) return decodePdfText(readHex(rest));
  const ref = /^(\d+)\s+\d+\s+R/.exec(rest);
  if (ref) {
    const target = findObject(pdf, Number(ref[1]))?.trim() ?? '';
    if (target.startsWith('(')) return decodePdfText(readLiteral(target));
    if (target.startsWith('<') && !target.startsWith('<<')) return decodePdfText(readHex(target));
  }
  return null;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** A literal string "(...)" with balanced parentheses and backslash escapes; returns its bytes. */
export function readLiteral(source: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(source.slice(i + 1))![0];
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && source[i + 2] === '\n' ? 2 : 1; // a line continuation
      } else {
        out += ESCAPES[next] ?? next;
        i++;
      }
      continue;
    }
    if (ch === '(') { depth++; if (depth === 1) continue; }
    if (ch === ')') { depth--; if (depth === 0) break; }
    out += ch;
  }
  return out;
}

/** A hex string "<FEFF0048...>"; returns its bytes. */
export function readHex(source: string): string {
  const end = source.indexOf('>');
  let hex = source.slice(1, end < 0 ? undefined : end).replace(/[^0-9a-f]/gi, '');
  if (hex.length % 2) hex += '0';
  return Buffer.from(hex, 'hex').toString('latin1');
}

/** Text string bytes → text: UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding (≈ latin1). */
export function decodePdfText(bytes: string): string {
  const buffer = Buffer.from(bytes, 'latin1');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const body = Buffer.from(buffer.subarray(2));
    if (body.length % 2) return new TextDecoder('utf-16be').decode(body.subarray(0, body.length - 1));
    return new TextDecoder('utf-16be').decode(body);
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  return bytes;
}

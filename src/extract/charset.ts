// Turning a page's bytes into text. Priority follows the WHATWG encoding sniffing order
// (BOM > HTTP header > <meta> declaration > default), with one pragmatic exception noted below.
import { isAscii, isUtf8 } from 'node:buffer';
import { elideBulk, keptRanges, type Cut } from './elide.js';
import { iconv } from '../lazy-modules.js';
import { ownString } from '../own-string.js';

/** Large <head>s put their <meta charset> past the 1,024 bytes browsers scan; look further. */
const META_SCAN_BYTES = 64 * 1024;

export function decodeHtml(body: Buffer, contentType: string | null): string {
  return decodeBody(body, sniffEncoding(body, contentType), false);
}

/**
 * decodeHtml for the extractor: large script and style contents are cut first (see elide.ts), and
 * the text comes in pieces for the parser to read in turn (their concatenation is the page).
 */
export function decodeForExtraction(body: Buffer, contentType: string | null): string[] {
  const encoding = sniffEncoding(body, contentType);
  if (encoding !== 'utf-8') return [decodeBody(body, encoding, true)];
  const bytes = body.subarray(bomLength(body));
  return utf8Pieces(bytes, keptRanges(bytes));
}

/**
 * A page's text decoded as one string costs more than its parsing: V8 puts a string of several
 * hundred KB in its large-object space, and half the decoding time went to page faults. Pieces of
 * about 16 KB stay in the young generation. Each piece ends just before an ASCII byte, where UTF-8
 * decoding restarts whatever came before, so the pieces decode exactly as the whole would; the
 * ranges elide.ts keeps each start with '<' for the same reason.
 */
const PIECE_BYTES = 16 * 1024;

function utf8Pieces(bytes: Buffer, ranges: readonly Cut[]): string[] {
  const pieces: string[] = [];
  // TextDecoder drops one leading BOM (decodeWith did the same for the whole text).
  let skip = utf8BomLength(bytes);
  for (const range of ranges) {
    let at = Math.max(range.start, skip);
    skip = 0;
    while (at < range.end) {
      let end = at + PIECE_BYTES;
      if (end >= range.end) end = range.end;
      else {
        let ascii = end;
        while (ascii > at && bytes[ascii]! >= 0x80) ascii--;
        if (ascii === at) for (ascii = end; ascii < range.end && bytes[ascii]! >= 0x80; ) ascii++;
        end = ascii;
      }
      pieces.push(bytes.toString('utf8', at, end));
      at = end;
    }
  }
  return pieces;
}

/** `encoding`: what sniffEncoding found for this body. */
function decodeBody(body: Buffer, encoding: string, elide: boolean): string {
  const bytes = body.subarray(bomLength(body));
  // Eliding works on bytes, so only where '<' is the byte '<'.
  return decodeWith(elide && ASCII_COMPATIBLE.test(encoding) ? elideBulk(bytes) : bytes, encoding);
}

/** Encodings in which the byte '<' is always the character '<' (not UTF-16, not ISO-2022's shifts). */
const ASCII_COMPATIBLE = /^(utf-8|windows-\d+|iso-8859-\d+|koi8-[ru]|shift_jis|euc-jp|euc-kr|gbk|gb18030|gb2312|big5|x-mac-cyrillic|macintosh|us-ascii)$/i;

/** The encoding label the page should be decoded with (a TextDecoder or iconv-lite name). */
export function sniffEncoding(body: Buffer, contentType: string | null): string {
  const bom = bomEncoding(body);
  if (bom) return bom.encoding;

  const fromHeader = usableLabel(charsetFromContentType(contentType));
  if (fromHeader) {
    // Servers often send a stale "iso-8859-1" header for pages that say and are UTF-8;
    // trusting the header there turns every accent into mojibake.
    if (isSingleByteLatin(fromHeader) && usableLabel(charsetFromMeta(body)) === 'utf-8' && isUtf8(body)) return 'utf-8';
    return fromHeader;
  }
  const fromMeta = usableLabel(charsetFromMeta(body));
  if (fromMeta) {
    // A page cannot declare UTF-16 in ASCII-compatible bytes; WHATWG maps it to UTF-8.
    if (fromMeta.startsWith('utf-16')) return 'utf-8';
    // A template's stale <meta> ("GB2312", "Shift_JIS") over a body re-saved as UTF-8: text in a
    // legacy multi-byte or accented encoding is almost never valid UTF-8 by chance, so valid UTF-8
    // with non-ASCII bytes is UTF-8 whatever the old declaration says.
    if (fromMeta !== 'utf-8' && !isAscii(body) && isUtf8(body)) return 'utf-8';
    return fromMeta;
  }
  return isUtf8(body) ? 'utf-8' : 'windows-1252';
}

function utf8BomLength(bytes: Buffer): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

function bomLength(body: Buffer): number {
  return bomEncoding(body)?.length ?? 0;
}

function bomEncoding(body: Buffer): { encoding: string; length: number } | null {
  if (utf8BomLength(body) === 3) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([^"';,\s]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

function charsetFromMeta(body: Buffer): string | null {
  const head = body.subarray(0, META_SCAN_BYTES).toString('latin1');
  // latin1 lower-casing keeps every index, so searches run on `lower` and slices come from `head`.
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<'); at >= 0; at = lower.indexOf('<', at + 1)) {
    // Skipped as the WHATWG prescan skips them: a commented-out <meta charset> (an old one left in
    // the template), and a script's string that writes a <meta> tag, are not the page's declaration.
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) return null;
      at = end + 2;
      continue;
    }
    const raw = /^<(script|style)[\s>]/.exec(lower.slice(at, at + 8));
    if (raw) {
      const end = lower.indexOf(`</${raw[1]}`, at + 7);
      if (end < 0) return null;
      at = end;
      continue;
    }
    if (lower.startsWith('</head', at) || /^<body[\s>]/.test(lower.slice(at, at + 6))) return null;
    if (!/^<meta[\s/]/.test(lower.slice(at, at + 6))) continue;
    // Bounded: an unclosed "<meta" must not make every later one rescan the rest of the head.
    const close = lower.indexOf('>', at);
    const tag = head.slice(at, close < 0 || close - at > 2048 ? at + 2048 : close + 1);
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1] ?? null;
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? null;
      const label = charsetFromContentType(content);
      if (label) return label;
    }
  }
  return null;
}

/** Normalises a label to one we can decode with, or null when neither decoder knows it. */
function usableLabel(label: string | null): string | null {
  if (!label) return null;
  const trimmed = LABEL_ALIASES[label.trim().toLowerCase()] ?? label.trim().toLowerCase();
  let usable = usableLabels.get(trimmed);
  if (usable === undefined) {
    try {
      usable = new TextDecoder(trimmed).encoding;
    } catch {
      usable = iconv().encodingExists(trimmed) ? ownString(trimmed) : null;
    }
    // An own copy: a label cut from the page would keep that page alive for the whole run.
    if (usableLabels.size < 1000) usableLabels.set(ownString(trimmed), usable);
  }
  return usable;
}

/** Names servers and old Java CMSs give windows-949 that neither decoder knows. */
const LABEL_ALIASES: Readonly<Record<string, string>> = { 'x-windows-949': 'euc-kr', 'windows-949': 'euc-kr', ms949: 'euc-kr', uhc: 'euc-kr' };

/**
 * Label → decoder name: a run sees the same few labels on every page. Bounded (1,000 entries, set
 * in usableLabel) because labels come from the pages: a hostile run must not grow it without end.
 */
const usableLabels = new Map<string, string | null>();


function isSingleByteLatin(encoding: string): boolean {
  return encoding === 'windows-1252' || encoding === 'iso-8859-1' || encoding === 'us-ascii';
}

/** What browsers decode these labels as (the WHATWG Encoding Standard), by iconv-lite's names. */
const WEB_DECODERS: Readonly<Record<string, string>> = { 'euc-kr': 'cp949', big5: 'big5hkscs' };

function decodeWith(bytes: Buffer, encoding: string): string {
  // Buffer's UTF-8 decoder replaces bad sequences exactly as TextDecoder does, at about twice its
  // speed on Node 20; TextDecoder also drops one leading BOM, so that is done here too.
  if (encoding === 'utf-8') return bytes.toString('utf8', utf8BomLength(bytes));
  // Node's TextDecoder decodes windows-1252 as ISO-8859-1 (0x93 stays a C1 control, not “).
  if (encoding === 'windows-1252') return iconv().decode(bytes, 'windows-1252');
  // Its EUC-KR and Big5 are narrower than the web's, which are windows-949 (똠, 뷁: a Korean
  // headline turned to "c방각하 � 논란") and Big5-HKSCS (嘅, 啲).
  const web = WEB_DECODERS[encoding];
  if (web) return iconv().decode(bytes, web);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return iconv().decode(bytes, encoding);
  }
}

// Dropping the bulk no rule reads before decoding: on real news pages most bytes are inline CSS
// and application scripts (a 300 KB Fusion or Next.js page carries ~10 KB of markup). Their
// contents are never read by the title, date or signal rules (JSON-LD is kept whole, and the head
// of every other script is kept for the bot-wall check), so we skip decoding and tokenizing them.
// Works on bytes with native indexOf, before decoding: only for ASCII-compatible encodings, where
// '<' is never part of a multi-byte character (UTF-8, Shift_JIS, EUC-*, GBK, Big5, single-byte).

/** Blocks smaller than this are cheaper to parse than to cut. */
const MIN_ELIDED = 8 * 1024;
/** The part of a script kept for the bot-wall check (parse.ts reads its first 2,000 characters). */
const SCRIPT_HEAD_KEPT = 2048;

const OPENERS = [
  { tag: 'script', lower: Buffer.from('<script'), upper: Buffer.from('<SCRIPT'), close: Buffer.from('</script') },
  { tag: 'style', lower: Buffer.from('<style'), upper: Buffer.from('<STYLE'), close: Buffer.from('</style') },
] as const;
const COMMENT_END = Buffer.from('-->');
const GT = 0x3e;

export interface Cut { start: number; end: number }

/**
 * The page with the contents of large <script>/<style> elements cut out (the tags stay), or the
 * same buffer when nothing is worth cutting. Anything that looks unusual keeps its block whole:
 * a block containing "-->" (an opener inside a comment, or an old comment-wrapped script) or a
 * second opener (an opener inside a string) is parsed as it is.
 */
export function elideBulk(body: Buffer): Buffer {
  const kept = keptRanges(body);
  if (kept.length === 1) return body;
  return Buffer.concat(kept.map((range) => body.subarray(range.start, range.end)));
}

/**
 * The byte ranges elideBulk keeps, in order (the whole body when nothing is cut). Every range
 * after the first starts with the '<' of a closing tag, so each can be decoded on its own.
 */
export function keptRanges(body: Buffer): Cut[] {
  const whole = [{ start: 0, end: body.length }];
  if (body.length < MIN_ELIDED * 2) return whole;
  const cuts: Cut[] = [];
  for (const opener of OPENERS) collectCuts(body, opener, cuts);
  if (cuts.length === 0) return whole;
  cuts.sort((a, b) => a.start - b.start);
  const kept: Cut[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue; // a block inside another one's cut: already gone
    kept.push({ start: from, end: cut.start });
    from = cut.end;
  }
  kept.push({ start: from, end: body.length });
  return kept;
}

function collectCuts(body: Buffer, opener: (typeof OPENERS)[number], cuts: Cut[]): void {
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf(opener.lower, at);
    if (open < 0) return;
    const afterName = body[open + opener.lower.length];
    // "<scripts" or "<style-x" is another tag; only whitespace, '>' or '/' ends the name.
    if (afterName !== GT && afterName !== 0x20 && afterName !== 0x09 && afterName !== 0x0a && afterName !== 0x0d && afterName !== 0x2f) {
      at = open + 1;
      continue;
    }
    const tagEnd = body.indexOf(GT, open);
    if (tagEnd < 0) return;
    const close = body.indexOf(opener.close, tagEnd);
    if (close < 0) return;
    at = close + opener.close.length;
    if (close - tagEnd - 1 < MIN_ELIDED) continue;
    const openTag = body.toString('latin1', open, tagEnd + 1).toLowerCase();
    // JSON-LD carries headlines and dates; other data scripts are never read.
    if (opener.tag === 'script' && openTag.includes('ld+json')) continue;
    const keep = opener.tag === 'script' ? SCRIPT_HEAD_KEPT : 0;
    const start = tagEnd + 1 + keep;
    if (!isPlainBlock(body, tagEnd + 1, close)) continue;
    cuts.push({ start, end: close });
  }
}

function isPlainBlock(body: Buffer, from: number, to: number): boolean {
  const block = body.subarray(from, to);
  if (block.indexOf(COMMENT_END) >= 0) return false;
  for (const other of OPENERS) {
    if (block.indexOf(other.lower) >= 0 || block.indexOf(other.upper) >= 0) return false;
  }
  return true;
}

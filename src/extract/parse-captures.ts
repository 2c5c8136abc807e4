// The text captured inside particular elements during the streaming pass (<title>, h1, h2, <time>,
// JSON-LD and inline scripts), opened with their element and finished when it closes. Kept apart
// from parse.ts: the caps that keep hostile pages linear live here.
import type { Heading, ParsedPage, TimeElement } from './page.js';
import { noteChallengeScript } from './page-markers.js';
import type { ElementStack } from './parse-stack.js';
import { collapse } from './parse-text.js';

/** 'script' is an inline non-JSON-LD script, read only for the strings of challenge pages. */
type CaptureKind = 'title' | 'h1' | 'h2' | 'subtitle' | 'jsonld' | 'script' | 'time';
/** `broken`: a line break came after the text so far; the next word starts after a space. */
type Capture = { kind: CaptureKind; text: string; frameDepth: number; max: number; broken: boolean };
/**
 * Every text node is appended to each open capture: unclosed <h1>s or <time>s piling up made that
 * quadratic (120 KB of "<h1>x" took 10 s). A new h1 or time closes an open one of its kind, and
 * the number open at once is capped; a real page has two or three.
 */
const CAPTURES_MAX = 16;
const TEXT_CAPTURE_MAX = 2000;
const JSONLD_CAPTURE_MAX = 2_000_000;

/** Text that needs no space before it after a line break: it has one, or is closing punctuation. */
const NO_SPACE_BEFORE = /^[\s:;,.!?)\]}»”’、。，：；！？]/u;

/** Captures of what a reader sees, as opposed to the scripts read for data. */
function isReadText(kind: CaptureKind): boolean {
  return kind === 'h1' || kind === 'h2' || kind === 'subtitle' || kind === 'time';
}

export class Captures {
  private readonly open: Capture[] = [];
  /** The h1 and <time> whose text is being captured, completed when the capture finishes. */
  private pendingH1: Omit<Heading, 'text'> | null = null;
  private pendingTime: Omit<TimeElement, 'text'> | null = null;

  constructor(
    private readonly page: ParsedPage,
    private readonly stack: ElementStack,
  ) {}

  /**
   * Adds a text node to every open capture, up to each one's cap. Text a reader does not see (a
   * script, a button's label, a ruby reading) is no part of a heading or a <time>; scripts are
   * exactly what the JSON-LD and script captures read.
   */
  append(data: string, visible: boolean): void {
    for (const capture of this.open) {
      if (!visible && isReadText(capture.kind)) continue;
      if (capture.broken) {
        capture.broken = false;
        // Not before punctuation ("Kicker</div>: Headline" reads "Kicker: Headline"), nor inside
        // a number a line break split ("$1,<br>200 million").
        if (capture.text.length > 0 && !NO_SPACE_BEFORE.test(data) && !(/\d[,.]$/.test(capture.text) && /^\d/.test(data))) capture.text += ' ';
      }
      const room = capture.max - capture.text.length;
      if (room > 0) capture.text += data.length <= room ? data : data.slice(0, room);
    }
  }

  /** A line break or block inside a heading: a reader sees a space ("Killing<br>12" is two words). */
  breakLine(): void {
    for (const capture of this.open) if (isReadText(capture.kind)) capture.broken = true;
  }

  startH1(pending: Omit<Heading, 'text'>): void {
    this.start('h1');
    this.pendingH1 = pending;
  }

  startTime(pending: Omit<TimeElement, 'text'>): void {
    this.start('time');
    this.pendingTime = pending;
  }

  /** Opens a capture for the element just pushed, first closing an open one of the same kind. */
  start(kind: CaptureKind): void {
    const open = this.open;
    if (kind === 'h1' || kind === 'time') {
      const index = open.findIndex((c) => c.kind === kind);
      if (index >= 0) this.finish(open.splice(index, 1)[0]!);
    }
    if (open.length >= CAPTURES_MAX) return;
    open.push({ kind, text: '', frameDepth: this.stack.frames.length - 1, max: kind === 'jsonld' ? JSONLD_CAPTURE_MAX : TEXT_CAPTURE_MAX, broken: false });
  }

  /** Finishes the captures of elements at `depth` or deeper: their element has just closed. */
  closeFrom(depth: number): void {
    const open = this.open;
    for (let i = open.length - 1; i >= 0; i--) {
      const capture = open[i]!;
      if (capture.frameDepth < depth) continue;
      open.splice(i, 1);
      this.finish(capture);
    }
  }

  private finish(capture: Capture): void {
    const page = this.page;
    if (capture.kind === 'title') page.title = capture.text;
    else if (capture.kind === 'h1' && this.pendingH1) { page.h1s.push({ ...this.pendingH1, text: collapse(capture.text) }); this.pendingH1 = null; }
    else if (capture.kind === 'h2') { const h2 = page.h2s[page.h2s.length - 1]; if (h2) h2.text = collapse(capture.text); }
    else if (capture.kind === 'subtitle') { if (page.subtitle) page.subtitle.text = collapse(capture.text); }
    else if (capture.kind === 'time' && this.pendingTime) {
      const time: TimeElement = { ...this.pendingTime, text: collapse(capture.text) };
      page.times.push(time);
      // A meta column's dates are provisional (see ElementStack.settleMetaColumns).
      if (time.metaColumn) this.stack.provisional.push(time);
      this.stack.openLi()?.liSegments?.push(time);
      this.pendingTime = null;
    }
    else if (capture.kind === 'jsonld') page.jsonLd.push(capture.text);
    else if (capture.kind === 'script') noteChallengeScript(capture.text, page.walls);
  }
}

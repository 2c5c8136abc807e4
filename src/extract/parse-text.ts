// The visible text of the streaming pass: runs between block boundaries become the digit-bearing
// segments the date rules read, the short run before each is kept as its label ("Published"), and
// paragraph text is tallied. Kept apart from parse.ts: the label and segment rules read in one place.
import { OTHER_DIGIT_RANGES } from '../digits.js';
import type { ParsedPage, SegmentLink, TextSegment } from './page.js';
import { BESIDE_HEADLINE, EXCLUDED, IN_ARTICLE, IN_LINK, META_COLUMN, TO_OTHER_PAGE, type ElementStack, type Frame } from './parse-stack.js';

/** Text that never counts as the article's: chrome, and a meta column's date line and reading time. */
const NOT_ARTICLE_TEXT = EXCLUDED | META_COLUMN;

const MAX_SEGMENT = 300;
const LABEL_MAX = 40;
/** A digit of any script digits.ts reads, or a kanji numeral before 年/月/日 (令和六年十一月五日). */
const DIGIT = new RegExp(`[\\d${OTHER_DIGIT_RANGES}]|[〇一二三四五六七八九十][年月日]`);
const NON_SPACE = /\S/;
/**
 * Two pieces a reader sees apart, across an element's edge: a lower-case letter, then a capital
 * ("Doe|November"); a letter or a digit, then a digit ("Published|5 Nov", "Nov|05|2024",
 * "2024|10:30"). Not a digit, then a capital: "5<sup>TH</sup>" is one ordinal.
 */
function glued(before: number, after: number): boolean {
  // Most text nodes start with a space, a lower-case letter or punctuation: answered without a regexp.
  const lowerBefore = (before >= 97 && before <= 122) || (before >= 128 && LOWER.test(String.fromCharCode(before)));
  if (after >= 48 && after <= 57) return lowerBefore || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || (before >= 128 && LETTER.test(String.fromCharCode(before)));
  const capital = after >= 65 && after <= 90 ? true : after < 128 ? false : CAPITAL.test(String.fromCharCode(after));
  return capital && lowerBefore;
}
const CAPITAL = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** How much of the page's first text outside chrome is kept (ParsedPage.leadText). */
const LEAD_TEXT_CHARS = 600;

export class TextRuns {
  private buffer = '';
  /** An inline element opened or closed since the last text node. */
  private boundary = false;
  private bufferFlags = 0;
  private bufferArticle = 0;
  private bufferLink: SegmentLink | undefined = undefined;
  // The text run before the current one, collapsed only when a date needs it as its label.
  private previousRaw = '';
  private previousShort: string | null = '';
  /** Chars of the open <p>, -1 when none is open. */
  private paragraphText = -1;
  /** Characters pushed to page.articleText so far. */
  private articleChars = 0;
  /** Article text chars per container number. */
  private readonly charsByArticle = new Map<number, number>();

  constructor(
    private readonly page: ParsedPage,
    private readonly stack: ElementStack,
  ) {}

  /**
   * An inline element opened or closed: "<span>By Jane Doe</span><span>November 5, 2024</span>"
   * shows as two pieces (CSS spaces them), which the runs a date is read from must not glue into
   * "DoeNovember" (the article text keeps the bytes as they are).
   */
  elementBoundary(): void {
    this.boundary = true;
  }

  /** Adds a text node read inside `frame` (its caller has already skipped script and svg text). */
  append(data: string, frame: Frame): void {
    let buffer = this.buffer;
    if (buffer.length === 0) { this.bufferFlags = frame.flags; this.bufferArticle = frame.article; this.bufferLink = frame.link; }
    else if (this.boundary && glued(buffer.charCodeAt(buffer.length - 1), data.charCodeAt(0))) buffer += ' ';
    this.boundary = false;
    if (buffer.length < MAX_SEGMENT * 4) this.buffer = buffer + data;
    if (!(frame.flags & NOT_ARTICLE_TEXT)) {
      this.page.contentTextChars += data.length;
      if (this.page.leadText.length < LEAD_TEXT_CHARS) this.page.leadText += data;
      // Paragraph text is kept by reference (no copy, no folding here): the fingerprint folds it once.
      if (this.paragraphText >= 0) {
        if (frame.flags & IN_LINK) this.markLink(data.length);
        this.page.articleText.push(data);
        this.articleChars += data.length;
      }
    }
    if (this.paragraphText >= 0) this.paragraphText += data.length;
    if (frame.flags & TO_OTHER_PAGE) this.stack.addMetaColumnLinkText(data);
  }

  /** Ends the current run at a block boundary: it becomes a segment, a label, or nothing. */
  flush(): void {
    // A block ends: the lead text's next words start a line of their own.
    const lead = this.page.leadText;
    if (lead.length > 0 && lead.length < LEAD_TEXT_CHARS && !lead.endsWith('\n')) this.page.leadText = lead + '\n';
    const raw = this.buffer;
    if (raw.length === 0) return;
    this.buffer = '';
    // Indentation between blocks (<dt>Published</dt>\n<dd>…) keeps the label before it.
    if (!NON_SPACE.test(raw)) return;
    if (!(this.bufferFlags & (NOT_ARTICLE_TEXT | IN_LINK)) && isTextBlock(raw)) this.page.textBlocks++;
    // A capped buffer is a paragraph, never a byline: skip the whitespace work.
    if (raw.length >= MAX_SEGMENT * 4) { this.previousShort = ''; return; }
    // Text without a digit is only ever a label: collapse it when a date asks for it.
    if (!DIGIT.test(raw)) { this.previousRaw = raw; this.previousShort = null; return; }
    const text = collapse(raw);
    if (text.length <= MAX_SEGMENT) {
      const flags = this.bufferFlags;
      const segments = this.page.segments;
      const segment: TextSegment = {
        text, previous: this.previous(),
        excluded: (flags & EXCLUDED) !== 0, inLink: (flags & IN_LINK) !== 0,
        inArticle: (flags & IN_ARTICLE) !== 0, article: this.bufferArticle, order: segments.length, metaColumn: (flags & META_COLUMN) !== 0,
        besideHeadline: (flags & BESIDE_HEADLINE) !== 0, link: flags & IN_LINK ? this.bufferLink ?? null : null,
      };
      segments.push(segment);
      if (flags & META_COLUMN) this.stack.provisional.push(segment);
      this.stack.openLi()?.liSegments?.push(segment);
    }
    this.previousShort = text.length <= LABEL_MAX ? text : '';
  }

  /** The text just before an element opening now: the tail of the open run, else the last label. */
  label(): string {
    return this.buffer.length > 0 ? this.buffer.slice(-LABEL_MAX) : this.previous();
  }

  openParagraph(): void {
    this.paragraphText = 0;
    const starts = this.page.articleParagraphs;
    if (starts[starts.length - 1] !== this.articleChars) starts.push(this.articleChars);
  }

  /** The next `length` characters of article text are a link's: one range with the link's text before them. */
  private markLink(length: number): void {
    const links = this.page.articleLinks;
    if (links.length > 0 && links[links.length - 1] === this.articleChars) links[links.length - 1] = this.articleChars + length;
    else links.push(this.articleChars, this.articleChars + length);
  }

  /** A closing </p>: long paragraphs outside chrome count as article text. */
  closeParagraph(frame: Frame): void {
    if (this.paragraphText < 0) return;
    this.page.articleText.push(' ');
    if (!(frame.flags & NOT_ARTICLE_TEXT) && this.paragraphText > 80) {
      this.page.articleTextChars += this.paragraphText;
      this.page.paragraphs++;
      if (frame.article !== 0) this.charsByArticle.set(frame.article, (this.charsByArticle.get(frame.article) ?? 0) + this.paragraphText);
    }
    this.paragraphText = -1;
  }

  /** The <article> holding more than half of the page's article text (0: none): the story itself. */
  storyArticle(semanticArticles: ReadonlySet<number>): number {
    for (const [article, chars] of this.charsByArticle) {
      if (chars * 2 > this.page.articleTextChars && semanticArticles.has(article)) return article;
    }
    return 0;
  }

  private previous(): string {
    if (this.previousShort === null) {
      const text = collapse(this.previousRaw);
      this.previousShort = text.length <= LABEL_MAX ? text : '';
    }
    return this.previousShort;
  }
}

/** Characters of Latin text a run needs to count as a block of body text (a paragraph's worth). */
const TEXT_BLOCK_CHARS = 80;
/** Hangul, kana and CJK ideographs: each carries about what three Latin letters do. */
export const DENSE_SCRIPT = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/**
 * A run long enough to be a paragraph of body text, however the page marks it up: <p>, <div>s or
 * text between <br>s (old CMSs, news agencies, Korean regional papers).
 */
function isTextBlock(raw: string): boolean {
  if (raw.length >= TEXT_BLOCK_CHARS * 2) return true;
  if (raw.length * 3 < TEXT_BLOCK_CHARS) return false;
  const text = collapse(raw);
  const dense = text.match(DENSE_SCRIPT)?.length ?? 0;
  return text.length + 2 * dense >= TEXT_BLOCK_CHARS;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The open elements of the streaming pass, with the context flags each one passes to its children
// (excluded chrome, inside an article or a link, skipped text) and the list bookkeeping that marks
// lists of other articles. Kept apart from parse.ts so the context rules read in one place.
import type { ClassInfo } from './chrome.js';
import type { ParsedPage } from './page.js';

export const EXCLUDED = 1;
export const IN_ARTICLE = 2;
export const IN_LINK = 4;
export const SKIP_TEXT = 8;
export const IN_SVG = 16;
/** Excluded by a tag or a navigation/footer class, which no headline inside can undo. */
const HARD_EXCLUDED = 32;
/** Inside an <aside> that opens the article, before its text: its meta column if text follows. */
export const META_COLUMN = 64;
/** Inside a meta column's link that leads to a page (not a script, a mail or phone link, or an anchor on this one). */
export const TO_OTHER_PAGE = 128;
/** Inside a microdata item of another kind than an article (a Book, Event, Product, VideoObject): its dates are its own. */
export const IN_OTHER_ITEM = 256;
/**
 * In a meta column found beside the headline (an <aside> after its standfirst, a side column or
 * share bar right under it) rather than one opening the article: its dates are a last resort.
 */
export const BESIDE_HEADLINE = 512;
/**
 * Microdata types of things a page embeds or lists rather than is (a Book reviewed, an Event
 * announced, a Product, a video): their dates are theirs. Any other type (an article, a page, a
 * podcast episode, a person in the byline) leaves the page's dates as they are.
 */
const OTHER_ITEM_TYPE = /schema\.org\/(?:Book|Event|\w*Event|Product|Offer|Movie|TVSeries|MusicAlbum|MusicRecording|SoftwareApplication|VideoGame|Course|VideoObject|AudioObject|ImageObject|MediaObject|Place|LocalBusiness)\b/i;
/** Properties that hang another work under the page's item. */
const OTHER_ITEM_PROP = /\b(?:isPartOf|partOf\w*|mentions|citation|about|subjectOf|itemReviewed|workExample|hasPart|relatedLink)\b/i;
/** An article or page type: inside it, the page's dates are the page's again. */
const PAGE_ITEM_TYPE = /Article|Posting|WebPage|ItemPage|Blog|Report|Review|Recipe|HowTo|QAPage|FAQPage|Episode/;
const NOT_ANOTHER_PAGE = /^\s*(?:javascript:|mailto:|tel:|#)/i;
/** A link's text that reads as another story's headline: four words, or eight CJK characters. */
const TEASER_TEXT = /(?:\S+\s+){3}\S|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{8}/u;

// rt and rp: a ruby annotation's reading ("韓国<rt>かんこく</rt>") is no part of the text.
const SKIP_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'iframe', 'rt', 'rp']);
/** What a figure shows as its picture. */
const PICTURE_TAGS = new Set(['img', 'picture', 'video', 'image']);
const AUTHOR_REL = /(?:^|\s)author(?:\s|$)/i;

/** Elements that make a figure's caption the story's byline or header rather than a photo's caption. */
const BYLINE_TAGS = new Set(['address', 'time', 'h1', 'h2']);
/** Elements whose class never makes them chrome: they wrap the whole page or the article. */
const WRAPPER_TAGS = new Set(['html', 'body', 'main', 'article']);
/** Text runs with a digit after the headline that may still be its byline (date-candidates.ts reads as many). */
export const BYLINE_REACH = 3;
/** Article text a standfirst between the headline and its byline may have. */
const STANDFIRST_CHARS = 400;
/** itemprop holds a list of names: itemprop="description articleBody". */
const ARTICLE_BODY = /(?:^|\s)articleBody(?:\s|$)/i;

/** What an element carries into a date list: a text segment or a <time>. */
export interface ListEntry {
  excluded: boolean;
}

export interface Frame {
  name: string;
  flags: number;
  /** The article container this element is in (0: none), to tell the headline's own dates from others'. */
  article: number;
  /** For <li>: set when a link opens inside, making its dates part of a list of other articles. */
  liSegments: ListEntry[] | undefined;
  liHasLink: boolean | undefined;
  /** For <ul>/<ol>: what the linked items hold; two or more linked items make a list of other articles. */
  linkedItems: ListEntry[] | undefined;
  linkedCount: number | undefined;
  /** The attributes of the innermost link this element is in: where a date read inside it leads. */
  link: Record<string, string> | undefined;
}

export class ElementStack {
  readonly frames: Frame[] = [rootFrame()];
  // The open <li>s and <ul>/<ol>s, innermost last, kept alongside the stack: scanning the stack
  // for them on every text run was quadratic in nesting depth (unclosed lists nest thousands deep).
  private readonly openLis: Frame[] = [];
  private readonly openLists: Frame[] = [];
  /**
   * The open <figure>s, innermost last: whether each has shown a picture yet, and where the dates
   * read in its open caption start (page.segments and page.times), with whether a byline showed.
   */
  private readonly openFigures: { frame: Frame; picture: boolean; caption: { segments: number; times: number; byline: boolean } | null }[] = [];
  private articles = 0;

  /** The container numbers that are <article> elements (or Article items), not looser containers. */
  readonly semanticArticles = new Set<number>();
  /** Dates read in a meta column (META_COLUMN): excluded after all when no article text followed. */
  readonly provisional: { excluded: boolean }[] = [];
  /**
   * The open meta columns, outermost first: their frame, where their dates start in `provisional`,
   * the text of the link being read in them, and whether a link read as a teaser.
   */
  private readonly metaColumns: { frame: Frame; from: number; linkText: string; teaser: boolean; beside: boolean; byline: boolean }[] = [];
  /** The page's headline (its first h1 not excluded), once read, with the article text read before it closed. */
  private headline: { article: number; order: number; textBefore: number; paragraphsBefore: number } | null = null;
  private h1sSeen = 0;

  /**
   * `page`: the page being read, for how much article text has been read so far, and the dates a
   * picture's caption held (marked excluded when it closes).
   */
  constructor(private readonly page: Pick<ParsedPage, 'articleTextChars' | 'paragraphs' | 'segments' | 'times' | 'h1s'>) {}

  private noteHeadline(): void {
    const h1s = this.page.h1s;
    for (; this.headline === null && this.h1sSeen < h1s.length; this.h1sSeen++) {
      const h1 = h1s[this.h1sSeen]!;
      if (!h1.excluded) this.headline = { article: h1.article, order: h1.order, textBefore: this.page.articleTextChars, paragraphsBefore: this.page.paragraphs };
    }
  }

  /**
   * Is an element opening now in the headline's article container, right under it: no more than
   * BYLINE_REACH dated runs and one paragraph of article text (a standfirst of STANDFIRST_CHARS at
   * most) after it? There the story's byline stands, whatever column or share bar the site sets it in.
   */
  private underHeadline(article: number): boolean {
    const headline = this.headline;
    return headline !== null && article !== 0 && headline.article === article
      && this.page.segments.length - headline.order <= BYLINE_REACH && this.page.paragraphs - headline.paragraphsBefore <= 1
      && this.page.articleTextChars - headline.textBefore <= STANDFIRST_CHARS;
  }

  /** Text of a link to a page, read inside the open meta columns (judged when the link closes). */
  addMetaColumnLinkText(text: string): void {
    for (const column of this.metaColumns) if (column.linkText.length < 200) column.linkText += text;
  }

  /** At the end of the page: a column with no article text after it at all was a sidebar after all. */
  settleMetaColumns(): void {
    if (this.page.articleTextChars > 0) return;
    for (const item of this.provisional) item.excluded = true;
  }

  top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** The innermost open <li>, which collects the dates inside it. */
  openLi(): Frame | undefined {
    return this.openLis[this.openLis.length - 1];
  }

  /** Pushes the frame of an opening tag, its flags derived from its parent's, tag and class. */
  open(name: string, attribs: Record<string, string>, info: ClassInfo): Frame {
    // The headline, noted at the first element after it closes (before any paragraph after it can).
    if (this.headline === null && this.h1sSeen < this.page.h1s.length) this.noteHeadline();
    const stack = this.frames;
    const parent = this.top();
    let flags = parent.flags & ~SKIP_TEXT;
    if (SKIP_TEXT_TAGS.has(name) || parent.flags & SKIP_TEXT) flags |= SKIP_TEXT;
    if (name === 'svg' || name === 'math') flags |= IN_SVG;
    if (attribs.itemtype !== undefined) {
      // The work a page is part of (a series, a journal's issue) or mentions is another item too.
      if (OTHER_ITEM_TYPE.test(attribs.itemtype) || (attribs.itemprop !== undefined && OTHER_ITEM_PROP.test(attribs.itemprop))) flags |= IN_OTHER_ITEM;
      else if (PAGE_ITEM_TYPE.test(attribs.itemtype)) flags &= ~IN_OTHER_ITEM;
    }
    const semanticArticle = name === 'article' || (attribs.itemtype !== undefined && /Article|Posting/.test(attribs.itemtype));
    let article = parent.article;
    if (semanticArticle || name === 'main' || attribs.role === 'main' || info.article) {
      // A new container: each <article> (a teaser card or the story), or the outermost of the
      // looser ones (main, "article-body" classes), whose inner parts share it.
      if (semanticArticle || !(flags & IN_ARTICLE)) article = ++this.articles;
      if (semanticArticle) this.semanticArticles.add(article);
      flags |= IN_ARTICLE;
    }
    const chrome = WRAPPER_TAGS.has(name) ? null : flags & IN_ARTICLE ? info.chromeInArticle : info.chrome;
    // An <aside> inside the article before any of its text is the story's meta column (date,
    // author, reading time), as a <header> there is its header; elsewhere an aside is a sidebar.
    // So is one right under the headline (after a standfirst), and a column or share bar classed
    // as such there ("single-sidebar-left", "social-area"): sites print the byline in them.
    // Whether text follows is known only at the end: what is read inside it is provisional, and
    // its unlabelled dates serve only when nothing else dates the page (date-candidates.ts).
    const inStory = (flags & IN_ARTICLE) !== 0 && !(flags & EXCLUDED);
    const sideColumn = chrome === 'soft' && info.sideColumn && inStory;
    const openingColumn = name === 'aside' && inStory && this.page.articleTextChars === 0;
    const besideHeadline = !openingColumn && !(flags & META_COLUMN) && (name === 'aside' ? inStory : sideColumn) && this.underHeadline(article);
    const metaColumn = openingColumn || besideHeadline;
    // Inside such a column, its own side classes ("sidebar-left-inner", "share-area") are the column still.
    const besideStory = sideColumn && (besideHeadline || (flags & BESIDE_HEADLINE) !== 0);
    if (metaColumn) flags |= META_COLUMN;
    if (besideHeadline) flags |= BESIDE_HEADLINE;
    // A <figcaption> under a figure's picture captions the picture: its days are the photo's
    // (settled when it closes: an author's photo beside a byline — an <address>, a rel="author"
    // link, a <time> — or a hero image over the headline make it the story's own lines).
    const figure = this.openFigures[this.openFigures.length - 1];
    if (figure !== undefined) {
      if (PICTURE_TAGS.has(name)) figure.picture = true;
      if (name === 'figcaption' && figure.picture) figure.caption = { segments: this.page.segments.length, times: this.page.times.length, byline: false };
      if (figure.caption && (BYLINE_TAGS.has(name) || AUTHOR_REL.test(attribs.rel ?? ''))) figure.caption.byline = true;
    }
    if (name === 'nav' || (name === 'aside' && !metaColumn) || ((name === 'header' || name === 'footer') && !(flags & IN_ARTICLE)) || chrome === 'hard') {
      flags |= EXCLUDED | HARD_EXCLUDED;
    } else if (chrome === 'soft' && !besideStory) flags |= EXCLUDED;
    if ((name === 'h1' || name === 'article' || (attribs.itemprop !== undefined && ARTICLE_BODY.test(attribs.itemprop))) && (flags & EXCLUDED) && !(flags & HARD_EXCLUDED)) {
      // The headline sits inside: the list-looking wrapper ("layout-with-rail") holds the article.
      // Frames inherit EXCLUDED from their parent, so the excluded ones are the innermost run:
      // stop at the first frame without it (a full-stack walk per h1 was quadratic).
      for (let i = stack.length - 1; i >= 0 && stack[i]!.flags & EXCLUDED; i--) stack[i]!.flags &= ~EXCLUDED;
      flags &= ~EXCLUDED;
    }
    // A named anchor is no link: old pages open with an <a name="top_of_page"> that a browser
    // leaves holding the whole page. (An <a> without href but with a script's address, a teaser
    // card's data-href or onclick, still is one.)
    const isLink = name === 'a' && (attribs.href !== undefined || attribs.name === undefined);
    if (isLink) {
      flags |= IN_LINK;
      // Only a meta column asks where its links lead: no work for the page's other links.
      if (flags & META_COLUMN && attribs.href !== undefined && !NOT_ANOTHER_PAGE.test(attribs.href)) flags |= TO_OTHER_PAGE;
      const li = this.openLi();
      if (li) li.liHasLink = true;
    }
    // One object shape for every frame keeps the stack's property reads monomorphic.
    const link = isLink ? attribs : parent.link;
    const frame: Frame = { name, flags, article, liSegments: undefined, liHasLink: undefined, linkedItems: undefined, linkedCount: undefined, link };
    // A share bar right under the headline holds the byline's date and its buttons; an <aside> or a
    // side column there names its writer where it is the byline (else: a fact box, an event's details).
    const shareBar = besideHeadline && name !== 'aside' && SHARE_BAR.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
    if (metaColumn) this.metaColumns.push({ frame, from: this.provisional.length, linkText: '', teaser: false, beside: besideHeadline, byline: shareBar });
    // A column beside the headline is the byline's only where it names its writer.
    if (this.metaColumns.length > 0 && namesWriter(name, attribs)) for (const column of this.metaColumns) column.byline = true;
    if (name === 'li') { frame.liSegments = []; frame.liHasLink = false; this.openLis.push(frame); }
    if (name === 'figure') this.openFigures.push({ frame, picture: false, caption: null });
    if (name === 'ul' || name === 'ol') { frame.linkedItems = []; frame.linkedCount = 0; this.openLists.push(frame); }
    stack.push(frame);
    return frame;
  }

  /**
   * Pops the innermost frame: a linked <li> hands its dates to its list, and a list of two or more
   * linked items marks them all excluded. The caller refills the root once it has closed captures.
   */
  close(): Frame | undefined {
    const frame = this.frames.pop();
    if (!frame) return undefined;
    if (frame.name === 'a' && this.metaColumns.length > 0) {
      for (const open of this.metaColumns) {
        if (TEASER_TEXT.test(open.linkText)) open.teaser = true;
        open.linkText = '';
      }
    }
    const column = this.metaColumns[this.metaColumns.length - 1];
    if (column?.frame === frame) {
      this.metaColumns.pop();
      // A link that reads as another story's headline makes it a rail of related stories set by
      // the headline, not the story's meta line (whose links are its author, its permalink around
      // the date, print and share buttons).
      // One beside the headline that names no writer is a fact box, an event's or a job's details.
      if (column.teaser || (column.beside && !column.byline)) for (let i = column.from; i < this.provisional.length; i++) this.provisional[i]!.excluded = true;
    }
    if (frame.liSegments && this.openLis[this.openLis.length - 1] === frame) this.openLis.pop();
    const figure = this.openFigures[this.openFigures.length - 1];
    if (figure?.frame === frame) this.openFigures.pop();
    else if (frame.name === 'figcaption' && figure?.caption) {
      const { segments, times, byline } = figure.caption;
      figure.caption = null;
      if (!byline) {
        for (let i = segments; i < this.page.segments.length; i++) this.page.segments[i]!.excluded = true;
        for (let i = times; i < this.page.times.length; i++) this.page.times[i]!.excluded = true;
      }
    }
    if (frame.linkedItems && this.openLists[this.openLists.length - 1] === frame) this.openLists.pop();
    if (frame.liHasLink && frame.liSegments) {
      const list = this.openLists[this.openLists.length - 1];
      if (list) {
        list.linkedCount!++;
        // A loop, not push(...): a spread of a huge item list overflows the call stack.
        for (const item of frame.liSegments) list.linkedItems!.push(item);
      }
    }
    if (frame.linkedItems && frame.linkedCount! >= 2) for (const item of frame.linkedItems) item.excluded = true;
    return frame;
  }

  /** A stray closing tag may empty the stack; text after it still needs a frame to read. */
  refillRoot(): void {
    if (this.frames.length === 0) this.frames.push(rootFrame());
  }
}

function rootFrame(): Frame {
  return { name: '#root', flags: 0, article: 0, liSegments: undefined, liHasLink: undefined, linkedItems: undefined, linkedCount: undefined, link: undefined };
}

const SHARE_BAR = /share|social|sns/i;
const WRITER_CLASS = /author|byline|writer|autor|auteur|redakt|reporter|journalist/i;
const WRITER_PATH = /\/(?:author|authors|autor|autoren|auteur|autore|journalist|journalists|reporter|staff|people|profile)\//i;

/**
 * An element that names the story's writer: an <address>, a rel="author" link or a link to an
 * author's page, an element classed as the author or byline ("author-name", "meta-byline").
 */
function namesWriter(name: string, attribs: Record<string, string>): boolean {
  if (name === 'address') return true;
  if (attribs.class !== undefined && WRITER_CLASS.test(attribs.class)) return true;
  if (name !== 'a') return false;
  return (attribs.rel !== undefined && AUTHOR_REL.test(attribs.rel)) || (attribs.href !== undefined && WRITER_PATH.test(attribs.href));
}

// What one pass over an HTML page collects: only the pieces the title, date and signal rules read.

export interface MetaTag {
  /** Lower-cased `name`, `property`, `itemprop` or `http-equiv` value. */
  key: string;
  content: string;
  /** Inside page chrome (header/nav/footer/aside, related lists...): microdata of other articles. */
  excluded: boolean;
  /** The container it sits in (see Heading.article): microdata in the story's own is the story's. */
  article?: number;
  /** Microdata of an item of another kind than an article or page (a Book, an Event, a VideoObject). */
  otherItem?: boolean;
  /** Text runs with a digit read before it (see Heading.order): where it sits against the headline. */
  order?: number;
  /** h1s opened before it: whether it comes after the headline. */
  h1sBefore?: number;
}

export interface Heading {
  text: string;
  excluded: boolean;
  inArticle: boolean;
  /** Which article container holds it (0: none): dates share the headline's or belong to another story. */
  article: number;
  /** Position among the page's text segments, to tell what sits near the headline. */
  order: number;
  /** Opened before any article text was read: a headline, not a widget's heading inside the story. */
  beforeText: boolean;
  /** Inside an <article> element (or Article item), not only a looser "article-…" container. */
  inArticleElement: boolean;
  /** Where it opened among the page's captured h1s and h2s: an h2 right after the headline is its subtitle. */
  seq: number;
}

export interface TimeElement {
  datetime: string;
  text: string;
  excluded: boolean;
  inArticle: boolean;
  /** Which article container holds it (0: none): dates share the headline's or belong to another story. */
  article: number;
  inLink: boolean;
  itemprop: string | null;
  pubdate: boolean;
  /** hAtom/WordPress class: "published" or "entry-date" (the post's date), "updated" (its last edit). */
  hAtom: 'published' | 'updated' | null;
  /** Text just before the element ("Updated:"), to tell a modified time from a published one. */
  label: string;
  order: number;
  /** Read in a meta column (see TextSegment.metaColumn). */
  metaColumn: boolean;
  /** Read in a meta column beside the headline (see TextSegment.besideHeadline). */
  besideHeadline: boolean;
  /**
   * What carries it: a <time> (or any element with a datetime attribute), an <abbr> titled with a
   * timestamp, or an element an hAtom class marks, whose text is all there is of its date.
   */
  shape: 'time' | 'abbr' | 'classed';
  /** The address of the link it sits in, if any (a permalink or another page). */
  linkHref: string | null;
}

/** A short run of visible text between block boundaries that contains a digit. */
export interface TextSegment {
  text: string;
  /** The short segment just before this one (a label such as "Published" in its own <dt>/<span>). */
  previous: string;
  excluded: boolean;
  inLink: boolean;
  inArticle: boolean;
  /** Which article container holds it (0: none): dates share the headline's or belong to another story. */
  article: number;
  order: number;
  /** Read in a meta column (an <aside> opening the article): its dates serve only when nothing else dates the page. */
  metaColumn: boolean;
  /**
   * Read in a meta column beside the headline (an <aside> after the standfirst, a side column or
   * share bar right under it), not one opening the article: its dates are a last resort.
   */
  besideHeadline: boolean;
  /** The attributes of the link it was read in (null when none): the entry's own permalink dates it, a teaser's link does not. */
  link: SegmentLink | null;
}

/** A link's attributes as the parser gives them (href, rel…): kept, not copied, for the few runs read in links. */
export type SegmentLink = Readonly<Record<string, string>>;

export interface WallMarkers {
  passwordInputs: number;
  loginForms: number;
  paywallElements: number;
  captchaWidgets: number;
  /** Strings only a challenge page carries (Cloudflare's _cf_chl_opt, DataDome's captcha-delivery...). */
  challenge: string[];
}

export interface ParsedPage {
  lang: string | null;
  canonical: string | null;
  title: string | null;
  metas: MetaTag[];
  jsonLd: string[];
  h1s: Heading[];
  /**
   * The container number (Heading.article) of the <article> element holding more than half of the
   * page's article text, 0 when there is none: the story, as opposed to teaser cards.
   */
  storyArticle: number;
  /** The first h2s: a not-found page may announce itself in one when it has no h1. */
  h2s: Heading[];
  /** The first element classed as a subtitle (Substack's <h3 class="subtitle">, a <p class="dek">). */
  subtitle: Heading | null;
  times: TimeElement[];
  segments: TextSegment[];
  /** Characters of paragraph text outside page chrome: how much article the page carries. */
  articleTextChars: number;
  paragraphs: number;
  /**
   * Runs of text outside chrome and links long enough to be a paragraph (Hangul and CJK counted
   * denser), whatever element holds them: a body set in <div>s or between <br>s has these.
   */
  textBlocks: number;
  /**
   * Characters of all text outside page chrome, paragraphs or not: an article set in <div>s and
   * <br>s (old CMSs, repository pages) has a body that paragraph counting misses.
   */
  contentTextChars: number;
  /** The text of paragraphs outside page chrome, as read (unfolded): the article text --state fingerprints. */
  articleText: string[];
  /**
   * Where each paragraph starts in articleText, and the ranges of it that are a link's text, in
   * characters of the joined text ([start, end, start, end…], adjacent ones merged): article-names.ts.
   */
  articleParagraphs: number[];
  articleLinks: number[];
  /**
   * The first few hundred characters of text outside chrome, whatever holds them, one line per
   * block: where a dead article's notice stands when it is set in a <div>.
   */
  leadText: string;
  walls: WallMarkers;
}

// Telling page chrome (live clocks, weather, related and most-read lists, sidebars) from the
// article by class and id words. Dates found in chrome are never the article's date.
import { ownString } from '../own-string.js';

/** Navigation, masthead and footer words: never the article, whatever they contain. */
export const HARD_WORDS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'gnb', 'lnb', 'snb', 'menu', 'masthead', 'breadcrumb', 'breadcrumbs', 'footer', 'foot',
  'topbar', 'clock', 'weather', 'ticker', 'livedate', 'currentdate',
]);
/** Lists, rails and widgets: usually other articles, but a page may wrap everything in one. */
export const SOFT_WORDS: ReadonlySet<string> = new Set([
  'today', 'now', 'related', 'relate', 'popular', 'trending', 'ranking', 'rank', 'sidebar', 'aside', 'recommend',
  'recommended', 'recommendation', 'recommendations', 'widget', 'promo', 'banner', 'comment', 'comments', 'latest',
  'more', 'mostread', 'most', 'outbrain', 'taboola', 'newsletter', 'share', 'social', 'login', 'subscribe', 'sns', 'breaking',
  'responses', 'replies', 'discussion', 'disqus',
  // An embedded post (blockquote.twitter-tweet, .instagram-media, .tiktok-embed) dates the post.
  'tweet', 'instagram', 'tiktok',
]);
/**
 * First words of a two-word class that says a part is absent ("without-sidebar", "no-comments"),
 * set on the wrapper of the whole content. Not "has-", "with-", "is-", "hide-": "is-latest-news",
 * "hide-related-mobile" are the rails themselves; nor longer ones ("no-print-sidebar" is one).
 */
const ABSENT: ReadonlySet<string> = new Set(['without', 'no']);
/** A caption's or credit's word ("caption", "credit"), chrome only beside a picture's (see PICTURE_WORDS). */
const CAPTION_WORDS: ReadonlySet<string> = new Set(['caption', 'captions', 'credit', 'credits']);
/**
 * "image-caption", "wp-caption-text", "photo-credit": a still picture's caption dates the picture. A
 * bare "caption" is as often a type style (Vuetify's "caption", "mat-caption",
 * "MuiTypography-caption") set on bylines, "post-credits" a byline box, and a video's or a
 * podcast's caption ("video-caption", "media-caption") the page's own date line.
 */
const PICTURE_WORDS: ReadonlySet<string> = new Set(['image', 'img', 'photo', 'picture', 'pic', 'figure', 'fig', 'gallery', 'wp']);
/**
 * Soft words of a column set beside the story or of its share bar ("single-sidebar-left",
 * "aside-left", "category-detail-social-area", "block-content-share-bookmark"): some sites print the
 * byline there, right under the headline (ElementStack reads such a column as the story's meta
 * column there; anywhere else it stays chrome).
 */
const SIDE_WORDS: ReadonlySet<string> = new Set(['aside', 'sidebar', 'share', 'social', 'sns']);
/** A token without any of these holds no side word (most soft tokens: no split needed). */
const SIDE_HINT = /aside|sidebar|share|social|sns/i;
/** "Related" run together with what it lists: Jetpack's "jp-relatedposts", "relatedarticles", "relatedStories". */
const RELATED_COMPOUND = /^related[a-z]/;
/** List words count only when the element is not itself the article's meta line. */
const LIST_WORDS = /^(list|lists|listing|feed|headlines|cards|teaser|teasers)$/;
const ARTICLE_WORDS = new Set(['post', 'entry', 'article', 'story']);
const ARTICLE_META = /date|byline|info|meta|time|author|article|story/;
const SITE_HEADER = /^(header|site-header|top-header|global-header|page-header|main-header|gnb-header)$/;

export type ChromeKind = 'hard' | 'soft' | null;

/** Does this element's class/id mark page chrome, and how surely? */
export function chromeClass(classAndId: string, inArticle: boolean): ChromeKind {
  if (classAndId.length <= 1) return null;
  let kind: ChromeKind = null;
  let articleMeta = false;
  for (const token of classAndId.toLowerCase().split(/\s+/)) {
    if (token.length === 0) continue;
    if (!inArticle && SITE_HEADER.test(token)) return 'hard';
    if (isArticleMetaWord(token)) { articleMeta = true; continue; }
    // BEM: in "headline__footer" the block is the headline; the element name says nothing about the page.
    const block = token.split('__')[0]!;
    const words = block.split(/[-_]+/);
    if (words.length === 2 && ABSENT.has(words[0]!)) continue;
    // "header-footer-group" (Twenty Twenty): a style both share, set on the entry's header too.
    if (words.includes('header') && words.includes('footer')) continue;
    // "entry-footer", "post-footer": the article's own footer, where many themes print its date.
    const ownPart = words.length > 1 && ARTICLE_WORDS.has(words[0]!);
    const ofPicture = words.length > 1 && words.some((word) => PICTURE_WORDS.has(word));
    for (const word of words) {
      if (ownPart && (word === 'footer' || word === 'foot')) continue;
      if (CAPTION_WORDS.has(word)) {
        if (ofPicture) kind = 'soft';
        continue;
      }
      if (HARD_WORDS.has(word)) return 'hard';
      if (SOFT_WORDS.has(word) || LIST_WORDS.test(word) || RELATED_COMPOUND.test(word)) kind = 'soft';
    }
  }
  // "story-meta__timestamp has-social-tools": the byline that also carries share buttons is still
  // the article's own meta line.
  return kind === 'soft' && articleMeta ? null : kind;
}

/**
 * Is this class and id string soft chrome (inside an article) only by side words (SIDE_WORDS)?
 * Whole-string form of ClassInfo.sideColumn: each word that makes it soft must be a side word.
 */
export function sideColumnClass(classAndId: string): boolean {
  if (chromeClass(classAndId, true) !== 'soft') return false;
  return classAndId.split(/\s+/).every((token) => token.length === 0 || chromeClass(token, true) !== 'soft' || onlySideWords(token));
}

/** Every soft-looking word of one class token is a side word (a caption word never is). */
function onlySideWords(token: string): boolean {
  if (!SIDE_HINT.test(token)) return false;
  const words = token.toLowerCase().split('__')[0]!.split(/[-_]+/);
  return words.every((word) => SIDE_WORDS.has(word) || !(SOFT_WORDS.has(word) || LIST_WORDS.test(word) || RELATED_COMPOUND.test(word) || CAPTION_WORDS.has(word)));
}

/** A class word naming the article's own meta line ("story-meta__timestamp", "byline"). */
function isArticleMetaWord(token: string): boolean {
  return ARTICLE_META.test(token) && !/related|popular|most|latest|recommend|rank|list/.test(token);
}

const ARTICLE_CLASS = /^(article|story|entry|post|news)[-_]?(body|content|header|head|view|detail|main|wrap|text)?$|^(article|story)[-_]/;

/** Does this element's class/id mark the article itself (its header, body or meta line)? */
export function isArticleClass(classAndId: string): boolean {
  if (classAndId.length <= 1) return false;
  for (const token of classAndId.toLowerCase().split(/\s+/)) {
    if (ARTICLE_CLASS.test(token) && !/list|related|card|teaser|item/.test(token)) return true;
  }
  return false;
}

export interface ClassInfo {
  article: boolean;
  chrome: ChromeKind;
  chromeInArticle: ChromeKind;
  /** chromeInArticle is soft only by side words: a column beside the story or its share bar (SIDE_WORDS). */
  sideColumn: boolean;
  captcha: boolean;
  pxCaptcha: boolean;
  paywall: boolean;
}

const NO_CLASS: ClassInfo = { article: false, chrome: null, chromeInArticle: null, sideColumn: false, captcha: false, pxCaptcha: false, paywall: false };

/**
 * Every word some rule here can fire on contains one of these (case-folded): a class or id string
 * without any of them says nothing, and most strings on real pages ("row", "css-1x2y3z", "btn") are
 * answered without being split into words. test/extract/class-info.test.ts holds the rules to it.
 */
const MAY_MATTER = /respons|repl|discus|disqus|caption|credit|tweet|instagram|tiktok|nav|gnb|lnb|snb|menu|masthead|breadcrumb|foot|topbar|clock|weather|ticker|today|now|relate|popular|trending|rank|sidebar|aside|recommend|widget|promo|banner|comment|latest|more|most|outbrain|taboola|newsletter|share|social|login|subscri|sns|breaking|list|feed|headlines|cards|teaser|header|date|byline|info|meta|time|author|article|story|entry|post|news|captcha|turnstile|paywall|regwall|piano-offer/iu;

/** A class or id string's words joined, before the one rule that reads words together. */
interface StringInfo {
  joined: ClassInfo;
  articleMeta: boolean;
  /** `joined` with that rule applied: the answer when the element has no other class/id string. */
  alone: ClassInfo;
}
const SAYS_NOTHING: StringInfo = { joined: NO_CLASS, articleMeta: false, alone: NO_CLASS };
const stringInfos = new Map<string, StringInfo>();
/** V8 makes no slice shorter than this: such a string does not keep the page alive. */
const SHORTEST_SHARED = 13;

/**
 * What an element's class and id say, memoised per string: a page repeats a few hundred class
 * strings. Words are separated by whitespace and the class and id never share one, so the answer
 * joins the two strings' answers (no concatenation, one lookup for most elements).
 */
export function classInfo(className: string | undefined, id: string | undefined): ClassInfo {
  if (!id) return className ? stringInfo(className).alone : NO_CLASS;
  const ofId = stringInfo(id);
  if (!className) return ofId.alone;
  const ofClass = stringInfo(className);
  if (ofClass === SAYS_NOTHING) return ofId.alone;
  if (ofId === SAYS_NOTHING) return ofClass.alone;
  return withMetaRule(joinInfo(ofClass.joined, ofId.joined), ofClass.articleMeta || ofId.articleMeta);
}

function stringInfo(text: string): StringInfo {
  let info = stringInfos.get(text);
  if (info === undefined) {
    info = MAY_MATTER.test(text) ? readWords(text) : SAYS_NOTHING;
    if (stringInfos.size > 20_000) stringInfos.clear();
    // An own copy: the class names are cut from the page, which the memo must not keep alive.
    stringInfos.set(text.length < SHORTEST_SHARED ? text : ownString(text), info);
  }
  return info;
}

function readWords(text: string): StringInfo {
  // A third of real pages' class strings are new (ids, hashed CSS classes) but their words
  // repeat, and every rule here reads one word at a time: the string's answer joins its words'
  // (test/extract/class-info.test.ts holds the rules to that).
  let joined = NO_CLASS;
  let articleMeta = false;
  for (const token of text.split(/\s+/)) {
    if (token.length === 0) continue;
    joined = joinInfo(joined, wordInfo(token));
    articleMeta ||= isArticleMetaWord(token.toLowerCase());
  }
  if (joined === NO_CLASS && !articleMeta) return SAYS_NOTHING;
  return { joined, articleMeta, alone: withMetaRule(joined, articleMeta) };
}

/** The one rule that reads two words together: a meta-line word outranks a soft one (see chromeClass). */
function withMetaRule(info: ClassInfo, articleMeta: boolean): ClassInfo {
  if (articleMeta && (info.chrome === 'soft' || info.chromeInArticle === 'soft')) {
    const chromeInArticle = info.chromeInArticle === 'soft' ? null : info.chromeInArticle;
    return { ...info, chrome: info.chrome === 'soft' ? null : info.chrome, chromeInArticle, sideColumn: false };
  }
  return info;
}

/** Class words of the widgets walls are made of (read one word at a time, like every class rule). */
export const CAPTCHA_CLASS = /\b(g-recaptcha|h-captcha|cf-turnstile)\b/;
export const PX_CAPTCHA_CLASS = /\bpx-captcha\b/;
export const PAYWALL_CLASS = /\b(paywall|regwall|piano-offer|subscription-wall|login-wall)\b/i;

/** What one class or id word says, memoised apart from the whole strings. */
function wordInfo(word: string): ClassInfo {
  let info = wordInfos.get(word);
  if (info === undefined) {
    // One word: outside the article it reads as inside, but a site header's name is chrome there.
    const chromeInArticle = chromeClass(word, true);
    info = {
      article: isArticleClass(word),
      chrome: SITE_HEADER.test(word.toLowerCase()) ? 'hard' : chromeInArticle,
      chromeInArticle,
      sideColumn: chromeInArticle === 'soft' && onlySideWords(word),
      captcha: CAPTCHA_CLASS.test(word),
      pxCaptcha: PX_CAPTCHA_CLASS.test(word),
      paywall: PAYWALL_CLASS.test(word),
    };
    // A word that says nothing shares the one empty answer (joining it is then free).
    if (!info.article && !info.chrome && !info.chromeInArticle && !info.captcha && !info.pxCaptcha && !info.paywall) info = NO_CLASS;
    if (wordInfos.size > 20_000) wordInfos.clear();
    wordInfos.set(word, info);
  }
  return info;
}
const wordInfos = new Map<string, ClassInfo>();

const CHROME_RANK = { hard: 2, soft: 1 } as const;
function strongerChrome(a: ChromeKind, b: ChromeKind): ChromeKind {
  return (b === null ? 0 : CHROME_RANK[b]) > (a === null ? 0 : CHROME_RANK[a]) ? b : a;
}

function joinInfo(a: ClassInfo, b: ClassInfo): ClassInfo {
  if (a === NO_CLASS) return b;
  const chromeInArticle = strongerChrome(a.chromeInArticle, b.chromeInArticle);
  return {
    article: a.article || b.article,
    chrome: strongerChrome(a.chrome, b.chrome),
    chromeInArticle,
    sideColumn: chromeInArticle === 'soft' && (a.chromeInArticle !== 'soft' || a.sideColumn) && (b.chromeInArticle !== 'soft' || b.sideColumn),
    captcha: a.captcha || b.captcha,
    pxCaptcha: a.pxCaptcha || b.pxCaptcha,
    paywall: a.paywall || b.paywall,
  };
}

// Telling page chrome (live clocks, weather, related and most-read lists, sidebars) from the
// article by class and id words. Dates found in chrome are never the article's date.

/** Navigation, masthead and footer words: never the article, whatever they contain. */
const HARD_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'gnb', 'lnb', 'snb', 'menu', 'masthead', 'breadcrumb', 'breadcrumbs', 'footer', 'foot',
  'topbar', 'clock', 'weather', 'ticker', 'livedate', 'currentdate',
]);
/** Lists, rails and widgets: usually other articles, but a page may wrap everything in one. */
const SOFT_WORDS = new Set([
  'today', 'now', 'related', 'relate', 'popular', 'trending', 'ranking', 'rank', 'sidebar', 'aside', 'recommend',
  'recommended', 'recommendation', 'recommendations', 'widget', 'promo', 'banner', 'comment', 'comments', 'latest',
  'more', 'mostread', 'most', 'outbrain', 'taboola', 'newsletter', 'share', 'social', 'login', 'subscribe', 'sns', 'breaking',
]);
/** List words count only when the element is not itself the article's meta line. */
const LIST_WORDS = /^(list|lists|listing|feed|headlines|cards|teaser|teasers)$/;
const ARTICLE_META = /date|byline|info|meta|time|author|article|story/;
const SITE_HEADER = /^(header|site-header|top-header|global-header|page-header|main-header|gnb-header)$/;

export type ChromeKind = 'hard' | 'soft' | null;

/** Does this element's class/id mark page chrome, and how surely? */
export function chromeClass(classAndId: string, inArticle: boolean): ChromeKind {
  if (classAndId.length <= 1) return null;
  let kind: ChromeKind = null;
  for (const token of classAndId.toLowerCase().split(/\s+/)) {
    if (token.length === 0) continue;
    if (!inArticle && SITE_HEADER.test(token)) return 'hard';
    if (ARTICLE_META.test(token) && !/related|popular|most|latest|recommend|rank|list/.test(token)) continue;
    // BEM: in "headline__footer" the block is the headline; the element name says nothing about the page.
    const block = token.split('__')[0]!;
    for (const word of block.split(/[-_]+/)) {
      if (HARD_WORDS.has(word)) return 'hard';
      if (SOFT_WORDS.has(word) || LIST_WORDS.test(word)) kind = 'soft';
    }
  }
  return kind;
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

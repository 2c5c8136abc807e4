// Telling page chrome (live clocks, weather, related and most-read lists, sidebars) from the
// article by class and id words. Dates found in chrome are never the article's date.

const CHROME_WORDS = new Set([
  'clock', 'weather', 'today', 'now', 'time-now', 'related', 'relate', 'popular', 'trending', 'ranking', 'rank',
  'sidebar', 'side', 'aside', 'footer', 'foot', 'nav', 'navbar', 'navigation', 'menu', 'gnb', 'lnb', 'snb',
  'breadcrumb', 'breadcrumbs', 'ticker', 'recommend', 'recommended', 'recommendation', 'recommendations',
  'widget', 'promo', 'banner', 'masthead', 'comment', 'comments', 'latest', 'more', 'mostread', 'most',
  'outbrain', 'taboola', 'newsletter', 'share', 'social', 'login', 'subscribe', 'sns', 'topbar', 'top-bar',
  'livedate', 'currentdate', 'current-date', 'date-now', 'header-date', 'breaking',
]);
/** List words count only when the element is not itself the article's meta line. */
const LIST_WORDS = /^(list|lists|listing|feed|headlines|cards|teaser|teasers|rail)$/;
const ARTICLE_META = /date|byline|info|meta|time|author|article|story/;
const SITE_HEADER = /^(header|site-header|top-header|global-header|page-header|main-header|gnb-header)$/;

/** Does this element's class/id mark page chrome? */
export function isChromeClass(classAndId: string, inArticle: boolean): boolean {
  if (classAndId.length <= 1) return false;
  for (const token of classAndId.toLowerCase().split(/\s+/)) {
    if (token.length === 0) continue;
    if (!inArticle && SITE_HEADER.test(token)) return true;
    if (ARTICLE_META.test(token) && !/related|popular|most|latest|recommend|rank|list/.test(token)) continue;
    for (const word of token.split(/[-_]+/)) {
      if (CHROME_WORDS.has(word) || LIST_WORDS.test(word)) return true;
    }
  }
  return false;
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

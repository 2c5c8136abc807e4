// What each opening tag contributes to the parsed page (lang, metas, canonical, headings, times,
// microdata dates, wall markers) once its frame is on the stack. Kept apart from parse.ts so the
// per-element rules read in one switch, separate from the tokenizer's plumbing.
import type { ClassInfo } from './chrome.js';
import type { ParsedPage } from './page.js';
import { hAtomKind, noteChallengeUrl } from './page-markers.js';
import type { Captures } from './parse-captures.js';
import { BESIDE_HEADLINE, EXCLUDED, IN_ARTICLE, IN_LINK, IN_OTHER_ITEM, IN_SVG, META_COLUMN, type ElementStack, type Frame } from './parse-stack.js';
import type { TextRuns } from './parse-text.js';

/** Screen-reader-only text (Korean sites call it "blind"). */
const VISUALLY_HIDDEN = /(?:^|\s)(?:hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|a11y-hidden|blind)(?:\s|$)/i;

const MICRODATA_DATE = /\bdate(?:published|created|modified)\b/;
const HATOM_DATE = /(?:^|\s)(published|updated)(?:\s|$)/;
/** Elements that show a date as their text; not containers an hAtom class may mark as a whole entry. */
const DATE_TEXT_TAGS = new Set(['span', 'div', 'p', 'small', 'em', 'strong', 'b', 'i', 'dd', 'td', 'li', 'font', 'a']);
/** jQuery timeago's class on an <abbr> whose title is the timestamp it shows as "3 hours ago". */
const TIMEAGO = /^\s*timeago\s*$/;
/** A day with its time of day, as a machine writes it: "2011-08-25T01:40:40Z", "2008-07-17 09:24:17". */
const ABBR_TIMESTAMP = /^\s*(?:19|20)\d{2}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d/;

/** A class naming a subtitle: "subtitle", "post-subtitle", "article__dek", "standfirst" (one test, no split: p and div are most elements). */
const SUBTITLE_CLASS = /(?:^|\s)(?:[\w-]*[-_])?(?:subtitle|sub-title|standfirst|dek)(?:\s|$)/i;

function isSubtitleClass(className: string): boolean {
  return SUBTITLE_CLASS.test(className);
}

/** The per-page state an element writes to, made once per page. */
export interface ElementSinks {
  page: ParsedPage;
  captures: Captures;
  text: TextRuns;
  stack: ElementStack;
}

/** Records what the element of `frame` (just pushed) carries. */
export function collectElement(frame: Frame, attribs: Record<string, string>, info: ClassInfo, sinks: ElementSinks): void {
  const { page, captures } = sinks;
  const name = frame.name;
  const flags = frame.flags;
  const excluded = (flags & EXCLUDED) !== 0;
  const itemprop = attribs.itemprop?.toLowerCase() ?? null;
  // A subtitle set in another element than an h2, read only to join it to the headline.
  if (page.subtitle === null && !excluded && (name === 'h3' || name === 'p' || name === 'div') && attribs.class && isSubtitleClass(attribs.class)) {
    captures.start('subtitle');
    page.subtitle = { text: '', excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: frame.article, order: page.segments.length, beforeText: page.articleTextChars === 0, inArticleElement: sinks.stack.semanticArticles.has(frame.article), seq: page.h1s.length + page.h2s.length };
  }
  switch (name) {
    case 'html':
      page.lang = attribs.lang?.trim() || attribs['xml:lang']?.trim() || null;
      break;
    case 'meta': {
      const content = attribs.content ?? attribs.value;
      if (content === undefined) break;
      for (const key of [attribs.name, attribs.property, attribs.itemprop, attribs['http-equiv']]) {
        // Microdata of another kind of item (a Book's datePublished inside a review) yields to the page's own.
        const otherItem = key === attribs.itemprop && (flags & IN_OTHER_ITEM) !== 0;
        if (key) page.metas.push({ key: key.trim().toLowerCase(), content: content.trim(), excluded, article: frame.article, otherItem, order: page.segments.length, h1sBefore: page.h1s.length });
      }
      break;
    }
    case 'link':
      if (/\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && !page.canonical) page.canonical = attribs.href.trim();
      break;
    case 'title':
      if (page.title === null && !(flags & IN_SVG)) captures.start('title');
      break;
    case 'h1':
      // A visually hidden h1 is the site's name for screen readers, behind its logo.
      // Nor is an h1 in a meta column the headline: the headline came before it.
      captures.startH1({ excluded: excluded || (flags & META_COLUMN) !== 0 || VISUALLY_HIDDEN.test(attribs.class ?? ''), inArticle: (flags & IN_ARTICLE) !== 0, article: frame.article, order: page.segments.length, beforeText: page.articleTextChars === 0, inArticleElement: sinks.stack.semanticArticles.has(frame.article), seq: page.h1s.length + page.h2s.length });
      break;
    case 'h2':
      // Nor is an h2 in a column beside the headline the subtitle: it titles the column ("Social Sharing").
      if (page.h2s.length < 3 && !excluded && !(flags & BESIDE_HEADLINE)) {
        captures.start('h2');
        page.h2s.push({ text: '', excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: frame.article, order: page.segments.length, beforeText: page.articleTextChars === 0, inArticleElement: sinks.stack.semanticArticles.has(frame.article), seq: page.h1s.length + page.h2s.length });
      }
      break;
    case 'script': {
      const isJsonLd = /ld\+json/i.test(attribs.type ?? '');
      if (isJsonLd) captures.start('jsonld');
      else if (attribs.src) noteChallengeUrl(attribs.src, page.walls);
      else captures.start('script');
      break;
    }
    case 'iframe':
      if (attribs.src) noteChallengeUrl(attribs.src, page.walls);
      if (/recaptcha|hcaptcha|turnstile/i.test(attribs.src ?? '')) page.walls.captchaWidgets++;
      break;
    // A sign-in box in the masthead, menu or a sidebar widget sits on every page of a site, articles
    // included: only one in the page's own content can stand in for the article.
    case 'input':
      if (!excluded && (attribs.type ?? '').toLowerCase() === 'password') page.walls.passwordInputs++;
      break;
    case 'form':
      if (!excluded && /log-?in|sign-?in|subscribe|auth|account/i.test(`${attribs.action ?? ''} ${attribs.id ?? ''} ${attribs.class ?? ''}`)) page.walls.loginForms++;
      break;
    case 'p':
      sinks.text.openParagraph();
      break;
  }
  // An <abbr> whose title is a full timestamp is a <time> of the years before it ("AP – <abbr
  // title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr>", jQuery timeago's <abbr class="timeago">):
  // only a classless one or timeago's. hCalendar's value-class <abbr class="value"> in a dtstart and
  // a box's <abbr class="date"> are events' and other items' days; hAtom's are read below, as microdata.
  const abbrTimestamp = name === 'abbr' && itemprop === null && attribs.title !== undefined && ABBR_TIMESTAMP.test(attribs.title)
    && (attribs.class === undefined || TIMEAGO.test(attribs.class)) ? attribs.title : undefined;
  // hAtom's class on the element that shows the date as text, with no machine date at all: Kinja's
  // <span class="published updated">3/09/15 8:00am</span>, old themes' <span class="entry-date">.
  const className = attribs.class;
  const classedDate = itemprop === null && className !== undefined && DATE_TEXT_TAGS.has(name) && attribs.datetime === undefined
    && (className.includes('published') || className.includes('updated') || className.includes('entry-date')) ? hAtomKind(className) : null;
  if (name === 'time' || attribs.datetime !== undefined || abbrTimestamp !== undefined || classedDate !== null) {
    const datetime = attribs.datetime ?? abbrTimestamp ?? '';
    captures.startTime({
      datetime: datetime.trim(), excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: frame.article, inLink: (flags & IN_LINK) !== 0,
      itemprop, pubdate: attribs.pubdate !== undefined, hAtom: classedDate ?? hAtomKind(className), order: page.segments.length,
      label: sinks.text.label(), metaColumn: (flags & META_COLUMN) !== 0, besideHeadline: (flags & BESIDE_HEADLINE) !== 0,
      shape: name === 'time' || attribs.datetime !== undefined ? 'time' : abbrTimestamp !== undefined ? 'abbr' : 'classed',
      linkHref: flags & IN_LINK ? frame.link?.href ?? null : null,
    });
  } else if (name !== 'meta' && (itemprop !== null || name === 'abbr')) {
    // Microdata on any element, and hAtom's <abbr class="published" title="…"> (Blogger, old
    // WordPress themes), whose machine date sits in the title attribute.
    const prop = itemprop === null ? null : MICRODATA_DATE.exec(itemprop)?.[0] ?? null;
    const hAtom = name === 'abbr' && attribs.class ? HATOM_DATE.exec(attribs.class)?.[1] ?? null : null;
    const key = prop ?? (hAtom === 'published' ? 'datepublished' : hAtom === 'updated' ? 'datemodified' : null);
    const value = attribs.content ?? attribs.datetime ?? (name === 'abbr' ? attribs.title : undefined);
    if (key && value) {
      const item = { key, content: value.trim(), excluded, article: frame.article, otherItem: (flags & IN_OTHER_ITEM) !== 0, order: page.segments.length, h1sBefore: page.h1s.length };
      page.metas.push(item);
      if (flags & META_COLUMN) sinks.stack.provisional.push(item);
    }
  }
  if (info.captcha) page.walls.captchaWidgets++;
  if (info.pxCaptcha) page.walls.challenge.push('px-captcha');
  if (info.paywall) page.walls.paywallElements++;
}

// One streaming pass of htmlparser2's tokenizer over the page: no DOM is built (a DOM costs 5-10x
// the time), we keep a stack of open elements with the context flags the rules need.
import { Parser } from 'htmlparser2';
import type { Heading, ParsedPage, TextSegment, TimeElement } from './page.js';
import { classInfo, type ClassInfo } from './chrome.js';
import { hAtomKind, noteChallengeScript, noteChallengeUrl } from './page-markers.js';

const EXCLUDED = 1;
const IN_ARTICLE = 2;
const IN_LINK = 4;
const SKIP_TEXT = 8;
const IN_SVG = 16;
/** Excluded by a tag or a navigation/footer class, which no headline inside can undo. */
const HARD_EXCLUDED = 32;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'section', 'table', 'td', 'th', 'tr', 'ul', 'a', 'button', 'select', 'option', 'body',
]);
const SKIP_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'iframe']);
/** Elements whose class never makes them chrome: they wrap the whole page or the article. */
const WRAPPER_TAGS = new Set(['html', 'body', 'main', 'article']);
const MAX_SEGMENT = 300;
const LABEL_MAX = 40;
const TEXT_CAPTURE_MAX = 2000;
const JSONLD_CAPTURE_MAX = 2_000_000;
/** ASCII, Arabic-Indic, Persian, Devanagari, Bengali and full-width digits (date-parse.ts reads them all). */
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/;
const NON_SPACE = /\S/;
/** itemprop holds a list of names: itemprop="description articleBody". */
const ARTICLE_BODY = /(?:^|\s)articleBody(?:\s|$)/i;
const MICRODATA_DATE = /\bdate(?:published|created|modified)\b/;
const HATOM_DATE = /(?:^|\s)(published|updated)(?:\s|$)/;

interface Frame {
  name: string;
  flags: number;
  /** The article container this element is in (0: none), to tell the headline's own dates from others'. */
  article: number;
  /** For <li>: set when a link opens inside, making its dates part of a list of other articles. */
  liSegments: Array<{ excluded: boolean }> | undefined;
  liHasLink: boolean | undefined;
  /** For <ul>/<ol>: what the linked items hold; two or more linked items make a list of other articles. */
  linkedItems: Array<{ excluded: boolean }> | undefined;
  linkedCount: number | undefined;
}

/** 'script' is an inline non-JSON-LD script, read only for the strings of challenge pages. */
type Capture = { kind: 'title' | 'h1' | 'h2' | 'jsonld' | 'script' | 'time'; text: string; frameDepth: number; max: number };
/**
 * Every text node is appended to each open capture: unclosed <h1>s or <time>s piling up made that
 * quadratic (120 KB of "<h1>x" took 10 s). A new h1 or time closes an open one of its kind, and
 * the number open at once is capped; a real page has two or three.
 */
const CAPTURES_MAX = 16;
/**
 * htmlparser2 keeps its open elements with Array.unshift, so each open costs the depth: 1 MB of
 * unclosed <b> took it 20 s. Real pages nest a few dozen deep; at this depth the page is broken or
 * hostile, and we stop reading it (what came before, the <head> included, is kept).
 */
const MAX_DEPTH = 512;

export function parseHtml(html: string): ParsedPage {
  const page: ParsedPage = {
    lang: null, canonical: null, title: null, metas: [], jsonLd: [], h1s: [], h2s: [], times: [], segments: [],
    articleTextChars: 0, paragraphs: 0,
    walls: { passwordInputs: 0, loginForms: 0, paywallElements: 0, captchaWidgets: 0, challenge: [] },
  };
  const stack: Frame[] = [rootFrame()];
  const captures: Capture[] = [];
  let stopped = false;
  let pendingTime: Omit<TimeElement, 'text'> | null = null;
  let pendingH1: Omit<Heading, 'text'> | null = null;
  let buffer = '';
  let bufferFlags = 0;
  let bufferArticle = 0;
  let articles = 0;
  // The text run before the current one, collapsed only when a date needs it as its label.
  let previousRaw = '';
  let previousShort: string | null = '';
  const previous = (): string => {
    if (previousShort === null) {
      const text = collapse(previousRaw);
      previousShort = text.length <= LABEL_MAX ? text : '';
    }
    return previousShort;
  };
  let paragraphText = -1; // chars of the open <p>, -1 when none is open

  const top = (): Frame => stack[stack.length - 1]!;
  // The open <li>s and <ul>/<ol>s, innermost last, kept alongside the stack: scanning the stack
  // for them on every text run was quadratic in nesting depth (unclosed lists nest thousands deep).
  const openLis: Frame[] = [];
  const openLists: Frame[] = [];
  const openLi = (): Frame | undefined => openLis[openLis.length - 1];
  const openList = (): Frame | undefined => openLists[openLists.length - 1];

  const flush = (): void => {
    if (buffer.length === 0) return;
    const raw = buffer;
    buffer = '';
    // Indentation between blocks (<dt>Published</dt>\n<dd>…) keeps the label before it.
    if (!NON_SPACE.test(raw)) return;
    // A capped buffer is a paragraph, never a byline: skip the whitespace work.
    if (raw.length >= MAX_SEGMENT * 4) { previousShort = ''; return; }
    // Text without a digit is only ever a label: collapse it when a date asks for it.
    if (!DIGIT.test(raw)) { previousRaw = raw; previousShort = null; return; }
    const text = collapse(raw);
    if (text.length <= MAX_SEGMENT) {
      const segment: TextSegment = {
        text, previous: previous(),
        excluded: (bufferFlags & EXCLUDED) !== 0, inLink: (bufferFlags & IN_LINK) !== 0,
        inArticle: (bufferFlags & IN_ARTICLE) !== 0, article: bufferArticle, order: page.segments.length,
      };
      page.segments.push(segment);
      openLi()?.liSegments?.push(segment);
    }
    previousShort = text.length <= LABEL_MAX ? text : '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stopped) return;
        if (stack.length >= MAX_DEPTH) { stopped = true; parser.pause(); return; }
        if (BLOCK_TAGS.has(name)) flush();
        const parent = top();
        let flags = parent.flags & ~SKIP_TEXT;
        if (SKIP_TEXT_TAGS.has(name) || parent.flags & SKIP_TEXT) flags |= SKIP_TEXT;
        if (name === 'svg' || name === 'math') flags |= IN_SVG;
        const info = classInfo(attribs.class, attribs.id);
        const semanticArticle = name === 'article' || (attribs.itemtype !== undefined && /Article|Posting/.test(attribs.itemtype));
        let article = parent.article;
        if (semanticArticle || name === 'main' || attribs.role === 'main' || info.article) {
          // A new container: each <article> (a teaser card or the story), or the outermost of the
          // looser ones (main, "article-body" classes), whose inner parts share it.
          if (semanticArticle || !(flags & IN_ARTICLE)) article = ++articles;
          flags |= IN_ARTICLE;
        }
        const chrome = WRAPPER_TAGS.has(name) ? null : flags & IN_ARTICLE ? info.chromeInArticle : info.chrome;
        if (name === 'nav' || name === 'aside' || ((name === 'header' || name === 'footer') && !(flags & IN_ARTICLE)) || chrome === 'hard') {
          flags |= EXCLUDED | HARD_EXCLUDED;
        } else if (chrome === 'soft') flags |= EXCLUDED;
        if ((name === 'h1' || name === 'article' || (attribs.itemprop !== undefined && ARTICLE_BODY.test(attribs.itemprop))) && (flags & EXCLUDED) && !(flags & HARD_EXCLUDED)) {
          // The headline sits inside: the list-looking wrapper ("layout-with-rail") holds the article.
          // Frames inherit EXCLUDED from their parent, so the excluded ones are the innermost run:
          // stop at the first frame without it (a full-stack walk per h1 was quadratic).
          for (let i = stack.length - 1; i >= 0 && stack[i]!.flags & EXCLUDED; i--) stack[i]!.flags &= ~EXCLUDED;
          flags &= ~EXCLUDED;
        }
        if (name === 'a') {
          flags |= IN_LINK;
          const li = openLi();
          if (li) li.liHasLink = true;
        }
        // One object shape for every frame keeps the stack's property reads monomorphic.
        const frame: Frame = { name, flags, article, liSegments: undefined, liHasLink: undefined, linkedItems: undefined, linkedCount: undefined };
        if (name === 'li') { frame.liSegments = []; frame.liHasLink = false; openLis.push(frame); }
        if (name === 'ul' || name === 'ol') { frame.linkedItems = []; frame.linkedCount = 0; openLists.push(frame); }
        stack.push(frame);
        collectElement(name, attribs, flags, info);
      },
      ontext(data) {
        if (stopped) return;
        const flags = top().flags;
        for (const capture of captures) {
          const room = capture.max - capture.text.length;
          if (room > 0) capture.text += data.length <= room ? data : data.slice(0, room);
        }
        if (flags & (SKIP_TEXT | IN_SVG)) return;
        if (buffer.length === 0) { bufferFlags = flags; bufferArticle = top().article; }
        if (buffer.length < MAX_SEGMENT * 4) buffer += data;
        if (paragraphText >= 0) paragraphText += data.length;
      },
      onclosetag(name) {
        if (stopped) return;
        if (BLOCK_TAGS.has(name)) flush();
        const frame = stack.pop();
        if (!frame) return;
        if (frame.liSegments && openLis[openLis.length - 1] === frame) openLis.pop();
        if (frame.linkedItems && openLists[openLists.length - 1] === frame) openLists.pop();
        if (frame.liHasLink && frame.liSegments) {
          const list = openList();
          if (list) {
            list.linkedCount!++;
            // A loop, not push(...): a spread of a huge item list overflows the call stack.
            for (const item of frame.liSegments) list.linkedItems!.push(item);
          }
        }
        if (frame.linkedItems && frame.linkedCount! >= 2) for (const item of frame.linkedItems) item.excluded = true;
        closeCaptures(stack.length);
        if (name === 'p' && paragraphText >= 0) {
          if (!(frame.flags & EXCLUDED) && paragraphText > 80) { page.articleTextChars += paragraphText; page.paragraphs++; }
          paragraphText = -1;
        }
        if (stack.length === 0) stack.push(rootFrame());
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function collectElement(name: string, attribs: Record<string, string>, flags: number, info: ClassInfo): void {
    const excluded = (flags & EXCLUDED) !== 0;
    const itemprop = attribs.itemprop?.toLowerCase() ?? null;
    switch (name) {
      case 'html':
        page.lang = attribs.lang?.trim() || attribs['xml:lang']?.trim() || null;
        break;
      case 'meta': {
        const content = attribs.content ?? attribs.value;
        if (content === undefined) break;
        for (const key of [attribs.name, attribs.property, attribs.itemprop, attribs['http-equiv']]) {
          if (key) page.metas.push({ key: key.trim().toLowerCase(), content: content.trim(), excluded });
        }
        break;
      }
      case 'link':
        if (/\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && !page.canonical) page.canonical = attribs.href.trim();
        break;
      case 'title':
        if (page.title === null && !(flags & IN_SVG)) startCapture('title', TEXT_CAPTURE_MAX);
        break;
      case 'h1':
        startCapture('h1', TEXT_CAPTURE_MAX);
        pendingH1 = { excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: top().article, order: page.segments.length };
        break;
      case 'h2':
        if (page.h2s.length < 3 && !excluded) {
          startCapture('h2', TEXT_CAPTURE_MAX);
          page.h2s.push({ text: '', excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: top().article, order: page.segments.length });
        }
        break;
      case 'script': {
        const isJsonLd = /ld\+json/i.test(attribs.type ?? '');
        if (isJsonLd) startCapture('jsonld', JSONLD_CAPTURE_MAX);
        else if (attribs.src) noteChallengeUrl(attribs.src, page.walls);
        else startCapture('script', TEXT_CAPTURE_MAX);
        break;
      }
      case 'iframe':
        if (attribs.src) noteChallengeUrl(attribs.src, page.walls);
        if (/recaptcha|hcaptcha|turnstile/i.test(attribs.src ?? '')) page.walls.captchaWidgets++;
        break;
      case 'input':
        if ((attribs.type ?? '').toLowerCase() === 'password') page.walls.passwordInputs++;
        break;
      case 'form':
        if (/log-?in|sign-?in|subscribe|auth|account/i.test(`${attribs.action ?? ''} ${attribs.id ?? ''} ${attribs.class ?? ''}`)) page.walls.loginForms++;
        break;
      case 'p':
        paragraphText = 0;
        break;
    }
    if (name === 'time' || attribs.datetime !== undefined) {
      const datetime = attribs.datetime ?? '';
      startCapture('time', TEXT_CAPTURE_MAX);
      pendingTime = {
        datetime: datetime.trim(), excluded, inArticle: (flags & IN_ARTICLE) !== 0, article: top().article, inLink: (flags & IN_LINK) !== 0,
        itemprop, pubdate: attribs.pubdate !== undefined, hAtom: hAtomKind(attribs.class), order: page.segments.length,
        label: buffer.length > 0 ? buffer.slice(-LABEL_MAX) : previous(),
      };
    } else if (name !== 'meta' && (itemprop !== null || name === 'abbr')) {
      // Microdata on any element, and hAtom's <abbr class="published" title="…"> (Blogger, old
      // WordPress themes), whose machine date sits in the title attribute.
      const prop = itemprop === null ? null : MICRODATA_DATE.exec(itemprop)?.[0] ?? null;
      const hAtom = name === 'abbr' && attribs.class ? HATOM_DATE.exec(attribs.class)?.[1] ?? null : null;
      const key = prop ?? (hAtom === 'published' ? 'datepublished' : hAtom === 'updated' ? 'datemodified' : null);
      const value = attribs.content ?? attribs.datetime ?? (name === 'abbr' ? attribs.title : undefined);
      if (key && value) page.metas.push({ key, content: value.trim(), excluded });
    }
    if (info.captcha) page.walls.captchaWidgets++;
    if (info.pxCaptcha) page.walls.challenge.push('px-captcha');
    if (info.paywall) page.walls.paywallElements++;
  }

  /** Opens a capture for the element just pushed, first closing an open one of the same kind. */
  function startCapture(kind: Capture['kind'], max: number): void {
    if (kind === 'h1' || kind === 'time') {
      const open = captures.findIndex((c) => c.kind === kind);
      if (open >= 0) finishCapture(captures.splice(open, 1)[0]!);
    }
    if (captures.length >= CAPTURES_MAX) return;
    captures.push({ kind, text: '', frameDepth: stack.length - 1, max });
  }

  function closeCaptures(depth: number): void {
    for (let i = captures.length - 1; i >= 0; i--) {
      const capture = captures[i]!;
      if (capture.frameDepth < depth) continue;
      captures.splice(i, 1);
      finishCapture(capture);
    }
  }

  function finishCapture(capture: Capture): void {
    if (capture.kind === 'title') page.title = capture.text;
    else if (capture.kind === 'h1' && pendingH1) { page.h1s.push({ ...pendingH1, text: collapse(capture.text) }); pendingH1 = null; }
    else if (capture.kind === 'h2') { const h2 = page.h2s[page.h2s.length - 1]; if (h2) h2.text = collapse(capture.text); }
    else if (capture.kind === 'time' && pendingTime) {
      const time: TimeElement = { ...pendingTime, text: collapse(capture.text) };
      page.times.push(time);
      openLi()?.liSegments?.push(time);
      pendingTime = null;
    }
    else if (capture.kind === 'jsonld') page.jsonLd.push(capture.text);
    else if (capture.kind === 'script') noteChallengeScript(capture.text, page.walls);
  }

  parser.end(html);
  flush();
  return page;
}

function rootFrame(): Frame {
  return { name: '#root', flags: 0, article: 0, liSegments: undefined, liHasLink: undefined, linkedItems: undefined, linkedCount: undefined };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// One streaming pass of htmlparser2's tokenizer over the page: no DOM is built (a DOM costs 5-10x
// the time), we keep a stack of open elements with the context flags the rules need. This file is
// the tokenizer's plumbing; the stack (parse-stack.ts), text runs (parse-text.ts), captures
// (parse-captures.ts) and per-element rules (parse-elements.ts) live beside it.
import type { ParsedPage } from './page.js';
import { classInfo } from './chrome.js';
import { Captures } from './parse-captures.js';
import { collectElement, type ElementSinks } from './parse-elements.js';
import { ElementStack, IN_SVG, SKIP_TEXT } from './parse-stack.js';
import { TextRuns } from './parse-text.js';
import { loadFastParser } from './parse-tokenizer.js';

const Parser = loadFastParser();

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'section', 'table', 'td', 'th', 'tr', 'ul', 'a', 'button', 'select', 'option', 'body',
]);
/** Elements that break a line where they open and close: inside a heading, a space. */
const LINE_BREAK_TAGS = new Set([
  'br', 'div', 'p', 'li', 'ul', 'ol', 'section', 'header', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'blockquote', 'figure', 'figcaption',
]);
/**
 * htmlparser2 keeps its open elements with Array.unshift, so each open costs the depth: 1 MB of
 * unclosed <b> took it 20 s. Real pages nest a few dozen deep; at this depth the page is broken or
 * hostile, and we stop reading it (what came before, the <head> included, is kept).
 */
const MAX_DEPTH = 512;

/** Reads the page's text, given whole or in pieces whose concatenation is the page. */
export function parseHtml(html: string | readonly string[]): ParsedPage {
  const page: ParsedPage = {
    lang: null, canonical: null, title: null, metas: [], jsonLd: [], h1s: [], h2s: [], subtitle: null, times: [], segments: [], storyArticle: 0,
    articleTextChars: 0, paragraphs: 0, textBlocks: 0, contentTextChars: 0, articleText: [], articleParagraphs: [], articleLinks: [], leadText: '',
    walls: { passwordInputs: 0, loginForms: 0, paywallElements: 0, captchaWidgets: 0, challenge: [] },
  };
  const stack = new ElementStack(page);
  const text = new TextRuns(page, stack);
  const captures = new Captures(page, stack);
  const sinks: ElementSinks = { page, captures, text, stack };
  let stopped = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stopped) return;
        if (stack.frames.length >= MAX_DEPTH) { stopped = true; parser.pause(); return; }
        if (BLOCK_TAGS.has(name)) text.flush();
        else text.elementBoundary();
        if (LINE_BREAK_TAGS.has(name)) captures.breakLine();
        const info = classInfo(attribs.class, attribs.id);
        const frame = stack.open(name, attribs, info);
        collectElement(frame, attribs, info, sinks);
      },
      ontext(data) {
        if (stopped) return;
        const frame = stack.top();
        const hidden = (frame.flags & (SKIP_TEXT | IN_SVG)) !== 0;
        captures.append(data, !hidden);
        if (hidden) return;
        text.append(data, frame);
      },
      onclosetag(name) {
        if (stopped) return;
        if (BLOCK_TAGS.has(name)) text.flush();
        else text.elementBoundary();
        if (LINE_BREAK_TAGS.has(name)) captures.breakLine();
        const frame = stack.close();
        if (!frame) return;
        captures.closeFrom(stack.frames.length);
        if (name === 'p') text.closeParagraph(frame);
        stack.refillRoot();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  // Text split across pieces reaches the handlers as two text events; every handler appends.
  for (const piece of typeof html === 'string' ? [html] : html) {
    parser.write(piece);
    if (stopped) break;
  }
  parser.end();
  text.flush();
  stack.settleMetaColumns();
  page.storyArticle = text.storyArticle(stack.semanticArticles);
  return page;
}

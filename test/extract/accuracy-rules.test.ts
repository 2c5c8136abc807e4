// General rules the reviewer's cases exposed: each test is a shape many sites share, not one page.
import { describe, expect, it } from 'vitest';
import { cleanDocumentTitle } from '../../src/extract/title.js';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

describe('dates near the headline', () => {
  it('does not count other stories\' dates just before the headline', () => {
    const body = '<div class="bar"><a href="/x">Other story</a> <span>March 3, 2024</span></div>'
      + `<article><h1>Main story headline here</h1><div>Nov. 20, 2024</div>${PARAGRAPHS}</article>`;
    expect(extractHtml(page('<title>Main story headline here</title>', body)).date.value).toBe('2024-11-20');
  });
  it('still counts a kicker date before the headline inside its article', () => {
    const body = `<article><div>Nov. 20, 2024</div><h1>Main</h1>${PARAGRAPHS}</article>`;
    expect(extractHtml(page('<title>Main</title>', body)).date.value).toBe('2024-11-20');
  });
});

describe('site names and section labels in <title>', () => {
  it('keeps a headline\'s own short last clause', () => {
    expect(cleanDocumentTitle('North Korean troops in Kursk – what we know', [], [])).toBe('North Korean troops in Kursk – what we know');
    expect(cleanDocumentTitle('Ukraine war - live updates', [], [])).toBe('Ukraine war - live updates');
  });
  it('drops a section label or a masthead-shaped tail', () => {
    expect(cleanDocumentTitle('Zelenskyy urges allies | Opinion', [], [])).toBe('Zelenskyy urges allies');
    expect(cleanDocumentTitle('Martial law in South Korea: explained | The Week', [], [])).toBe('Martial law in South Korea: explained');
    expect(cleanDocumentTitle('Seoul vows response | Yonhap News Agency', ['yna'], [])).toBe('Seoul vows response');
  });
  it('takes the h1 that matches the headline part, not the logo h1', () => {
    const body = `<div class="brand"><h1>Daily Planet</h1></div><div class="content"><h1>Real Headline About Things</h1>${PARAGRAPHS}</div>`;
    expect(extractHtml(page('<title>Real Headline About Things | Daily Planet</title>', body)).title.value).toBe('Real Headline About Things');
  });
});

describe('JSON-LD objects and their dates', () => {
  it('prefers the article whose headline is the page\'s over a WebPage in the same graph', () => {
    const ld = '{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","headline":"Main","datePublished":"2024-11-20T09:00:00+09:00"}]}';
    expect(extractHtml(page(`<title>Main</title><script type="application/ld+json">${ld}</script>`, `<h1>Main</h1>${PARAGRAPHS}`)).date.value).toBe('2024-11-20');
  });
  it('prefers the object matching the title over another article listed first', () => {
    const first = '[{"@type":"ItemList","itemListElement":[]},{"@type":"NewsArticle","headline":"Other","datePublished":"2019-01-01"}]';
    const own = '{"@type":"NewsArticle","headline":"Main","datePublished":"2024-11-20"}';
    const head = `<title>Main</title><script type="application/ld+json">${first}</script><script type="application/ld+json">${own}</script>`;
    expect(extractHtml(page(head, `<h1>Main</h1>${PARAGRAPHS}`)).date.value).toBe('2024-11-20');
  });
});

describe('numeric day order', () => {
  it('reads 11/05/2024 month first on an American page, in text, <time> and meta alike', () => {
    expect(extractHtml(page('<title>T</title>', `<article><h1>T</h1><div>11/05/2024</div>${PARAGRAPHS}</article>`, 'en-US')).date.value).toBe('2024-11-05');
    expect(extractHtml(page('<title>T</title>', `<article><h1>T</h1><time>11/05/2024</time>${PARAGRAPHS}</article>`, 'en-US')).date.value).toBe('2024-11-05');
    expect(extractHtml(page('<title>T</title><meta name="date" content="11/05/2024">', `<h1>T</h1>${PARAGRAPHS}`, 'en-US')).date.value).toBe('2024-11-05');
    expect(extractHtml(page('<title>T</title><meta property="og:locale" content="en_US">', `<article><h1>T</h1><div>11/05/2024</div>${PARAGRAPHS}</article>`)).date.value).toBe('2024-11-05');
  });
  it('lets an unambiguous date outvote an ambiguous one when the locale says nothing', () => {
    const body = `<article><h1>T</h1><div>03/04/2024</div><p>Filed 4 March 2024</p>${PARAGRAPHS}</article>`;
    expect(extractHtml(page('<title>T</title>', body)).date.value).toBe('2024-03-04');
  });
});

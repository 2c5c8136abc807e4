// Pages assembled at random from the pieces the title and date rules read (headings in and out of
// articles and chrome, kickers, metas, JSON-LD, <time>s, bylines, asides, comments): whatever the
// mix, extraction returns and the headline and date it chooses are among the candidates it reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';

const HEADLINES = ['Harbour authority approves the new quay', 'Neuer Terminal für Containerschiffe genehmigt', '港口管理局批准新码头建设计划',
  'News and Events', 'Live: storm over the harbour', 'Quay approved'];
const DATES = ['2024-03-12T10:15:00+01:00', '2024-03-14', '12 March 2024', '25.04.24 14:07', '2024年4月25日', 'Do 25.04.24 | 14:07 Uhr'];

const headline = fc.constantFrom(...HEADLINES);
const date = fc.constantFrom(...DATES);
const piece: fc.Arbitrary<string> = fc.oneof(
  headline.map((h) => `<h1>${h}</h1>`),
  headline.map((h) => `<h2>${h}</h2>`),
  fc.tuple(headline, headline).map(([k, h]) => `<h2><span class="kicker">${k}</span> ${h}</h2>`),
  headline.map((h) => `<nav class="breadcrumb"><ul><li><h1>${h}</h1></li></ul></nav>`),
  headline.map((h) => `<hgroup><p>Hafen</p><h2>${h}</h2></hgroup>`),
  date.map((d) => `<time datetime="${d}">${d}</time>`),
  date.map((d) => `<div class="byline">By Jane Doe | ${d}</div>`),
  date.map((d) => `<section class="comments"><div>Max M. schrieb am ${d}:</div><p>Endlich!</p></section>`),
  date.map((d) => `<aside><span>${d}</span><a href="/other">Another story about the harbour and its ferries</a></aside>`),
  fc.constant(`<p>${'The harbour authority met on Friday to discuss the new quay. '.repeat(3)}</p>`),
  fc.constant('<p></p><h2></h2><h1> </h1>'),
);
const container = fc.constantFrom(['<article>', '</article>'], ['<header>', '</header>'], ['<main>', '</main>'], ['<div class="article-body">', '</div>'], ['', '']);
/** The shape the opening-h2 rule is for: a chrome h1, then a story whose header holds an h2. */
const chromeH1Story = fc.tuple(headline, headline, fc.constantFrom('', 'Hafen ')).map(([seo, printed, kicker]) =>
  `<nav class="breadcrumb"><ul><li><h1>${seo}</h1></li></ul></nav><article><header><h2>${kicker}${printed}</h2></header><p>${'The quay was approved after a decade of debate in the harbour council. '.repeat(4)}</p></article>`);
const body: fc.Arbitrary<string> = fc.tuple(fc.option(chromeH1Story, { nil: '' }), fc.array(fc.tuple(container, fc.array(piece, { maxLength: 4 })), { maxLength: 5 }))
  .map(([story, blocks]) => story + blocks.map(([[open, close], inner]) => `${open}${inner.join('')}${close}`).join(''));
const head: fc.Arbitrary<string> = fc.array(fc.oneof(
  headline.map((h) => `<meta property="og:title" content="${h}">`),
  headline.map((h) => `<meta name="twitter:title" content="${h}">`),
  headline.map((h) => `<title>${h} | Daily Example</title>`),
  fc.tuple(headline, date).map(([h, d]) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${h}","datePublished":"${d}"}</script>`),
  fc.tuple(headline, headline).map(([a, b]) => `<script type="application/ld+json">[{"@type":"LiveBlogPosting","headline":"${a}"},{"@type":"BlogPosting","headline":"${b}"}]</script>`),
  date.map((d) => `<meta property="article:published_time" content="${d}">`),
  date.map((d) => `<meta property="article:modified_time" content="${d}">`),
), { maxLength: 6 }).map((tags) => tags.join(''));

describe('extractMetadata on pages assembled at random', () => {
  it('returns, and chooses its headline and date among the candidates it reports', () => {
    fc.assert(fc.property(head, body, fc.constantFrom('en', 'de', 'ja', 'zh'), (headTags, bodyHtml, lang) => {
      const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${headTags}</head><body>${bodyHtml}</body></html>`;
      const page = extractMetadata(Buffer.from(html), { contentType: 'text/html', url: 'https://news.example/2024/03/12/harbour', now: new Date('2026-12-01T12:00:00Z') });
      const { title, date: found } = page;
      if (title.value !== null) {
        expect(title.candidates).toContainEqual(expect.objectContaining({ value: title.value, source: title.source }));
      } else {
        expect(title.source).toBeNull();
      }
      // An h2 candidate only ever repeats a headline field's text, or the <title>'s on a page with no such field.
      const fields = title.candidates.filter((c) => c.strong && !['h1', 'h2', '<title>', 'h1+subtitle'].includes(c.source));
      for (const candidate of title.candidates.filter((c) => c.source === 'h2')) {
        const repeats = (c: { source: string; value: string }) => c !== candidate && c.source !== 'h1' && (c.source !== '<title>' || fields.length === 0) && c.value === candidate.value;
        expect(title.candidates.some(repeats)).toBe(true);
      }
      if (found.value !== null) {
        expect(found.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(found.candidates.map((c) => c.value)).toContain(found.value);
      }
    }), { numRuns: 600 });
  });
});

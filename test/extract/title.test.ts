import { describe, expect, it } from 'vitest';
import { cleanDocumentTitle, stripSiteName } from '../../src/extract/title.js';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

describe('site name removal', () => {
  it('strips a known site name at either end, whatever the separator', () => {
    expect(stripSiteName('North Korea pledges support | Al Jazeera', ['Al Jazeera']).title).toBe('North Korea pledges support');
    expect(stripSiteName('Al Jazeera — North Korea pledges support', ['Al Jazeera']).title).toBe('North Korea pledges support');
    expect(stripSiteName('Poll: two-thirds oppose weapons :: Korea JoongAng Daily', ['Korea JoongAng Daily']).title).toBe('Poll: two-thirds oppose weapons');
    expect(stripSiteName('Yoon, Trump talk · The Korea Times', ['koreatimes']).title).toBe('Yoon, Trump talk');
  });

  it('knows a longer masthead by the domain word it holds, but not a headline or non-Latin text that holds it', () => {
    expect(stripSiteName('Flut im Tal - Der Neue Bergländer Tagesbote', ['tagesbote']).title).toBe('Flut im Tal');
    expect(stripSiteName('Police close road - Riverside Valley Chronicles', ['chronicles']).title).toBe('Police close road');
    // A capitalised headline part is no masthead for a short domain word ("Times" on times.example).
    expect(stripSiteName('Crowds gather - Times Square Countdown', ['times']).title).toBe('Crowds gather - Times Square Countdown');
    expect(stripSiteName('wasm-module - RustのWebAssemblyの中でDOMを扱う MOONGIFT', ['moongift']).title).toBe('wasm-module - RustのWebAssemblyの中でDOMを扱う MOONGIFT');
  });

  it('takes a saved page\'s site name from the address it gives for itself', () => {
    const html = page(`<title>Flut im Tal – Der Neue Bergländer Tagesbote</title><meta property="og:title" content="Flut im Tal - Der Neue Bergländer Tagesbote">
      <link rel="canonical" href="https://www.tagesbote.example/2025/04/01/flut-im-tal/">`, `<article><h1>Flut im Tal</h1>${PARAGRAPHS}</article>`, 'de');
    const meta = extractHtml(html, null);
    expect(meta.title.value).toBe('Flut im Tal');
    expect(meta.title.candidates.filter((c) => c.strong).map((c) => c.value)).toEqual(['Flut im Tal', 'Flut im Tal', 'Flut im Tal']);
    // …and the date its path carries, as a fetched page's address would give.
    expect(meta.date.candidates).toContainEqual(expect.objectContaining({ value: '2025-04-01', kind: 'url' }));
  });

  it('keeps a dash inside the headline', () => {
    expect(stripSiteName('Seoul – Pyongyang talks stall - AP News', ['apnews']).title).toBe('Seoul – Pyongyang talks stall');
  });

  it('uses agreement with other candidates when the site name is unknown', () => {
    expect(cleanDocumentTitle('Troops sent to front | World | Daily Planet', [], ['troops sent to front'])).toBe('Troops sent to front');
  });

  it('falls back to dropping a short trailing segment', () => {
    expect(cleanDocumentTitle('Troops sent to the front line in Kursk | Daily Planet', [], [])).toBe('Troops sent to the front line in Kursk');
    expect(cleanDocumentTitle('No separator here', [], [])).toBe('No separator here');
  });
});

describe('title candidates and choice', () => {
  it('collects every source, removes the site name, and chooses by agreement', () => {
    const html = page(
      `<title>N. Korean troops deployed | The Korea Herald</title>
       <meta property="og:title" content="N. Korean troops deployed">
       <meta name="twitter:title" content="N. Korean troops deployed - The Korea Herald">
       <meta property="og:site_name" content="The Korea Herald">
       <meta name="citation_title" content="N. Korean troops deployed">
       <meta name="dc.title" content="Something else entirely">
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Korea Herald"},{"@type":"NewsArticle","headline":"N. Korean troops deployed &amp; ready"}]}</script>`,
      `<header><h1><a href="/">The Korea Herald</a></h1></header><article><h1>N. Korean troops deployed</h1>${PARAGRAPHS}</article>`,
    );
    const meta = extractHtml(html, 'https://www.koreaherald.com/view.php?ud=20241103050116');
    const bySource = Object.fromEntries(meta.title.candidates.filter((c) => c.strong).map((c) => [c.source, c.value]));
    expect(bySource).toEqual({
      citation_title: 'N. Korean troops deployed',
      'og:title': 'N. Korean troops deployed',
      'twitter:title': 'N. Korean troops deployed',
      'dc.title': 'Something else entirely',
      'json-ld': 'N. Korean troops deployed & ready',
      h1: 'N. Korean troops deployed',
      '<title>': 'N. Korean troops deployed',
    });
    expect(meta.title.value).toBe('N. Korean troops deployed');
    expect(meta.title.candidates).toContainEqual({ value: 'N. Korean troops deployed | The Korea Herald', source: '<title>', strong: false });
    expect(meta.siteName).toBe('The Korea Herald');
  });

  it('keeps a logo <h1> in the site header only as a weak candidate', () => {
    const meta = extractHtml(page('<title>Budget passes</title>', '<header class="site-header"><h1>Daily Planet</h1></header><main><h2>x</h2></main>'));
    expect(meta.title.candidates.find((c) => c.source === 'h1')).toEqual({ value: 'Daily Planet', source: 'h1', strong: false });
    expect(meta.title.value).toBe('Budget passes');
  });

  it('reads JSON-LD name of an Article when it has no headline, not the WebSite name', () => {
    const meta = extractHtml(page('<script type="application/ld+json">[{"@type":"WebSite","name":"Planet"},{"@type":"Article","name":"Rates held"}]</script>', ''));
    expect(meta.title.candidates.filter((c) => c.source === 'json-ld').map((c) => c.value)).toEqual(['Rates held']);
  });
});

describe('a printed headline whose kicker stands on its own line', () => {
  it('reads as the headline field that keeps the separator', () => {
    const html = page(`<title>Flut im Tal: Zwei Rücktritte und viele Fragen | Tagesbote</title><meta property="og:title" content="Flut im Tal: Zwei Rücktritte und viele Fragen">`,
      `<article><h1><span class="topline">Flut im Tal</span> <span class="headline">Zwei Rücktritte und viele Fragen</span></h1>${PARAGRAPHS}</article>`, 'de');
    const meta = extractHtml(html, null);
    expect(meta.title.value).toBe('Flut im Tal: Zwei Rücktritte und viele Fragen');
    expect(meta.title.source).toBe('og:title');
  });

  it('keeps the printed text when the field words it otherwise', () => {
    // Quotes the field drops, or other words, are no lost separator: the page prints what it prints.
    const html = page(`<meta property="og:title" content="Flut im Tal: Zwei Rücktritte und viele Fragen">`,
      `<article><h1>"Flut im Tal" Zwei Rücktritte und viele Fragen</h1>${PARAGRAPHS}</article>`, 'de');
    const meta = extractHtml(html, null);
    expect(meta.title.value).toBe('"Flut im Tal" Zwei Rücktritte und viele Fragen');
    expect(meta.title.source).toBe('h1');
  });
});

import { describe, expect, it } from 'vitest';
import { parseLenient, readJsonLd } from '../../src/extract/jsonld.js';

describe('parseLenient', () => {
  it('repairs trailing commas and raw newlines inside strings', () => {
    expect(parseLenient('{"headline": "Line one\nline two", "a": [1, 2,],}')).toEqual({ headline: 'Line one\nline two', a: [1, 2] });
  });
  it('unwraps CDATA/comment wrappers and entity-encoded quotes', () => {
    expect(parseLenient('<!--{"a":1}-->')).toEqual({ a: 1 });
    expect(parseLenient('{&quot;a&quot;:&quot;b&quot;}')).toEqual({ a: 'b' });
  });
  it('reads two objects written back to back as a list', () => {
    expect(parseLenient('{"a":1}\n{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });
  it('gives undefined for hopeless input', () => {
    expect(parseLenient('var x = {')).toBeUndefined();
  });
});

describe('readJsonLd', () => {
  it('finds headline and dates in @graph, arrays and nested mainEntity, but not in lists of other works', () => {
    const facts = readJsonLd([
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', name: 'Page', mainEntity: { '@type': ['NewsArticle'], headline: 'Main story', datePublished: '2024-11-20T16:37:00+09:00', dateModified: '2024-11-21' } },
          { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Other', datePublished: '2024-12-01' }] },
          { '@type': 'Organization', name: 'Herald' },
        ],
      }),
    ]);
    expect(facts.headlines).toEqual(['Main story']);
    expect(facts.published).toEqual(['2024-11-20T16:37:00+09:00']);
    expect(facts.modified).toEqual(['2024-11-21']);
    expect(facts.siteNames).toContain('Herald');
  });
});

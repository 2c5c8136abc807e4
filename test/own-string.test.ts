import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../src/extract/index.js';
import { ownData, ownString } from '../src/own-string.js';
import { readFetchedPage as readPage } from '../src/extract/read-fetched.js';
import type { FetchResult } from '../src/types.js';

describe('ownString / ownData: copies that keep nothing of the page alive', () => {
  it('copies every string exactly, lone surrogates and astral characters included', () => {
    const page = `<p>${'x'.repeat(1000)}</p>\ud800 lone, 😀 astral, é and a long enough tail`;
    const cut = page.slice(1000);
    expect(ownString(cut)).toBe(cut);
    expect(ownString('')).toBe('');
  });

  it('copies plain data deeply: new objects and arrays, the same values, undefined fields left out as in JSON', () => {
    const page = `<title>${'Headline of the article, long enough to be sliced'}</title>`.repeat(3);
    const headline = page.slice(7, 56);
    const data = { title: { value: headline, candidates: [{ value: headline, source: 'og:title', strong: true }] }, n: 3, none: null, gone: undefined };
    const copy = ownData(data);
    const { gone: _gone, ...defined } = data;
    expect(copy).toStrictEqual(defined);
    expect(copy).not.toBe(data);
    expect(copy.title.candidates).not.toBe(data.title.candidates);
    expect(copy.title.candidates[0]).not.toBe(data.title.candidates[0]);
    expect(Object.keys(copy)).toEqual(['title', 'n', 'none']);
  });

  it('readPage returns what the extractor read, as its own copy', () => {
    const html = `<!doctype html><html><head><title>Council approves the harbour bridge plan | Daily</title>
      <meta property="og:title" content="Council approves the harbour bridge plan">
      <meta property="article:published_time" content="2024-03-05T09:30:00+00:00"></head>
      <body><h1>Council approves the harbour bridge plan</h1><p>${'Text. '.repeat(500)}</p></body></html>`;
    const fetched = { url: 'http://a.test/x', finalUrl: 'http://a.test/x', contentType: 'text/html', headers: {}, body: Buffer.from(html) } as unknown as FetchResult;
    const now = new Date('2025-01-01T00:00:00Z');
    const { page, fault } = readPage(fetched, now);
    expect(fault).toBeNull();
    expect(page).toStrictEqual(extractMetadata(fetched.body!, { contentType: 'text/html', url: fetched.finalUrl, headers: {}, now }));
    expect(page!.title.value).toBe('Council approves the harbour bridge plan');
    expect(page!.date.value).toBe('2024-03-05');
  });
});

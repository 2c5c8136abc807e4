import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { elideBulk } from '../../src/extract/elide.js';
import { decodeForExtraction, decodeHtml } from '../../src/extract/charset.js';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

const bigScript = `<script>window.__STATE__ = ${JSON.stringify({ items: 'x'.repeat(30_000) })};</script>`;
const bigStyle = `<style>${'.a{color:red}'.repeat(3000)}</style>`;
const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Troops deployed to the front', datePublished: '2024-11-20T09:00:00+09:00', description: 'y'.repeat(20_000) })}</script>`;

describe('elideBulk', () => {
  it('cuts large script and style contents but keeps the tags, JSON-LD and the markup', () => {
    const html = page(bigStyle + jsonLd + bigScript, `<article><h1>Troops deployed to the front</h1>${PARAGRAPHS}</article>`);
    const body = Buffer.from(html);
    const cut = elideBulk(body).toString('utf8');
    expect(cut.length).toBeLessThan(body.length / 2);
    expect(cut).toContain('<style></style>');
    expect(cut).toContain('"datePublished":"2024-11-20T09:00:00+09:00"');
    expect(cut).toContain('y'.repeat(20_000));
    expect(cut).toContain('window.__STATE__'); // the head of a script stays for the bot-wall check
    expect(cut).toContain('<h1>Troops deployed to the front</h1>');
    const meta = extractHtml(html);
    expect(meta.title.value).toBe('Troops deployed to the front');
    expect(meta.date.value).toBe('2024-11-20');
  });

  it('leaves a block alone when an opener sits inside a comment', () => {
    // The commented "<script>" has no close of its own: cutting to the next "</script" would eat the headline.
    const html = `<html><head><!-- <script src="old.js"> --></head><body>${'<p>text</p>'.repeat(2000)}<h1>Headline stays</h1><script>var a = 1;</script></body></html>`;
    const cut = elideBulk(Buffer.from(html)).toString('utf8');
    expect(cut).toContain('<h1>Headline stays</h1>');
  });

  it('leaves a script alone when it writes another script tag', () => {
    const html = `<html><body><script>document.write('<script src="x.js"></scr' + 'ipt>'); ${'var b = 2; '.repeat(2000)}</script><h1>Headline</h1></body></html>`;
    const body = Buffer.from(html);
    expect(elideBulk(body).equals(body)).toBe(true);
  });

  it('is not applied to UTF-16 pages, whose "<" is two bytes', () => {
    const html = `<html><head>${bigScript}<title>제목</title></head><body></body></html>`;
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]);
    expect(decodeForExtraction(body, null).join('')).toBe(decodeHtml(body, null));
  });
});

describe('labels in their own block', () => {
  it('reads "Published" and "Updated" from <dt>s separated from their <dd>s by indentation', () => {
    const html = page('', `<article><h1>Some headline here for you</h1>${PARAGRAPHS}<dl>\n  <dt>Updated</dt>\n  <dd>2021-01-05</dd>\n  <dt>Published</dt>\n  <dd>2020-01-05</dd>\n</dl></article>`);
    const meta = extractHtml(html, null);
    expect(meta.date.value).toBe('2020-01-05');
    expect(meta.date.source).toBe('text:published');
  });
});

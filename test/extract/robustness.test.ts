// Hostile or broken bytes: a cited page must never hang or crash a run. Time bounds here are
// loose (10-50x the measured time) and backed by assertions on the work done where possible.
import { deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../src/extract/charset.js';
import { extractMetadata } from '../../src/extract/index.js';
import { parseHtml } from '../../src/extract/parse.js';
import { openPdf, streams } from '../../src/extract/pdf-objects.js';
import { isPdf } from '../../src/extract/pdf.js';
import { NOW } from './helpers.js';

const asPdf = (text: string) => extractMetadata(Buffer.from(text, 'latin1'), { contentType: 'application/pdf', url: null, now: NOW });
const timed = <T>(run: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
};

describe('PDF reader on hostile files', () => {
  it('reads an XMP packet of 800 KB of unclosed tags in linear time', () => {
    const { ms } = timed(() => asPdf('%PDF-1.4\n<x:xmpmeta ' + '<dc:title>'.repeat(80_000)));
    expect(ms).toBeLessThan(1000); // was 10 s
  });

  it('still reads a normal XMP title, language and dates', () => {
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreateDate="2024-03-05T10:00:00+09:00">'
      + '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Troops &amp; treaties</rdf:li></rdf:Alt></dc:title>'
      + '<dc:language><rdf:Bag><rdf:li>ko</rdf:li></rdf:Bag></dc:language></rdf:Description></rdf:RDF></x:xmpmeta>';
    const meta = asPdf(`%PDF-1.4\n1 0 obj << /Type /Metadata /Length ${xmp.length} >> stream\n${xmp}\nendstream endobj\n%%EOF`);
    expect(meta.title.value).toBe('Troops & treaties');
    expect(meta.language).toBe('ko');
    expect(meta.date.value).toBe('2024-03-05');
  });

  it('skips a compression bomb instead of inflating it', () => {
    const bomb = deflateSync(Buffer.alloc(20_000_000, 0x20)).toString('latin1');
    const text = `%PDF-1.5\n2 0 obj\n<< /Filter /FlateDecode /Type /ObjStm /N 1 /First 4 >>\nstream\n${bomb}\nendstream\nendobj\ntrailer << /Info 3 0 R >>`;
    expect([...streams(openPdf(Buffer.from(text, 'latin1')).text, () => true)]).toHaveLength(0);
    expect(asPdf(text).title.value).toBeNull();
  });

  it('stops after a bounded number of streams', () => {
    const text = '%PDF-1.5\n' + '1 0 obj << /Type /ObjStm >> stream\nabc\nendstream endobj\n'.repeat(1000);
    expect([...streams(text, () => true)].length).toBeLessThanOrEqual(256);
  });
});

describe('HTML parser on unclosed elements', () => {
  it('parses 200 KB of unclosed <h1>s without quadratic work', () => {
    const html = '<html><head><title>Kept</title></head><body>' + '<h1>x '.repeat(40_000) + '</body></html>';
    const { result, ms } = timed(() => parseHtml(html));
    expect(result.title).toBe('Kept');
    expect(result.h1s.length).toBeLessThanOrEqual(512); // stops at the depth cap
    expect(ms).toBeLessThan(1000); // was > 10 s
  });

  it('closes an open <time> when the next one opens', () => {
    const page = parseHtml('<body><time datetime="2024-01-01">one <time datetime="2024-01-02">two</time></body>');
    expect(page.times.map((t) => [t.datetime, t.text])).toEqual([['2024-01-01', 'one'], ['2024-01-02', 'two']]);
  });

  it('parses 1 MB of repeated deep unclosed runs in bounded time', () => {
    const html = '<body>' + `<div>${'<b>x'.repeat(500)}</div>`.repeat(500) + '</body>';
    expect(timed(() => parseHtml(html)).ms).toBeLessThan(3000);
  });

  it('keeps inline scripts out of the JSON-LD list', () => {
    const page = parseHtml('<head><script>var _cf_chl_opt = {};</script><script type="application/ld+json">{"a":1}</script></head>');
    expect(page.jsonLd).toEqual(['{"a":1}']);
    expect(page.walls.challenge).toEqual(['cloudflare']);
  });
});

describe('charset prescan', () => {
  const euc = (text: string) => iconv.encode(text, 'euc-kr');
  it('ignores a <meta charset> inside a comment', () => {
    const body = Buffer.concat([Buffer.from('<html><head><!-- <meta charset="iso-8859-5"> --><meta charset="euc-kr"><title>'), euc('서울'), Buffer.from('</title></head></html>')]);
    expect(sniffEncoding(body, 'text/html')).toBe('euc-kr');
  });
  it('ignores a <meta charset> written by a script', () => {
    const body = Buffer.from('<html><head><script>document.write(\'<meta charset="windows-1251">\');</script><meta charset="euc-kr"></head></html>');
    expect(sniffEncoding(body, 'text/html')).toBe('euc-kr');
  });
  it('scans a head of unclosed "<meta" quickly', () => {
    const body = Buffer.from('<html><head>' + '<meta '.repeat(10_000));
    expect(timed(() => sniffEncoding(body, 'text/html')).ms).toBeLessThan(500);
  });
});

describe('PDF or HTML', () => {
  it('does not take an HTML page that mentions %PDF- for a PDF', () => {
    const html = Buffer.from('<html><head><title>How PDF files begin: the %PDF-1.7 header</title></head><body><h1>How PDF files begin</h1></body></html>');
    expect(isPdf(html)).toBe(false);
    expect(extractMetadata(html, { contentType: null, url: null, now: NOW }).title.value).not.toBeNull();
  });
  it('accepts a PDF header after a BOM or whitespace', () => {
    expect(isPdf(Buffer.from('\ufeff%PDF-1.7\n'))).toBe(true);
    expect(isPdf(Buffer.from('\r\n %PDF-1.4\n'))).toBe(true);
  });
  it('lets an explicit text/html content type win', () => {
    const html = Buffer.from('%PDF-1.4 <html><head><title>Odd page</title></head></html>');
    expect(extractMetadata(html, { contentType: 'text/html', url: null, now: NOW }).title.value).toBe('Odd page');
  });
});

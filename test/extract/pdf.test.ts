import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractMetadata, parsePdfDate } from '../../src/extract/index.js';
import { readLiteral } from '../../src/extract/pdf-objects.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const extract = (pdf: Buffer, contentType = 'application/pdf') => extractMetadata(pdf, { contentType, url: 'https://example.org/report.pdf', now: NOW });

/** A minimal PDF written by hand: catalog, pages, an info dictionary and a trailer pointing at it. */
function classicPdf(infoBody: string, extra = ''): Buffer {
  return Buffer.from(
    ['%PDF-1.4', '%\xe2\xe3\xcf\xd3',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj',
      `5 0 obj\n<< ${infoBody} >>\nendobj`, extra,
      'xref', '0 1', '0000000000 65535 f ',
      'trailer << /Size 6 /Root 1 0 R /Info 5 0 R >>', 'startxref', '0', '%%EOF'].join('\n'),
    'latin1',
  );
}

describe('PDF document information', () => {
  it('reads /Title with escapes and /CreationDate as the day written', () => {
    const meta = extract(classicPdf("/Title (DPRK\\(Russia\\) Treaty \\\\ text\\222s) /CreationDate (D:20220630142501+09'00') /ModDate (D:20220701)"));
    expect(meta.title).toMatchObject({ value: 'DPRK(Russia) Treaty \\ text\x92s', source: 'pdf:info' });
    expect(meta.date).toMatchObject({ value: '2022-06-30', datetime: '2022-06-30T14:25:01+09:00', kind: 'published', source: 'pdf:info:CreationDate' });
    expect(meta.date.candidates).toContainEqual(expect.objectContaining({ value: '2022-07-01', datetime: null, source: 'pdf:info:ModDate', kind: 'modified' }));
    expect(meta.signals).toEqual({ notFound: false, botWall: false, loginWall: false, consentWall: false });
  });

  it('decodes a UTF-16BE hex title with its byte-order mark', () => {
    const hex = 'FEFF' + Buffer.from('북한 보고서', 'utf16le').swap16().toString('hex').toUpperCase();
    expect(extract(classicPdf(`/Title <${hex}>`)).title.value).toBe('북한 보고서');
  });

  it('finds the info dictionary inside a compressed object stream (PDF 1.5)', () => {
    const objects = '<< /Title (Compressed title) /CreationDate (D:20240115) >>';
    const header = '7 0 ';
    const stream = deflateSync(Buffer.from(header + objects, 'latin1'));
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.5\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'),
      Buffer.from(`8 0 obj << /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream\nendobj\n9 0 obj << /Type /XRef /Root 1 0 R /Info 7 0 R /Size 10 >>\nstream\n\nendstream\nendobj\nstartxref\n0\n%%EOF', 'latin1'),
    ]);
    const meta = extract(pdf, 'application/octet-stream');
    expect(meta.title.value).toBe('Compressed title');
    expect(meta.date.value).toBe('2024-01-15');
  });

  it('reads XMP dc:title and prism:publicationDate, preferring them', () => {
    const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about="" xmp:CreateDate="2022-06-29T10:00:00+09:00"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">조약 전문 &amp; 해설</rdf:li></rdf:Alt></dc:title>
      <prism:publicationDate>2022-06-30</prism:publicationDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    const xmpBytes = Buffer.from(xmp, 'utf8').toString('latin1');
    const meta = extract(classicPdf('/Title (Microsoft Word - treaty.docx) /CreationDate (D:20220629)', `6 0 obj << /Type /Metadata /Subtype /XML >>\nstream\n${xmpBytes}\nendstream\nendobj`));
    expect(meta.title.value).toBe('조약 전문 & 해설');
    expect(meta.title.candidates).toContainEqual({ value: 'Microsoft Word - treaty.docx', source: 'pdf:info', strong: false });
    expect(meta.date).toMatchObject({ value: '2022-06-30', source: 'pdf:xmp:publicationDate' });
  });

  it('gives nulls for a PDF with neither title nor date', () => {
    const meta = extract(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF', 'latin1'));
    expect(meta.title.value).toBeNull();
    expect(meta.date.value).toBeNull();
  });

  it('parses PDF dates of every precision', () => {
    expect(parsePdfDate('D:2022')?.value).toBe('2022');
    expect(parsePdfDate('D:202206')?.value).toBe('2022-06');
    expect(parsePdfDate("D:20220630235959Z")?.datetime).toBe('2022-06-30T23:59:59Z');
    expect(parsePdfDate("D:20220630235959-05'00'")?.value).toBe('2022-06-30');
    expect(parsePdfDate('garbage')).toBeNull();
  });

  it('reads literal strings with nested parentheses, octal escapes and line continuations', () => {
    expect(readLiteral('(a (nested) b\\101\\\nc)')).toBe('a (nested) bAc');
  });
});

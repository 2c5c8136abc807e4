import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeHtml, sniffEncoding } from '../../src/extract/charset.js';

const korean = '북한군 파병';

describe('decodeHtml', () => {
  it('uses the HTTP header charset (EUC-KR page)', () => {
    const body = iconv.encode(`<html><head><title>${korean}</title></head></html>`, 'euc-kr');
    expect(decodeHtml(body, 'text/html; charset=EUC-KR')).toContain(korean);
  });

  it('decodes EUC-KR as browsers do (windows-949: 똠, 뷁) and Big5 with the HKSCS characters', () => {
    const uhc = '똠방각하 뷁 논란';
    const body = iconv.encode(`<html><head><meta charset="euc-kr"><title>${uhc}</title></head></html>`, 'cp949');
    expect(decodeHtml(body, 'text/html')).toContain(uhc);
    expect(decodeHtml(iconv.encode(`<title>${uhc}</title>`, 'cp949'), 'text/html; charset=x-windows-949')).toContain(uhc);
    const cantonese = '佢哋嘅啲嘢';
    expect(decodeHtml(iconv.encode(`<html><head><meta charset="big5"><title>${cantonese}</title></head></html>`, 'big5hkscs'), 'text/html')).toContain(cantonese);
  });

  it('finds <meta charset> past the first 1,024 bytes of a large head', () => {
    const filler = `<meta name="x" content="${'a'.repeat(3000)}">`;
    const body = iconv.encode(`<html><head>${filler}<meta charset="windows-1251"><title>Новости</title></head></html>`, 'windows-1251');
    expect(sniffEncoding(body, 'text/html')).toBe('windows-1251');
    expect(decodeHtml(body, 'text/html')).toContain('Новости');
  });

  it('reads the http-equiv Content-Type form (Shift_JIS)', () => {
    const body = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>北朝鮮</title></head></html>', 'shift_jis');
    expect(decodeHtml(body, null)).toContain('北朝鮮');
  });

  it('lets a byte-order mark win over the header, and strips it', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<title>${korean}</title>`)]);
    const text = decodeHtml(body, 'text/html; charset=iso-8859-1');
    expect(text.startsWith('<title>')).toBe(true);
    expect(text).toContain(korean);
  });

  it('lets the header win over a conflicting meta (WHATWG order)', () => {
    const body = iconv.encode('<meta charset="utf-8"><p>Ça coûte</p>', 'windows-1252');
    expect(decodeHtml(body, 'text/html; charset=windows-1252')).toContain('Ça coûte');
  });

  it('keeps a UTF-8 page that a stale latin1 header mislabels, when the page says UTF-8', () => {
    const body = Buffer.from('<meta charset="utf-8"><p>Ça coûte</p>', 'utf8');
    expect(decodeHtml(body, 'text/html; charset=ISO-8859-1')).toContain('Ça coûte');
  });

  it('defaults to UTF-8 for valid UTF-8 and to windows-1252 otherwise', () => {
    expect(decodeHtml(Buffer.from('<p>café</p>', 'utf8'), null)).toContain('café');
    expect(decodeHtml(iconv.encode('<p>café “quoted”</p>', 'windows-1252'), 'text/html')).toContain('café “quoted”');
  });

  it('ignores an unknown label', () => {
    expect(sniffEncoding(Buffer.from('<p>x</p>'), 'text/html; charset=klingon')).toBe('utf-8');
  });
});

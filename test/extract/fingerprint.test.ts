// The article-text fingerprint computed in the single parse pass (--state's `drift`).
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';

const read = (html: string) => extractMetadata(Buffer.from(html), { contentType: 'text/html; charset=utf-8', url: 'https://example.org/a' }).fingerprint;
const page = (body: string, nav = 'Home News Sport') =>
  `<html><head><title>Talks go on</title></head><body><nav><p>${nav}</p></nav><article><h1>Talks go on</h1>${body}</article></body></html>`;

describe('fingerprint', () => {
  it('is the same for the same words however they are marked up, spaced or cased', () => {
    const a = read(page('<p>Seoul said on Thursday that the talks would go on.</p><p>Next round in January.</p>'));
    const b = read(page('<p>Seoul said on <b>Thursday</b>  that the talks\n would go on.</p>\n<p>NEXT round in January.</p>'));
    expect(a).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(b).toBe(a);
  });

  it('changes when the article is rewritten, not when the menu changes', () => {
    const a = read(page('<p>Seoul said on Thursday that the talks would go on.</p>'));
    expect(read(page('<p>Seoul said on Thursday that the talks would end.</p>'))).not.toBe(a);
    expect(read(page('<p>Seoul said on Thursday that the talks would go on.</p>', 'Home World Opinion'))).toBe(a);
  });

  it('is null for a page without paragraph text', () => {
    expect(read('<html><head><title>Index</title></head><body><h1>Index</h1></body></html>')).toBeNull();
  });
});

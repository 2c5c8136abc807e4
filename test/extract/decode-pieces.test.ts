// The extractor reads a page's text in pieces (charset.ts) for speed: the pieces must decode and
// parse exactly as the whole text does, malformed bytes and cut script heads included.
import { describe, expect, it } from 'vitest';
import { decodeForExtraction } from '../../src/extract/charset.js';
import { elideBulk } from '../../src/extract/elide.js';
import { parseHtml } from '../../src/extract/parse.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** Lone continuation, truncated 3- and 4-byte sequences, an encoded surrogate, overlong, out of range. */
const MALFORMED = Buffer.from([0x80, 0x41, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x3c, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0x2e]);

function bigPage(): Buffer {
  const korean = '북한이 러시아에 병력을 보냈다는 보도가 나왔다. '.repeat(400);
  // A script whose kept head (2,048 bytes) ends inside a three-byte character.
  const script = `<script>var s = "${'가'.repeat(9000)}";</script>`;
  return Buffer.concat([
    utf8(`<html><head><title>제목 &amp; 부제</title>${script}</head><body><h1 class="headline">큰 제목</h1><p>`),
    utf8(korean), MALFORMED, utf8(korean), MALFORMED,
    utf8(`</p><time datetime="2024-11-21">2024년 11월 21일</time><style>${'.a{color:red}'.repeat(2000)}</style><p>끝</p></body></html>`),
  ]);
}

describe('decodeForExtraction in pieces', () => {
  it('gives several pieces whose concatenation is the whole elided page decoded at once', () => {
    const body = bigPage();
    // Declared: the malformed bytes would make the sniffer fall back to windows-1252.
    const pieces = decodeForExtraction(body, 'text/html; charset=utf-8');
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(new TextDecoder('utf-8').decode(elideBulk(body)));
    expect(pieces.join('')).toContain('\ufffd');
  });

  it('drops a BOM the way TextDecoder does, after the one the sniffer removed', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bigPage()]);
    expect(decodeForExtraction(body, 'text/html; charset=utf-8').join('')).toBe(new TextDecoder('utf-8').decode(elideBulk(body.subarray(3))));
  });

  it('decodes a page without any ASCII byte for a long stretch', () => {
    const body = Buffer.concat([utf8('<p>'), utf8('가'.repeat(30000)), utf8('</p>')]);
    const pieces = decodeForExtraction(body, 'text/html; charset=utf-8');
    expect(pieces.join('')).toBe(body.toString('utf8'));
  });
});

describe('parseHtml in pieces', () => {
  it('reads the same page whatever the split point, inside tags, attributes, entities or text', () => {
    const html = '<html lang="ko"><head><title>A &amp; B &mdash; C</title><meta property="og:title" content="Tom &amp; Jerry"><script type="application/ld+json">{"headline":"H &amp; I"}</script></head>'
      + '<body><nav><a href="/x">Home</a> 2024-01-02</nav><article><h1 class="entry-title">The head&shy;line</h1><p>Published <time datetime="2024-11-21T09:00:00Z">Nov 21, 2024</time></p>'
      + `<p>${'Some article text that is long enough to count. '.repeat(3)}</p><ul><li><a href="/a">Other 2023-05-06</a></li><li><a href="/b">More 2023-05-07</a></li></ul></article></body></html>`;
    // The article text is kept as the parser's text runs: where a split falls changes the runs,
    // never their concatenation (which the fingerprint reads).
    const joined = (page: ReturnType<typeof parseHtml>) => ({ ...page, articleText: page.articleText.join('') });
    const whole = joined(parseHtml(html));
    expect(whole.h1s[0]?.text).toBe('The head\u00adline');
    for (let at = 1; at < html.length; at++) {
      expect(joined(parseHtml([html.slice(0, at), html.slice(at)])), `split at ${at}`).toEqual(whole);
    }
  });
});

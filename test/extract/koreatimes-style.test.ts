import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';

const now = new Date('2026-11-29T12:00:00Z');
const extract = (html: string, url: string | null = null, contentType = 'text/html; charset=utf-8') =>
  extractMetadata(Buffer.from(html, 'utf8'), { contentType, url, now });

describe('a Korea Times style page', () => {
  const html = `<!doctype html><html lang="en"><head>
    <title>Yoon calls for countermeasures against N. Korea - The Korea Times</title>
    <meta property="og:title" content="Yoon calls for countermeasures against N. Korea">
    <meta property="og:site_name" content="The Korea Times">
    </head><body>
    <div class="header"><div class="top-date">Sun, November 29, 2026 | 21:00</div>
      <nav><a href="/">Home</a></nav></div>
    <div class="container">
      <h1 class="article-title">Yoon calls for countermeasures against N. Korea</h1>
      <div class="byline">By Lee Hyo-jin<br>Posted : 2024-11-20 16:37 / Updated : 2024-11-21 09:10</div>
      <p>President Yoon Suk Yeol on Wednesday called for thorough countermeasures against the illegal military cooperation ...</p>
      <div class="related-news"><ul>
        <li><a href="/a">Other story</a> <span>2024-11-25</span></li>
        <li><a href="/b">Another story</a> <span>2024-11-26</span></li>
      </ul></div>
    </div></body></html>`;

  it('takes the Posted date, not the live clock, the update or the related list', () => {
    const meta = extract(html, 'https://www.koreatimes.co.kr/www/nation/2024/11/113_386709.html');
    expect(meta.title.value).toBe('Yoon calls for countermeasures against N. Korea');
    expect(meta.date.value).toBe('2024-11-20');
    expect(meta.date.kind).toBe('visible-text');
    expect(meta.date.datetime).toBe('2024-11-20T16:37:00');
    expect(meta.date.candidates.map((c) => c.value)).not.toContain('2026-11-29');
    expect(meta.date.candidates.map((c) => c.value)).not.toContain('2024-11-25');
    expect(meta.signals).toEqual({ notFound: false, botWall: false, loginWall: false, consentWall: false });
  });
});

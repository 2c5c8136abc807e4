import { describe, expect, it } from 'vitest';
import { article, check, read } from './helpers.js';

const headline = 'Harbour authority approves the new quay after a decade of debate';

describe('the page\'s own date over dates of other things', () => {
  it('metadata outweighs a long list of other stories with a time each', () => {
    const list = Array.from({ length: 12 }, (_, i) => `<div><time datetime="2022-08-10T1${i % 10}:00:00+09:00">2022.08.10 1${i % 10}:00</time><span>${i * 1000 + 6762}</span></div>`).join('');
    const html = article({
      head: `<meta property="og:title" content="${headline}"><meta property="article:published_time" content="2019-04-19T20:00:00+09:00">`,
      // The story, then (further down than any byline) a rail of other stories.
      body: `<h1>${headline}</h1><time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>
        ${Array.from({ length: 14 }, (_, i) => `<p>Berth ${i + 1} will be ${300 + i} metres long.</p>`).join('')}<div class="box">${list}</div>`,
    });
    expect(read(html).date.value).toBe('2019-04-19');
    expect(check(html, { title: headline, date: '2019-04-19' }).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2019-03-05' }).verdict).toBe('date-mismatch');
  });

  it('a day the body mentions several times is one voice against the metadata', () => {
    const html = article({
      head: `<meta property="og:title" content="${headline}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"2026-05-13T15:44:00"}</script>`,
      body: `<h1>${headline}</h1><p>Am 7. Mai 2026 tagte der Rat.</p><p>Am 7. Mai 2026 kam die Antwort.</p><p>Bis zum 7. Mai 2026 lief die Frist.</p>`,
    });
    expect(read(html).date.value).toBe('2026-05-13');
  });
});

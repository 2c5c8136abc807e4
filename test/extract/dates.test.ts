import { describe, expect, it } from 'vitest';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

const article = (head: string, byline = '', extra = '') =>
  page(head, `<article><h1>Troops deployed to the front</h1>${byline}${PARAGRAPHS}</article>${extra}`);

describe('date choice', () => {
  it('keeps an offset timestamp on its own calendar day', () => {
    const meta = extractHtml(article('<meta property="article:published_time" content="2024-11-20T08:37:00+09:00">'));
    expect(meta.date).toMatchObject({ value: '2024-11-20', datetime: '2024-11-20T08:37:00+09:00', source: 'article:published_time', kind: 'published' });
  });

  it('moves a UTC timestamp into the offset the page states elsewhere', () => {
    const meta = extractHtml(article(`<meta property="article:published_time" content="2024-11-19T23:37:00Z">
      <meta property="article:modified_time" content="2024-11-21T10:00:00+09:00">`));
    expect(meta.date.value).toBe('2024-11-20');
  });

  it('prefers the labelled local byline day over a UTC day one off (Seoul morning)', () => {
    const meta = extractHtml(article('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-19T23:37:00Z"}</script>',
      '<div class="byline">Published : Nov. 20, 2024 - 08:37</div>'));
    expect(meta.date.value).toBe('2024-11-20');
  });

  it('keeps a UTC timestamp on its UTC day when nothing says otherwise', () => {
    const meta = extractHtml(article('<meta property="article:published_time" content="2024-11-01T23:17:03Z">'));
    expect(meta.date.value).toBe('2024-11-01');
  });

  it('prefers the publication date to the modified date, and uses modified only when alone (saying so)', () => {
    const both = extractHtml(article(`<meta property="article:modified_time" content="2024-11-25T10:00:00+09:00">
      <meta property="article:published_time" content="2024-11-20T10:00:00+09:00">`));
    expect(both.date).toMatchObject({ value: '2024-11-20', kind: 'published' });
    const modifiedOnly = extractHtml(article('<meta property="article:modified_time" content="2024-11-25T10:00:00+09:00">'));
    expect(modifiedOnly.date).toMatchObject({ value: '2024-11-25', kind: 'modified' });
  });

  it('ignores a live clock in the header and a date in the future of the fetch', () => {
    const html = page('', `<div id="top"><span class="clock">Sun, November 29, 2026 | 21:00</span></div>
      <header><p>Fri, August 19, 2022 | 16:40</p></header>
      <article><h1>Troops deployed</h1><p class="info">Posted : 2017-12-08 14:43 / Updated : 2017-12-10 17:28</p>
      <p>The summit will be held on 12 March 2027 in Seoul.</p>${PARAGRAPHS}</article>`);
    const meta = extractHtml(html);
    expect(meta.date).toMatchObject({ value: '2017-12-08', source: 'text:published', kind: 'visible-text', datetime: '2017-12-08T14:43:00' });
    const values = meta.date.candidates.map((c) => c.value);
    expect(values).not.toContain('2022-08-19');
    expect(values).not.toContain('2027-03-12');
    expect(meta.date.candidates).toContainEqual(expect.objectContaining({ value: '2017-12-10', datetime: '2017-12-10T17:28:00', source: 'text:updated', kind: 'modified' }));
  });

  it('does not let an unlabelled clock showing the fetch day outvote the article', () => {
    const html = page('', `<div class="gnb-wrap">x</div><div class="topline">November 29, 2026 20:59</div>
      <article><h1>Troops deployed</h1><div>Published: 04 Nov. 2024, 17:09</div>${PARAGRAPHS}</article>`);
    expect(extractHtml(html).date.value).toBe('2024-11-04');
  });

  it('ignores dates in lists of other articles and in sidebars', () => {
    const html = page('', `<article><h1>Troops deployed</h1>${PARAGRAPHS}</article>
      <ul><li><a href="/1">Story one</a> 2024-11-25</li><li><a href="/2">Story two</a> 2024-11-26</li></ul>
      <aside><time datetime="2024-11-27">Nov 27</time></aside>
      <div class="most-read"><span>2024-11-28</span></div>`);
    const meta = extractHtml(html, 'https://news.example.com/a');
    expect(meta.date.value).toBeNull();
    expect(meta.date.candidates).toEqual([]);
  });

  it('takes a <time datetime> in the article header, labelled Updated ones as modified', () => {
    const html = page('', `<article><header><h1>Troops deployed</h1>
      <time datetime="2024-11-06T09:44:00+09:00">Nov. 6</time> Updated <time datetime="2024-11-07T10:00:00+09:00">Nov. 7</time></header>${PARAGRAPHS}</article>`);
    const meta = extractHtml(html);
    expect(meta.date).toMatchObject({ value: '2024-11-06', source: 'time', kind: 'published' });
    expect(meta.date.candidates).toContainEqual(expect.objectContaining({ value: '2024-11-07', datetime: '2024-11-07T10:00:00+09:00', source: 'time', kind: 'modified' }));
  });

  it('reads KCNA Watch day-first dates and Korean bylines', () => {
    expect(extractHtml(article('', '<div class="article-meta">Date: 20/06/2024 | Source: KCNA.kp (En)</div>')).date.value).toBe('2024-06-20');
    expect(extractHtml(page('', `<div class="article-head"><h1>북한군 파병</h1><span class="date">기사입력 2024.11.20 16:37</span> <span>수정 2024.11.21 09:00</span></div>${PARAGRAPHS}`, 'ko')).date).toMatchObject({ value: '2024-11-20', kind: 'visible-text' });
  });

  it('uses a URL day only when the page says nothing, and never a year/month path', () => {
    expect(extractHtml(article(''), 'https://www.aljazeera.com/news/2024/11/1/north-korea-pledges').date).toMatchObject({ value: '2024-11-01', kind: 'url' });
    expect(extractHtml(article(''), 'https://www.koreaherald.com/view.php?ud=20241103050116').date.value).toBe('2024-11-03');
    expect(extractHtml(article(''), 'https://koreajoongangdaily.joins.com/news/2024-11-28/national/x/2188738').date.value).toBe('2024-11-28');
    expect(extractHtml(article(''), 'https://www.koreatimes.co.kr/www/nation/2023/03/113_386709.html').date.value).toBeNull();
    const withPage = extractHtml(article('<meta name="citation_publication_date" content="2016/05/02">'), 'https://www.koreatimes.co.kr/www/nation/2023/03/13/x.html');
    expect(withPage.date).toMatchObject({ value: '2016-05-02', source: 'citation_publication_date' });
  });

  it('keeps a bare year as YYYY', () => {
    expect(extractHtml(article('<meta name="dc.date" content="2022">')).date.value).toBe('2022');
  });

  it('discounts a metadata timestamp stamped at fetch time when the page states an earlier day', () => {
    const html = article('<meta property="article:published_time" content="2026-11-29T11:58:00Z">', '<p class="byline">Posted : 2024-11-20 16:37</p>');
    expect(extractHtml(html).date.value).toBe('2024-11-20');
  });
});

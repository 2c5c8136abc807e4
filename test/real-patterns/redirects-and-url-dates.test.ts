import { describe, expect, it } from 'vitest';
import { decideVerdict, isLandingPageFor } from '../../src/verify/index.js';
import { fetched, reference } from '../helpers/page.js';
import { article, check, read } from './helpers.js';

const options = { titleThreshold: 0.85, dateTolerance: 1 };
const cited = 'Harbour authority approves the new quay after a decade of debate';
const recorded = 'https://news.example/pages/article.asp?newsIdx=386905';

function redirectedTo(finalUrl: string, html: string) {
  const page = read(html, 'text/html', finalUrl);
  const hops = [{ status: 302, url: recorded, location: finalUrl }];
  return decideVerdict(reference({ title: cited, date: '2025-03-14', url: recorded }), fetched({ url: recorded, finalUrl, redirects: hops }), page, options);
}

describe('a redirect from an article to a section index is a soft 404', () => {
  const sectionPage = article({ title: 'World News | Daily Example', head: '<meta property="og:title" content="World News">', body: '<h1>World</h1>' });

  it.each(['https://news.example/news/', 'https://news.example/world/', 'https://news.example/world/asia-pacific'])('%s', (finalUrl) => {
    const result = redirectedTo(finalUrl, sectionPage);
    expect(result.verdict).toBe('soft-404');
    expect(result.reason).toContain(finalUrl);
  });

  it('nor is a home page that lists the story as its lead teaser the story', () => {
    const home = `<!doctype html><html lang="en"><head><title>Daily Example – Breaking News</title><meta property="og:title" content="Daily Example – Breaking News"></head>
      <body><main><article class="featured"><h1><a href="/news/2025/3/14/harbour-quay">${cited}</a></h1><time datetime="2025-03-14T09:00:00Z">14 March 2025</time>
      <p>${'The harbour authority approved the quay on Friday after a decade of hearings. '.repeat(3)}</p></article>
      <article class="card"><h2><a href="/news/other">Ferries resume after the storm</a></h2></article></main></body></html>`;
    const result = redirectedTo('https://news.example/', home);
    expect(result.verdict).toBe('soft-404');
    expect(result.reason).toContain('only lists the story');
    // A page whose own headline fields carry the citation is the story, wherever it lives.
    const story = article({ head: `<meta property="og:title" content="${cited}">`, body: `<h1>${cited}</h1>` });
    expect(redirectedTo('https://news.example/', story).verdict).toBe('verified');
  });

  it('nor a home page whose lead teaser is a linked h2, and no site name confirms it', () => {
    const home = `<!doctype html><html lang="en"><head><title>Wire News</title><meta property="og:site_name" content="Wire News"><meta property="og:title" content="Wire News"></head>
      <body><main><h2><a href="/news/2025/3/14/harbour-quay">${cited}</a></h2><h2><a href="/news/other">Ferries resume after the storm on the coast</a></h2></main></body></html>`;
    expect(redirectedTo('https://news.example/', home).verdict).toBe('soft-404');
  });

  it('but an article moved to a short slug, whose og:title is a social headline, is the article', () => {
    const html = article({ head: '<meta property="og:title" content="Dockworkers win: what the deal means for shipping">', body: `<h1>${cited}</h1>` });
    expect(redirectedTo('https://news.example/news/harbour-quay', html).verdict).not.toBe('soft-404');
  });

  it('a redirect to the article at a new slug is not one', () => {
    const articlePage = article({ head: `<meta property="og:title" content="${cited}">`, body: `<h1>${cited}</h1>` });
    expect(redirectedTo('https://news.example/harbour-quay', articlePage).verdict).toBe('verified');
  });

  it('article ids, dated paths and long slugs are not section indexes', () => {
    for (const finalUrl of ['https://news.example/386905', 'https://news.example/2024/11/20', 'https://news.example/news/harbour-authority-approves-quay']) {
      expect(isLandingPageFor(finalUrl, recorded)).toBe(false);
    }
  });
});

describe('the day printed in the article header outranks the URL path', () => {
  // The outlet writes the URL path in UTC: a Seoul morning story sits under the day before.
  const url = 'https://news.example/2024/11/19/harbour-quay-approved';
  const html = article({
    head: `<meta property="og:title" content="${cited}">`,
    body: `<h1>${cited}</h1><div class="article-info">Posted : 2024-11-20 08:30</div>`,
  });

  it('reads the header day', () => {
    expect(read(html, 'text/html', url).date).toMatchObject({ value: '2024-11-20', kind: 'visible-text' });
  });

  it('catches a citation three days off the header day, and verifies the header day', () => {
    expect(check(html, { title: cited, date: '2024-11-20' }, url).verdict).toBe('verified');
    expect(check(html, { title: cited, date: '2024-11-23' }, url).verdict).toBe('date-mismatch');
  });
});

describe('an article number that opens with its day after a letter code', () => {
  // A page built by JavaScript: its headline in og:title, no date but in its address.
  const shell = article({ head: `<meta property="og:title" content="${cited}">`, body: '<div id="root"></div>' });

  it.each([
    ['https://news.example/news/article/A2026012914320005196', '2026-01-29'],
    ['https://news.example/view/AKR20241105012300001', '2024-11-05'],
    ['https://news.example/view/NISX20241105_0002945', '2024-11-05'],
  ])('%s is dated %s', (url, day) => {
    expect(read(shell, 'text/html', url).date).toMatchObject({ value: day, kind: 'url' });
    expect(check(shell, { title: cited, date: day }, url).verdict).toBe('verified');
  });

  it('but a number whose digits make no day, or that is too short for a day and a serial, is none', () => {
    expect(read(shell, 'text/html', 'https://news.example/item/X2024133112345').date.value).toBeNull();
    expect(read(shell, 'text/html', 'https://news.example/item/A20241105').date.value).toBeNull();
  });
});

describe('a deleted article answered with 200 says so in its heading, in Korean, Arabic or English', () => {
  const page = (lang: string, head: string, heading: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head>
    <body><div class="error_box"><h1>${heading}</h1></div><ul class="popular"><li><a href="/a/1">인기 기사 하나</a></li></ul></body></html>`;

  it.each([
    ['ko', '<title>네이션일보</title><meta property="og:site_name" content="네이션일보"><meta property="og:title" content="네이션일보">', '해당 기사는 삭제되었거나 존재하지 않습니다'],
    ['ar', '<title>الجزيرة نت</title>', 'عذراً، المقال غير موجود'],
    ['en', '<title>Daily Example</title>', 'This story has been removed'],
    ['en', '<title>Daily Example</title>', 'Oops! We can’t find that page.'],
  ])('%s: %s', (lang, head, heading) => {
    expect(check(page(lang, head, heading), { title: cited, date: '2025-03-14' }).verdict).toBe('soft-404');
  });

  it('but an article whose headline says something was removed is an article', () => {
    const title = 'Statue of the former president has been removed from the harbour square';
    const html = article({ title, head: `<meta property="og:title" content="${title}">`, body: `<h1>${title}</h1>` });
    expect(check(html, { title }).verdict).toBe('verified');
  });
});

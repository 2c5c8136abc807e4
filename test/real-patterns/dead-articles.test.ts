// A dead article whose CMS still serves its old og:title and date, over nothing but a removal
// notice, is link rot: not a verified citation. An article that is about a removal, or a news
// brief in which something "was not found", keeps its verdict.
import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const headline = 'Harbour authority approves the new quay after a decade of debate';
const cited = { title: headline, date: '2025-03-14' };
const kept = `<meta property="og:site_name" content="Daily Example"><meta property="og:title" content="${headline}"><meta property="article:published_time" content="2025-03-14T09:00:00+01:00">`;
const shell = (head: string, main: string, title = 'Daily Example', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><header class="site-header"><a href="/">Daily Example</a><nav><a href="/world/">World</a> <a href="/sport/">Sport</a></nav></header>
<main>${main}</main><footer>© 2026 Daily Example · <a href="/privacy">Privacy</a></footer></body></html>`;

describe('a removal notice under a kept og:title and date', () => {
  it('is a soft 404 when the heading says the article is gone', () => {
    const html = shell(kept, '<h1>This article is no longer available</h1><p>It has been removed from our website.</p>', 'Article unavailable | Daily Example');
    expect(check(html, cited).verdict).toBe('soft-404');
  });

  it('is a soft 404 when the old headline stays as the h1 over a one-line notice', () => {
    const html = shell(kept, `<article><h1>${headline}</h1><div class="notice"><p><strong>This article has been removed.</strong> It is no longer available on our website following a legal complaint.</p></div></article>`);
    expect(check(html, cited).verdict).toBe('soft-404');
  });

  it('is a soft 404 on a Korean page that announces a deleted article in an h2', () => {
    const ko = '해외 파병 북한군, 전선 투입 임박…정부 "모든 수단 검토"';
    const head = `<meta property="og:title" content="${ko}"><meta property="article:published_time" content="2024-11-05T09:30:00+09:00">`;
    const html = shell(head, '<div class="error"><h2>삭제된 기사입니다.</h2><p>요청하신 기사는 삭제되었거나 존재하지 않습니다.</p></div>', '데일리', 'ko');
    expect(check(html, { title: ko, date: '2024-11-05' }).verdict).toBe('soft-404');
  });
});

describe('a short notice heading, or one in other languages', () => {
  it.each([
    ['<h2>Article removed</h2>', 'en'],
    ['<p>La notizia non è più disponibile.</p>', 'it'],
    ['<p>Dieser Artikel ist leider nicht mehr verfügbar.</p>', 'de'],
    ['<p>該文章已被發布者刪除</p>', 'zh'],
    ['<div class="notice">This article has been removed for legal reasons.</div>', 'en'],
    ['<p class="standfirst">The harbour authority voted on Friday to build the long-debated quay on the eastern side of the port.</p><p>This article has been removed from our website for legal reasons. We apologise.</p>', 'en'],
  ])('%s', (notice, lang) => {
    expect(check(shell(kept, `<article><h1>${headline}</h1>${notice}</article>`, 'Daily Example', lang), cited).verdict).toBe('soft-404');
  });
});

describe('but not', () => {
  it('an article about a removed article, with its body', () => {
    const about = 'Newspaper removes article after complaint from minister';
    const body = `<article><h1>${about}</h1><p>The article has been removed from the website, the editor said on Friday. ${'The complaint concerned a report on the new quay and its cost to the city. '.repeat(8)}</p><p>${'Readers asked why the story had gone. '.repeat(6)}</p></article>`;
    const html = shell(`<meta property="og:title" content="${about}"><meta property="article:published_time" content="2025-03-14T09:00:00+01:00">`, body);
    expect(check(html, { title: about, date: '2025-03-14' }).verdict).toBe('verified');
  });

  it('a two-line news brief in which something was not found or removed', () => {
    const brief = 'Missing kayaker not found after overnight search off the coast';
    const body = `<article><h1>${brief}</h1><p>Coastguards said the kayaker was not found and the wreckage has been removed from the beach.</p></article>`;
    const html = shell(`<meta property="og:title" content="${brief}"><meta property="article:published_time" content="2025-03-14T09:00:00+01:00">`, body);
    expect(check(html, { title: brief, date: '2025-03-14' }).verdict).toBe('verified');
  });

  it.each([
    ['Meta says the post was removed in error', '<p>The post was deleted within an hour of being published, the company said.</p>'],
    ['Ministry withdraws flood report after errors', '<p>The report is no longer available on the ministry’s website, officials said on Friday.</p>'],
    ['Dow falls 410 points as tech stocks slide on rate fears', '<p>Stocks fell on Friday as investors weighed new inflation data.</p>'],
    ['Zeitung löscht umstrittenen Kommentar nach Protesten', '<p>Der Artikel wurde gelöscht, nachdem zahlreiche Leser sich beschwert hatten.</p>'],
    ['网红就不实言论道歉 涉事文章已删除', '<p>该博主14日发布致歉声明，称已删除相关内容并配合调查。</p>'],
  ])('a live brief about a removal, or whose short <title> sounds like one: %s', (brief, paragraph) => {
    const head = `<meta property="og:title" content="${brief}"><meta property="article:published_time" content="2025-03-14T09:00:00+01:00">`;
    const html = shell(head, `<article><h1>${brief}</h1>${paragraph}</article>`, `${brief.split(' as ')[0]} | Daily Example`);
    expect(check(html, { title: brief, date: '2025-03-14' }).verdict).toBe('verified');
  });

  it('a page rendered by script: og:title and date over an empty body, no notice', () => {
    const html = shell(kept, '<div id="root"></div><script>window.__APP__={}</script>');
    expect(check(html, cited).verdict).toBe('verified');
  });
});

import { describe, expect, it } from 'vitest';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

const signals = (html: string, headers?: Record<string, string>) => extractHtml(html, 'https://news.example.com/a', headers).signals;

describe('not found', () => {
  it.each([
    ['<title>Page not found | Daily Planet</title>', ''],
    ['<title>Daily Planet</title>', '<h1>404</h1>'],
    ['<title>Error</title>', ''],
    ['<title>이 페이지를 찾을 수 없습니다</title>', ''],
    ['<title>Seite nicht gefunden</title>', ''],
    ['<title>Page introuvable - Le Monde</title>', ''],
    ['<title>Página no encontrada</title>', ''],
    ['<title>Страница не найдена</title>', ''],
    ['<title>Сторінку не знайдено</title>', ''],
    ['<title>Sayfa bulunamadı</title>', ''],
    ['<title>Daily Planet</title>', "<h1>Sorry, this article doesn't exist</h1>"],
    ['<title>Daily Planet</title>', '<h1>This page is no longer available</h1>'],
  ])('%s %s', (head, body) => {
    expect(signals(page(head, body))).toEqual({ notFound: true, botWall: false, loginWall: false, consentWall: false });
  });

  it('does not flag an article that mentions 404 or an error', () => {
    const html = page(`<title>The 404 error that took down a bank | Daily Planet</title>
      <meta property="og:title" content="The 404 error that took down a bank"><meta property="article:published_time" content="2024-11-20">`,
      `<article><h1>The 404 error that took down a bank</h1><p>Page not found, said the screen. Error 404.</p>${PARAGRAPHS}</article>`);
    expect(signals(html).notFound).toBe(false);
  });
});

describe('bot walls', () => {
  it('flags the cf-mitigated header', () => {
    expect(signals(page('<title>x</title>', ''), { 'cf-mitigated': 'challenge' }).botWall).toBe(true);
  });
  it.each([
    ['<title>Just a moment...</title>', '<script>window._cf_chl_opt={cvId: "3"};</script>'],
    ['<title>Attention Required! | Cloudflare</title>', ''],
    ['<title>Access Denied</title>', '<h1>Access Denied</h1><p>Reference #18.3c2e1002.1732000000.5a1b2c</p>'],
    ['<title>news.example.com</title>', '<iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x"></iframe>'],
    ['<title>Access to this page has been denied</title>', '<div id="px-captcha"></div>'],
    ['<title>Security</title>', '<form><div class="h-captcha" data-sitekey="x"></div></form>'],
  ])('%s', (head, body) => {
    expect(signals(page(head, body)).botWall).toBe(true);
  });

  it('does not flag an article with Cloudflare insights, DataDome tag or a comment-form reCAPTCHA', () => {
    const html = page('<title>Troops deployed | Daily Planet</title><script src="https://js.datadome.co/tags.js"></script>',
      `<article><h1>Troops deployed to the front line</h1>${PARAGRAPHS}${PARAGRAPHS}${PARAGRAPHS}</article>
       <form id="comment"><div class="g-recaptcha"></div><textarea></textarea></form>
       <script>(function(){var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';})();</script>`);
    expect(signals(html)).toEqual({ notFound: false, botWall: false, loginWall: false, consentWall: false });
  });
});

describe('login walls', () => {
  it('flags a sign-in interstitial with no article', () => {
    const html = page('<title>Sign in | Daily Planet</title>', '<h1>Sign in to continue reading</h1><form action="/login"><input name="u"><input type="password" name="p"></form>');
    expect(signals(html)).toEqual({ notFound: false, botWall: false, loginWall: true, consentWall: false });
  });
  it('does not flag an article with a login box in its header', () => {
    const html = page('<title>Troops deployed</title><meta property="article:published_time" content="2024-11-20">',
      `<header><form action="/login"><input type="password"></form></header><article><h1>Troops deployed</h1>${PARAGRAPHS}${PARAGRAPHS}${PARAGRAPHS}</article>`);
    expect(signals(html).loginWall).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/verify/index.js';
import { fetched, reference } from '../helpers/page.js';
import { article, check, PAGE_URL, read } from './helpers.js';

const headline = 'Harbour authority approves the new quay after a decade of debate';
const cited = { title: headline, date: '2025-03-14' };
const head = `<meta property="og:title" content="${headline}"><meta property="article:published_time" content="2025-03-14T09:00:00+01:00">`;

describe('walls are told by the page, not by a widget on it', () => {
  it('an article carrying a bot-management script is not a challenge page', () => {
    const html = article({
      head,
      body: `<h1>${headline}</h1><script>(function(){window.__CF$cv$params={r:'8b1',t:'MTcx'};var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';var u='/cdn-cgi/challenge-platform/h/g';})();</script>`,
    });
    expect(check(html, cited).verdict).toBe('verified');
  });

  it('a sign-in box in the masthead and a subscribe form beside a long text are not a login wall', () => {
    // The text is set in <div>s and <br>s, as old CMSs and repository pages do: no long <p> at all.
    const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head>
      <body><header><form action="/login" method="post"><input type="password" name="p"></form></header>
      <div class="main"><h1>${headline}</h1><form action="/notifications/subscribe" method="post"><button>Watch</button></form>
      <div class="content">${'The quay will take three years to build, the authority said.<br>'.repeat(60)}</div></div></body></html>`;
    expect(check(html, { title: headline }).verdict).toBe('verified');
  });

  it('a paywall stub with the headline and a teaser is still blocked', () => {
    const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head>
      <body><h1>${headline}</h1><p>The harbour authority approved the quay on Friday.</p>
      <form action="/account/login" method="post"><input type="email"><input type="password"><button>Sign in to keep reading</button></form></body></html>`;
    expect(check(html, { title: headline }).verdict).toBe('blocked');
  });

  it('a Korean article set between <br>s, of a length Korean news runs to, is no wall for its comment captcha or login box', () => {
    const ko = '윤 대통령, 북러 군사협력 철저 대응 지시';
    const sentence = '대통령은 이날 국가안보회의를 주재하고 북한과 러시아의 군사협력에 대한 철저한 대응을 지시했다.';
    const body = `<h1 class="tit">${ko}</h1><div id="articleBody">${`${sentence}<br><br>`.repeat(12)}</div>`;
    const captcha = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${ko}</title>
      <meta property="article:published_time" content="2024-11-06T23:41:00+09:00"></head><body>${body}
      <div class="reply_write"><form action="/reply/write"><div class="g-recaptcha" data-sitekey="x"></div></form></div></body></html>`;
    expect(check(captcha, { title: ko, date: '2024-11-06' }).verdict).toBe('verified');
    // A member login bar and no metadata date at all: the byline's date only.
    const login = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${ko}</title></head><body>
      <div id="member"><form id="loginForm" action="/member/login"><input type="password" name="pw"></form></div>
      ${body.replace('<div id="articleBody">', '<div class="byline">입력 2024.11.06 23:41</div><div id="articleBody">')}</body></html>`;
    expect(check(login, { title: ko, date: '2024-11-06' }).verdict).toBe('verified');
  });

  it('a short news item whose headline mentions logging in is not a login page; a page titled to make you log in still is', () => {
    const title = 'Millions unable to log in to messaging app after data centre fire';
    const html = `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}">
      <meta property="article:published_time" content="2022-10-16T09:00:00+09:00"></head>
      <body><h1>${title}</h1><p>${'Services were restored overnight, the company said. '.repeat(3)}</p></body></html>`;
    expect(check(html, { title, date: '2022-10-16' }).verdict).toBe('verified');
    const wall = `<!doctype html><html><head><title>Log in or sign up to read this story - Daily Example</title></head>
      <body><h1>${headline}</h1><p>The harbour authority approved the quay on Friday.</p></body></html>`;
    expect(check(wall, { title: headline }).verdict).toBe('blocked');
  });

  it('a paywall stub with a two-paragraph teaser and an offer box is still blocked', () => {
    const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head>
      <body><h1>${headline}</h1><p>${'The harbour authority approved the long-debated quay on Friday after a decade of hearings. '.repeat(2)}</p>
      <p>Residents had opposed the plan, citing noise and traffic on the coast road at night and on weekends.</p>
      <div class="offer"><h2>Subscribe to keep reading</h2><ul><li>Unlimited articles on any device</li><li>The daily newsletter</li><li>Cancel any time</li></ul>
      <div class="legal">By subscribing you agree to our terms of service and privacy policy. Your subscription renews automatically each month.</div>
      <form action="/account/login" method="post"><input type="password"><button>Sign in</button></form></div></body></html>`;
    expect(check(html, { title: headline }).verdict).toBe('blocked');
  });

  it('a page that calls itself a login or subscribers-only page, or a captcha page, is blocked however long its terms and FAQ run', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `<div class="faq">Answer ${i}: you can cancel your subscription at any time from your account page, and your access continues until the end of the period.</div>`).join('');
    for (const title of ['Log in | The Paper', 'Subscribe to continue reading | The Paper', 'This article is for subscribers only. Log in or subscribe | The Paper']) {
      const html = `<!doctype html><html><head><title>${title}</title></head><body><form action="/account" method="post"><input type="password"></form>${blocks}</body></html>`;
      expect(check(html, { title: headline }).verdict).toBe('blocked');
    }
    const captcha = `<!doctype html><html><head><title>Harbour Daily</title></head><body><div class="g-recaptcha" data-sitekey="x"></div>${blocks}</body></html>`;
    expect(check(captcha, { title: headline }).verdict).toBe('blocked');
  });

  it('but a dated article set in <div>s or <br>s whose headline opens with a sign-in phrase is an article', () => {
    const dated = (title: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><meta property="og:title" content="${title}">
      <meta property="article:published_time" content="2024-11-06T09:00:00+09:00"></head><body><h1>${title}</h1>
      <div id="articleBody">${'The service was restored after three hours, the company said in a statement on Wednesday.<br><br>'.repeat(8)}</div></body></html>`;
    for (const [title, lang] of [['로그인 오류에 카카오톡 먹통…3시간 만에 복구', 'ko'], ['Sign in with Apple comes to Android', 'en'], ['Members Only jacket makes a comeback', 'en']] as const) {
      expect(check(dated(title, lang), { title, date: '2024-11-06' }).verdict).toBe('verified');
    }
  });

  it('a challenge page with no article is still blocked', () => {
    const html = `<!doctype html><html><head><title>Checking the site connection security</title></head><body><p>One moment.</p>
      <script>window._cf_chl_opt={cvId:'3',cType:'managed'};</script><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>`;
    expect(check(html, cited).verdict).toBe('blocked');
  });
});

describe('a comment form\'s captcha under an article set in <div>s', () => {
  it('is not a wall', () => {
    const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="Quay"></head>
      <body><div class="story"><h1>Quay</h1><div class="text">${'The quay will take three years to build, the authority said.<br>'.repeat(60)}</div></div>
      <div class="comments"><form action="/comment" method="post"><div class="g-recaptcha" data-sitekey="x"></div><textarea></textarea></form></div></body></html>`;
    expect(check(html, { title: 'Quay' }).verdict).not.toBe('blocked');
  });
});

describe('a cookie-consent interstitial is told by the page, not only by its URL', () => {
  const consent = `<!doctype html><html><head><title>Before you continue to Harbour Daily</title></head><body>
    <h1>Before you continue to Harbour Daily</h1><p>We use cookies and data to deliver and maintain our services.</p>
    <form action="/save" method="post"><button name="set" value="reject">Reject all</button><button name="set" value="accept">Accept all</button></form></body></html>`;

  it('is blocked when a redirect lands on one at an ordinary path', () => {
    const finalUrl = 'https://news.example/choices?continue=https%3A%2F%2Fnews.example%2F2025%2F03%2F14%2Fharbour-story';
    const page = read(consent, 'text/html', finalUrl);
    const result = decideVerdict(reference({ title: headline, url: PAGE_URL }), fetched({ url: PAGE_URL, finalUrl, redirects: [{ status: 302, url: PAGE_URL, location: finalUrl }] }), page, { titleThreshold: 0.85, dateTolerance: 1 });
    expect(result.verdict).toBe('blocked');
    expect(result.reason).toContain('cookie-consent');
  });

  it('an article whose headline starts the same way is not one', () => {
    const title = 'Before you continue reading: the harbour authority approves the new quay';
    const html = article({ head: `<meta property="og:title" content="${title}">`, body: `<h1>${title}</h1>`, title });
    expect(check(html, { title }).verdict).toBe('verified');
  });
});

describe('a page that refuses our client by its user agent', () => {
  it('calls "Your browser is not supported" blocked, not a title mismatch', () => {
    const html = `<!doctype html><html><head><title>Your browser is not supported</title></head><body><h1>Your browser is not supported</h1>
      <p>Please upgrade to a recent version of Chrome, Firefox, Safari or Edge to read this site.</p></body></html>`;
    expect(check(html, cited).verdict).toBe('blocked');
  });
});

describe('walls from the fetch tester\'s servers', () => {
  it('a "browser not supported" page titled with the site\'s name is blocked', () => {
    const html = `<!doctype html><html lang="en"><head><title>Unsupported browser | The Daily Ledger</title></head><body><main><h1>Your browser is not supported</h1><p>Please upgrade to a recent version of Chrome, Firefox, Safari or Edge.</p></main></body></html>`;
    expect(check(html, cited).verdict).toBe('blocked');
  });
  it('Imperva\'s refusal, a page that is only its iframe, is blocked', () => {
    const html = '<html><head><meta name="ROBOTS" content="NOINDEX, NOFOLLOW"></head><body><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=23&incident_id=123000450012345678-1234&edet=12">Request unsuccessful. Incapsula incident ID: 123000450012345678-1234</iframe></body></html>';
    expect(check(html, cited).verdict).toBe('blocked');
  });
});

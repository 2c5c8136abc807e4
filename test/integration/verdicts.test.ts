// Every verdict, produced by the real fetcher, extractor and verifier against real
// loopback servers that answer like the commentary's outlets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckRunOptions } from '../../src/run/check.js';
import type { CheckResult, LocatedReference } from '../../src/types.js';
import {
  alJazeeraPage,
  CHALLENGE_PAGE,
  HOME_PAGE,
  JS_ONLY_PAGE,
  joongAngPage,
  koreaTimesPage,
  NOT_FOUND_PAGE,
} from '../helpers/outlet-pages.js';
import { tableLookup } from '../helpers/dns-table.js';
import { redirect, startSite, type SiteServer } from '../helpers/site-server.js';

const KT_TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const JA_TITLE = 'Yoon, Trump Discuss Alliance, Economic Cooperation, North Korea in First Phone Call';
const AJ_TITLE = 'North Korea Pledges to Stand by Russia Until ‘Victory’ in Ukraine';

let koreaTimes: SiteServer;
let joongAng: SiteServer;
let alJazeera: SiteServer;
let closedPort: string;
const results = new Map<string, CheckResult>();

function ref(id: string, url: string | null, title: string, date: string): LocatedReference {
  return { id, authors: [], title, outlet: 'test', date, url, location: { file: 'sources.json', line: Number(id) + 1, column: 5 } };
}

const options: CheckRunOptions = {
  fetch: {
    concurrency: 8,
    hostInterval: 5,
    hostConcurrency: 2,
    timeout: 2000,
    retries: 0,
    maxBytes: 1_000_000,
    userAgent: 'citecheck-test',
    ignoreRobots: true,
    allowPrivate: true,
    backoffBaseMs: 10,
  },
  verify: { titleThreshold: 0.85, dateTolerance: 1 },
  only: null,
};

beforeAll(async () => {
  koreaTimes = await startSite(
    {
      '/pages/article.asp': koreaTimesPage('NK troops assigned to Russia\'s airborne brigade, Marine Corps; some entered combat: NIS', '2024-11-20 16:37'),
      '/pages/changed.asp': koreaTimesPage('Seoul weighs options as troop reports mount', '2024-11-20 16:37'),
      '/pages/late.asp': koreaTimesPage('NK troops assigned to Russia\'s airborne brigade, Marine Corps; some entered combat: NIS', '2024-11-25 09:00'),
      '/pages/gone.asp': redirect(302, '/'),
      '/': { body: HOME_PAGE },
      '/forbidden': { status: 403, body: 'Forbidden' },
      '/challenge': { status: 200, headers: { 'cf-mitigated': 'challenge' }, body: CHALLENGE_PAGE },
      '/removed': { status: 410, body: 'Gone' },
      '/broken': { status: 500, body: 'oops' },
      '/js-only': { body: JS_ONLY_PAGE },
    },
    '127.0.0.2',
  );
  joongAng = await startSite(
    {
      '/old/2173128': redirect(301, '/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128'),
      '/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128': { body: joongAngPage(JA_TITLE, '07 Nov. 2024, 18:20') },
      '/temp/2173128': redirect(307, '/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128'),
    },
    '127.0.0.3',
  );
  alJazeera = await startSite(
    {
      '/news/2024/11/1/north-korea-pledges': { body: alJazeeraPage('North Korea pledges to stand by Russia until ‘victory’ in Ukraine', '2024-11-01T12:17:03Z') },
      '/news/2024/11/1/missing': { status: 200, body: NOT_FOUND_PAGE },
    },
    '127.0.0.4',
  );
  const spare = await startSite({}, '127.0.0.5');
  closedPort = spare.origin;
  await spare.close();

  const kt = koreaTimes.origin;
  const ja = joongAng.origin;
  const aj = alJazeera.origin;
  const references = [
    ref('1', `${kt}/pages/article.asp?newsIdx=386709`, KT_TITLE, '2024-11-20'),
    ref('2', `${ja}/old/2173128`, JA_TITLE, '2024-11-07'),
    ref('3', `${ja}/temp/2173128`, JA_TITLE, '2024-11-07'),
    ref('4', `${kt}/pages/changed.asp?newsIdx=1`, KT_TITLE, '2024-11-20'),
    ref('5', `${kt}/pages/late.asp?newsIdx=2`, KT_TITLE, '2024-11-20'),
    ref('6', `${kt}/pages/gone.asp?newsIdx=3`, KT_TITLE, '2024-11-20'),
    ref('7', `${aj}/news/2024/11/1/missing`, AJ_TITLE, '2024-11-01'),
    ref('8', `${kt}/forbidden`, KT_TITLE, '2024-11-20'),
    ref('9', `${kt}/challenge`, KT_TITLE, '2024-11-20'),
    ref('10', `${kt}/removed`, KT_TITLE, '2024-11-20'),
    ref('11', `${kt}/broken`, KT_TITLE, '2024-11-20'),
    ref('12', `${closedPort}/refused`, KT_TITLE, '2024-11-20'),
    ref('13', `${kt}/js-only`, KT_TITLE, '2024-11-20'),
    ref('14', null, KT_TITLE, '2024-11-20'),
    // By host name: a name that resolved is what lets "no such host" (16) mean the domain is gone.
    ref('15', `http://aljazeera.test:${new URL(aj).port}/news/2024/11/1/north-korea-pledges`, AJ_TITLE, '2024-11-01'),
    ref('16', 'http://no-such-host.invalid/article', KT_TITLE, '2024-11-20'),
  ];
  const run = await runCheck(references, { ...options, fetch: { ...options.fetch, lookup: tableLookup({ 'aljazeera.test': '127.0.0.4' }) } });
  for (const result of run.results) results.set(result.id, result);
});

afterAll(async () => {
  await Promise.all([koreaTimes?.close(), joongAng?.close(), alJazeera?.close()]);
});

describe('check against loopback outlets', () => {
  it.each([
    ['1', 'verified', 'Korea Times page whose live clock and site suffix must be ignored'],
    ['2', 'moved', 'JoongAng link permanently redirected to a new URL generation'],
    ['3', 'verified', 'a temporary redirect keeps the recorded URL'],
    ['4', 'title-mismatch', 'the headline was rewritten'],
    ['5', 'date-mismatch', 'the page is dated five days later'],
    ['6', 'soft-404', 'a dead article redirected to the home page'],
    ['7', 'soft-404', 'a "Page not found" page served with 200'],
    ['8', 'blocked', 'a 403'],
    ['9', 'blocked', 'a Cloudflare challenge served with 200'],
    ['10', 'dead', 'a 410'],
    ['11', 'error', 'a 500'],
    ['12', 'error', 'connection refused'],
    ['13', 'unverifiable', 'a page built by JavaScript'],
    ['14', 'skipped', 'no URL recorded'],
    ['15', 'verified', 'Al Jazeera: UTC JSON-LD date, curly quotes in the headline'],
    ['16', 'dead', 'the domain does not exist'],
  ])('reference %s is %s (%s)', (id, verdict) => {
    const result = results.get(id)!;
    expect({ id, verdict: result.verdict, reason: result.reason }).toMatchObject({ id, verdict });
  });

  it('records every redirect hop and suggests the new URL for a moved reference', () => {
    const moved = results.get('2')!;
    expect(moved.http?.redirects).toEqual([
      { status: 301, url: `${joongAng.origin}/old/2173128`, location: `${joongAng.origin}/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128` },
    ]);
    expect(moved.suggestedUrl).toBe(`${joongAng.origin}/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128`);
  });

  it('reports the page\'s own date, not the clock in its header', () => {
    expect(results.get('1')!.date).toMatchObject({ found: '2024-11-20', match: true });
    expect(results.get('5')!.date).toMatchObject({ found: '2024-11-25', deltaDays: 5, match: false });
  });

  it('names the network fault with its stable code', () => {
    expect(results.get('12')!.http?.error).toBe('refused');
    expect(results.get('16')!.http?.error).toBe('dns');
  });
});

describe('alternates', () => {
  it('checks the copies of a reference whose own URL does not verify, and says where the text survives', async () => {
    const mirror = await startSite({ '/copy': alJazeeraPage('North Korea pledges to stand by Russia until ‘victory’ in Ukraine', '2024-11-01T12:17:03Z') }, '127.0.0.6');
    try {
      const reference = {
        ...ref('1', null, AJ_TITLE, '2024-11-01'),
        alternates: [
          { url: `${mirror.origin}/copy`, relation: 'mirror' as const },
          { url: `${mirror.origin}/lost`, relation: 'archive' as const },
        ],
      };
      const verified = { ...ref('2', `${alJazeera.origin}/news/2024/11/1/north-korea-pledges`, AJ_TITLE, '2024-11-01'), alternates: [{ url: `${mirror.origin}/copy`, relation: 'mirror' as const }] };
      const run = await runCheck([reference, verified], options);
      // Without a URL of its own, the reference is verified through the copy, which it names.
      expect(run.results[0]).toMatchObject({
        verdict: 'verified',
        url: null,
        via: { relation: 'mirror', url: `${mirror.origin}/copy` },
        alternates: [
          { relation: 'mirror', verdict: 'verified' },
          { relation: 'archive', verdict: 'dead' },
        ],
      });
      // A reference that verifies at its own URL costs its copies no request.
      expect(run.results[1]!.alternates).toBeUndefined();
      expect(mirror.requests.filter((path) => path === '/copy')).toHaveLength(1);
    } finally {
      await mirror.close();
    }
  });
});

describe('soft 404 by likeness to the site\'s not-found answer', () => {
  it('asks the site once for a path that cannot exist, and calls a page like that answer soft-404', async () => {
    const generic = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Korea Herald</title>
<meta property="og:title" content="The Korea Herald - Breaking News, Korea, World"></head>
<body><h1>Latest news</h1><ul><li><a href="/a">Some other story</a> 2024-11-28</li></ul></body></html>`;
    const herald = await startSite({ '*': generic, '/real': koreaTimesPage('Seoul weighs options as troop reports mount', '2024-11-20 16:37') }, '127.0.0.7');
    try {
      const run = await runCheck(
        [
          ref('1', `${herald.origin}/view.php?ud=20241101000999`, 'Some 8,000 N. Korean Troops in Russia’s Kursk Region', '2024-11-01'),
          ref('2', `${herald.origin}/view.php?ud=20241101000998`, 'S. Korea Not Considering Troop Dispatch to Ukraine', '2024-11-01'),
          ref('3', `${herald.origin}/real`, 'S. Korea, Canada Demand Withdrawal of N. Korean Troops From Russia', '2024-11-02'),
        ],
        options,
      );
      expect(run.results.map((result) => result.verdict)).toEqual(['soft-404', 'soft-404', 'title-mismatch']);
      const probes = herald.requests.filter((path) => path.includes('citecheck-probe'));
      expect(probes).toHaveLength(1);
    } finally {
      await herald.close();
    }
  });
});

describe('streaming results', () => {
  it('holds back results that reached no server until it is known whether the network is down', async () => {
    const streamed: string[] = [];
    const spare = await startSite({}, '127.0.0.8');
    const refusedOrigin = spare.origin;
    await spare.close();
    const run = await runCheck(
      [ref('1', `${refusedOrigin}/a`, KT_TITLE, '2024-11-20'), ref('2', `${refusedOrigin}/b`, KT_TITLE, '2024-11-20')],
      options,
      { onResult: (result) => streamed.push(`${result.id}:${result.verdict}:${result.reason.slice(0, 12)}`) },
    );
    expect(run.networkUnavailable).toBe(true);
    // What was streamed is what the report says: not-checked errors, never a premature "dead".
    expect(streamed.sort()).toEqual(run.results.map((result) => `${result.id}:${result.verdict}:${result.reason.slice(0, 12)}`).sort());
    expect(run.results.every((result) => result.reason.startsWith('not checked'))).toBe(true);
  });
});

describe('PDF references', () => {
  it('verifies a journal PDF by its metadata, and calls a PDF without any unverifiable', async () => {
    const { readFile } = await import('node:fs/promises');
    const pdf = (name: string) => readFile(new URL(`../fixtures/pages/${name}`, import.meta.url));
    const [article, scan] = await Promise.all([pdf('ijkus-31-2-lim-kim.pdf'), pdf('scan-no-metadata.pdf')]);
    const journal = await startSite(
      {
        '/article.pdf': { headers: { 'content-type': 'application/pdf' }, body: article },
        '/scan.pdf': { headers: { 'content-type': 'application/pdf' }, body: scan },
      },
      '127.0.0.12',
    );
    try {
      const title = 'Impacts of Russia-Ukraine War on East Asian Regional Order';
      const run = await runCheck([ref('1', `${journal.origin}/article.pdf`, title, '2022'), ref('2', `${journal.origin}/scan.pdf`, title, '2022')], options);
      expect(run.results[0]).toMatchObject({ verdict: 'verified', title: { match: true }, date: { match: true } });
      expect(run.results[0]!.title.source).toMatch(/^pdf:/);
      expect(run.results[1]!.verdict).toBe('unverifiable');
    } finally {
      await journal.close();
    }
  });

  it('calls a PDF whose title field is only its authoring tool\'s placeholder or file name unverifiable, not title-mismatch', async () => {
    const titled = (title: string) => Buffer.from([
      '%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      `5 0 obj << /Title (${title}) /CreationDate (D:20241105090000+09'00') >> endobj`,
      'trailer << /Size 6 /Root 1 0 R /Info 5 0 R >>', '%%EOF'].join('\n'), 'latin1');
    const placeholders = ['Layout 1', 'PowerPoint Presentation', 'Document1', 'Slide 1', 'report_2024_11.hwp'];
    const pages = Object.fromEntries(placeholders.map((title, i) => [`/r${i}.pdf`, { headers: { 'content-type': 'application/pdf' }, body: titled(title) }]));
    const institute = await startSite({ ...pages, '/real.pdf': { headers: { 'content-type': 'application/pdf' }, body: titled('Layout of the New Harbour Quay') } }, '127.0.0.12');
    try {
      const cited = 'North Korea–Russia Military Cooperation and Its Implications';
      const refs = placeholders.map((_, i) => ref(String(i + 1), `${institute.origin}/r${i}.pdf`, cited, '2024-11-05'));
      const run = await runCheck([...refs, ref('9', `${institute.origin}/real.pdf`, cited, '2024-11-05')], options);
      expect(run.results.slice(0, placeholders.length).map((result) => result.verdict)).toEqual(placeholders.map(() => 'unverifiable'));
      // A real title that merely starts with such a word is still compared.
      expect(run.results[placeholders.length]!.verdict).toBe('title-mismatch');
    } finally {
      await institute.close();
    }
  });
});

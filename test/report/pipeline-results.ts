// CheckResults as the real verify stage builds them (decideVerdict is pure: fetched data in, result
// out), so the report schema is checked against what the pipeline emits, not only hand-made data.
import type { FetchResult, LocatedReference, PageMetadata } from '../../src/types.js';
import { decideVerdict, skippedResult } from '../../src/verify/index.js';
import type { CheckResult } from '../../src/types.js';

function reference(id: string, line: number, url: string | null): LocatedReference {
  return {
    id,
    authors: ['Yonhap'],
    title: 'NK Troops Assigned to Russia\u2019s Airborne Brigade, Marine Corps; Some Entered Combat: NIS',
    outlet: 'The Korea Times',
    date: '2024-11-20',
    url,
    location: { file: 'sources.json', line, column: 5 },
  };
}

function fetched(url: string, overrides: Partial<FetchResult> = {}): FetchResult {
  return {
    url, finalUrl: url, status: 200, redirects: [], attempts: 1, durationMs: 321, contentType: 'text/html; charset=utf-8',
    headers: {}, body: null, error: null, errorDetail: null, noSuchHost: false, reachedServer: true, retryAfterMs: null,
    robotsDisallowed: false, ...overrides,
  };
}

function page(title: string | null, date: string | null): PageMetadata {
  return {
    title: { value: title, source: title ? 'og:title' : null, candidates: title ? [{ value: title, source: 'og:title', strong: true }] : [] },
    date: {
      value: date, datetime: date ? `${date}T16:37:00+09:00` : null, source: date ? 'article:published_time' : null,
      kind: date ? 'published' : null, candidates: date ? [{ value: date, source: 'article:published_time', kind: 'published' }] : [],
    },
    canonical: null, siteName: 'The Korea Times', language: 'en', signals: { notFound: false, botWall: false },
  };
}

const options = { titleThreshold: 0.85, dateTolerance: 1 };
const url = 'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=386709';
const exact = 'NK Troops Assigned to Russia\u2019s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';

export function pipelineResults(): CheckResult[] {
  return [
    decideVerdict(reference('1', 10, url), fetched(url), page(exact, '2024-11-20'), options),
    decideVerdict(reference('2', 20, url), fetched(url), page('Seoul weather: sunny skies ahead for the weekend', '2024-11-20'), options),
    decideVerdict(reference('3', 30, url), fetched(url), page(exact, '2024-11-29'), options),
    decideVerdict(reference('4', 40, url), fetched(url, { status: 404, error: 'http-status' }), null, options),
    decideVerdict(reference('5', 50, url), fetched(url, { status: 429, attempts: 3, retryAfterMs: 30_000, error: 'http-status' }), null, options),
    decideVerdict(reference('6', 60, url), fetched(url, { status: null, error: 'timeout', errorDetail: 'headers timeout', reachedServer: true }), null, options),
    decideVerdict(
      reference('7', 70, 'http://koreatimes.co.kr/old/386709'),
      fetched('http://koreatimes.co.kr/old/386709', {
        finalUrl: url,
        redirects: [{ status: 301, url: 'http://koreatimes.co.kr/old/386709', location: url }],
      }),
      page(exact, '2024-11-20'),
      options,
    ),
    decideVerdict(reference('8', 80, url), fetched(url), page(null, null), options),
    skippedResult(reference('9', 90, null), 'no URL recorded'),
  ];
}

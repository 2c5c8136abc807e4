// A hand-built run covering every verdict and every hint the reporters print: a title diff, a date
// difference, a redirect chain to cite, a 429 with Retry-After, a live and an expired waiver.
import type { CheckResult, HttpSummary, RunReport, Verdict } from '../../src/types.js';
import { DEFAULT_FAIL_ON } from '../../src/types.js';
import { isFailing } from '../../src/run/failing.js';

const FILE = 'sources.json';

function http(overrides: Partial<HttpSummary> = {}): HttpSummary {
  return { status: 200, redirects: [], attempts: 1, durationMs: 412, contentType: 'text/html; charset=utf-8', error: null, ...overrides };
}

function result(id: string, line: number, verdict: Verdict, overrides: Partial<CheckResult>): CheckResult {
  const url = `https://news.example/${id}`;
  return {
    id,
    verdict,
    reason: 'title and date match',
    location: { file: FILE, line, column: 5 },
    outlet: 'The Example Times',
    url,
    finalUrl: url,
    http: http(),
    title: { expected: `Headline number ${id}`, found: `Headline number ${id}`, source: 'og:title', similarity: 1, match: true },
    date: { expected: '2024-11-20', found: '2024-11-20', source: 'article:published_time', kind: 'published', deltaDays: 0, match: true },
    ...overrides,
  };
}

const notCompared = { found: null, source: null, similarity: null, match: null } as const;
const dateNotCompared = { expected: '2024-11-20', found: null, source: null, deltaDays: null, match: null } as const;

export const RESULTS: CheckResult[] = [
  result('1', 10, 'verified', {}),
  result('2', 20, 'skipped', {
    reason: 'no URL recorded',
    url: null,
    finalUrl: null,
    http: null,
    title: { expected: 'Ministry statement', ...notCompared },
    date: dateNotCompared,
    alternates: [
      { url: 'https://mirror.example/statement', relation: 'mirror', verdict: 'verified', reason: 'title matches (og:title), date matches', finalUrl: 'https://mirror.example/statement' },
    ],
  }),
  result('3', 30, 'blocked', {
    reason: '429 Too Many Requests after 3 attempts',
    outlet: 'The Korea Times',
    http: http({ status: 429, attempts: 3, error: 'http-status', retryAfterMs: 120_000, contentType: null }),
    title: { expected: 'NK Troops Assigned to Russia', ...notCompared },
    date: dateNotCompared,
  }),
  result('4', 40, 'dead', {
    reason: '404 Not Found',
    http: http({ status: 404, error: 'http-status' }),
    title: { expected: 'Gone story', ...notCompared },
    date: dateNotCompared,
    alternates: [
      { url: 'https://reprint.example/gone-story', relation: 'syndication', verdict: 'verified', reason: 'title matches (og:title), no date on the page', finalUrl: 'https://reprint.example/gone-story' },
    ],
  }),
  result('5', 50, 'error', {
    reason: 'timed out after 15 s',
    http: http({ status: null, attempts: 3, durationMs: 45_000, contentType: null, error: 'timeout', detail: 'no response headers within 15000 ms' }),
    title: { expected: 'Slow story', ...notCompared },
    date: dateNotCompared,
  }),
  result('6', 60, 'soft-404', {
    reason: 'redirected to the home page',
    finalUrl: 'https://news.example/',
    http: http({ redirects: [{ status: 302, url: 'https://news.example/6', location: 'https://news.example/' }] }),
    title: { expected: 'Lost story', found: 'The Example Times', source: '<title>', similarity: 0.2, match: null },
    date: dateNotCompared,
  }),
  result('7', 70, 'unverifiable', {
    reason: 'neither a title nor a date could be read (content built by JavaScript?)',
    title: { expected: 'Script page', ...notCompared },
    date: dateNotCompared,
  }),
  result('8', 80, 'title-mismatch', {
    reason: 'the page carries another title (similarity 0.62)',
    outlet: 'Korea JoongAng Daily',
    title: {
      expected: 'North Korean troops deployed to Russian units',
      found: 'North Korean troops sent to Russian units',
      source: 'og:title',
      similarity: 0.62,
      match: false,
      diff: [
        { op: 'equal', text: 'North Korean troops' },
        { op: 'removed', text: 'deployed' },
        { op: 'added', text: 'sent' },
        { op: 'equal', text: 'to Russian units' },
      ],
      candidates: [
        { value: 'North Korean troops sent to Russian units', source: 'og:title', strong: true },
        { value: 'NK troops join Russian units at the front', source: 'h1', strong: true },
        { value: 'North Korean troops sent to Russian units', source: '<title>', strong: true },
        { value: 'Korea JoongAng Daily', source: '<title>', strong: false },
      ],
    },
  }),
  result('9', 90, 'date-mismatch', {
    reason: 'the page is dated 3 days after the citation',
    date: {
      expected: '2024-11-20', found: '2024-11-23', source: 'article:published_time', kind: 'published', deltaDays: 3, match: false,
      candidates: [
        { value: '2024-11-23', source: 'article:published_time', kind: 'published', where: 'metadata', strong: true },
        { value: '2024-11-25', source: 'article:modified_time', kind: 'modified', where: 'metadata', strong: true },
        { value: '2024-11-19', source: 'text', kind: 'visible-text', where: 'page', strong: false },
      ],
    },
  }),
  result('10', 100, 'moved', {
    reason: 'permanently redirected to a new URL: update the citation',
    finalUrl: 'https://www.news.example/2024/11/10/story',
    suggestedUrl: 'https://www.news.example/2024/11/10/story',
    http: http({
      redirects: [
        { status: 301, url: 'https://news.example/10', location: 'https://www.news.example/10' },
        { status: 308, url: 'https://www.news.example/10', location: 'https://www.news.example/2024/11/10/story' },
      ],
    }),
  }),
  result('11', 110, 'dead', {
    reason: '410 Gone',
    http: http({ status: 410, error: 'http-status' }),
    title: { expected: 'Paywalled story', ...notCompared },
    date: dateNotCompared,
    waiver: { reason: 'checked by hand in the library archive', expires: '2099-01-01', expired: false },
  }),
  result('12', 120, 'dead', {
    reason: '404 Not Found',
    http: http({ status: 404, error: 'http-status' }),
    title: { expected: 'Old waived story', ...notCompared },
    date: dateNotCompared,
    waiver: { reason: 'outlet was migrating', expires: '2024-01-01', expired: true },
  }),
];

export function countVerdicts(results: readonly CheckResult[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const { verdict } of results) counts[verdict] = (counts[verdict] ?? 0) + 1;
  return counts;
}

export function makeReport(given: CheckResult[] = RESULTS): RunReport {
  // Reporters read `failing`; it is set here as run/ sets it, unless a test set it itself.
  const results = given.map((result) => ({ ...result, failing: result.failing ?? isFailing(result, DEFAULT_FAIL_ON) }));
  return {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: '1.0.0' },
    sources: FILE,
    startedAt: '2026-01-15T09:30:00.000Z',
    durationMs: 8123,
    summary: {
      total: results.length,
      verdicts: countVerdicts(results),
      exitCode: 1,
      slowedSites: [{ site: 'koreatimes.co.kr', reason: '429 with Retry-After 120 s' }],
    },
    results,
  };
}

export const CTX = { color: false };

/** A title crafted to take over a terminal: OSC 0 retitle + BEL, clear screen, 8-bit CSI, bidi override. */
export const HOSTILE = 'Fine \u001b]0;pwned\u0007\u001b[2J headline \u009b31m red \u202eevil\u202c \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\';

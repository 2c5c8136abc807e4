import { describe, expect, it } from 'vitest';
import { compareDate, daysApart, decideVerdict } from '../../src/verify/index.js';
import { fetched, pageWith, reference } from '../helpers/page.js';

const options = { titleThreshold: 0.85, dateTolerance: 1 };
const ref = reference();
const url = ref.url!;
const article = pageWith({ title: ref.title, date: '2024-11-20' });

describe('decideVerdict', () => {
  it('verifies a matching title and date at the recorded URL', () => {
    const result = decideVerdict(ref, fetched({ url }), article, options);
    expect(result).toMatchObject({ verdict: 'verified', title: { match: true }, date: { match: true, deltaDays: 0 } });
  });

  it('keeps verified through a temporary redirect and an http→https permanent one', () => {
    const temporary = fetched({
      url,
      finalUrl: 'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=386709',
      redirects: [{ status: 302, url, location: 'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=386709' }],
    });
    expect(decideVerdict(ref, temporary, article, options).verdict).toBe('verified');
    const httpUrl = url.replace('https:', 'http:');
    const upgrade = fetched({ url: httpUrl, finalUrl: url, redirects: [{ status: 301, url: httpUrl, location: url }] });
    expect(decideVerdict({ ...ref, url: httpUrl }, upgrade, article, options).verdict).toBe('verified');
  });

  it('keeps verified through a permanent redirect that only adds campaign or click tags', () => {
    const tagged = `${url}${url.includes('?') ? '&' : '?'}utm_source=rss&utm_medium=feed&traffic_source=rss&fbclid=x1`;
    const result = decideVerdict(ref, fetched({ url, finalUrl: tagged, redirects: [{ status: 301, url, location: tagged }] }), article, options);
    expect(result.verdict).toBe('verified');
    expect(result.suggestedUrl).toBeUndefined();
    // Another query value is another page.
    const other = url.replace(/\d+$/, (n) => String(Number(n) + 1));
    expect(decideVerdict(ref, fetched({ url, finalUrl: other, redirects: [{ status: 301, url, location: other }] }), article, options).verdict).toBe('moved');
  });

  it('never asks to replace a DOI or Handle link, whatever its resolver redirects to', () => {
    for (const doi of ['https://doi.org/10.1234/harbour.2024.17', 'http://dx.doi.org/10.1234/harbour.2024.17', 'https://hdl.handle.net/10419/2024']) {
      const landing = 'https://journals.example/doi/full/10.1234/harbour.2024.17';
      const result = decideVerdict({ ...ref, url: doi }, fetched({ url: doi, finalUrl: landing, redirects: [{ status: 301, url: doi, location: landing }] }), article, options);
      expect(result.verdict).toBe('verified');
      expect(result.suggestedUrl).toBeUndefined();
    }
    // Hops between the resolver's own names, a DOI's case, or to another resolver are no move.
    for (const [from, to] of [['http://dx.doi.org/10.5555/abc.9', 'https://doi.org/10.5555/abc.9'], ['https://doi.org/10.5555/ABC.10', 'https://doi.org/10.5555/abc.10'], ['https://doi.org/10.5555/repo.123', 'https://hdl.handle.net/1234/5678']]) {
      expect(decideVerdict({ ...ref, url: from! }, fetched({ url: from!, finalUrl: to!, redirects: [{ status: 301, url: from!, location: to! }] }), article, options).verdict).toBe('verified');
    }
    // A DOI moved to another DOI (a publisher's prefix change) is a move to cite.
    const old = 'https://doi.org/10.1234/harbour.2024.17';
    const renamed = 'https://doi.org/10.5678/harbour.2024.17';
    expect(decideVerdict({ ...ref, url: old }, fetched({ url: old, finalUrl: renamed, redirects: [{ status: 301, url: old, location: renamed }] }), article, options)).toMatchObject({ verdict: 'moved', suggestedUrl: renamed });
  });

  it('says moved, with the URL to cite, after a permanent redirect to another URL', () => {
    const target = 'https://www.koreatimes.co.kr/southkorea/defense/20241120/nk-troops';
    const result = decideVerdict(
      ref,
      fetched({ url, finalUrl: target, redirects: [{ status: 308, url, location: target }] }),
      article,
      options,
    );
    expect(result).toMatchObject({ verdict: 'moved', suggestedUrl: target });
  });

  it.each([
    [403, 'blocked'],
    [451, 'blocked'],
    [429, 'blocked'],
    [404, 'dead'],
    [410, 'dead'],
    [503, 'error'],
  ] as const)('maps HTTP %i to %s', (status, verdict) => {
    const result = decideVerdict(ref, fetched({ url, status, error: 'http-status', body: null }), null, options);
    expect(result.verdict).toBe(verdict);
  });

  it('tells a vanished domain (dead) from a passing DNS failure (error)', () => {
    const gone = fetched({ url, status: null, error: 'dns', noSuchHost: true, errorDetail: 'ENOTFOUND', reachedServer: false });
    const flaky = { ...gone, noSuchHost: false, errorDetail: 'EAI_AGAIN' };
    expect(decideVerdict(ref, gone, null, options).verdict).toBe('dead');
    expect(decideVerdict(ref, flaky, null, options).verdict).toBe('error');
  });

  it('skips a URL that robots.txt disallows', () => {
    const result = decideVerdict(ref, fetched({ url, status: null, robotsDisallowed: true }), null, options);
    expect(result).toMatchObject({ verdict: 'skipped', reason: expect.stringContaining('robots.txt') });
  });

  it('calls a bot challenge blocked even with status 200', () => {
    expect(decideVerdict(ref, fetched({ url }), pageWith({ title: 'Just a moment...', botWall: true }), options).verdict).toBe('blocked');
  });

  it('finds soft 404s: a redirect home, a not-found page, a page like the site\'s not-found answer', () => {
    const home = fetched({ url, finalUrl: 'https://m.koreatimes.co.kr/', redirects: [{ status: 302, url, location: 'https://m.koreatimes.co.kr/' }] });
    expect(decideVerdict(ref, home, pageWith({ title: 'The Korea Times' }), options).verdict).toBe('soft-404');
    expect(decideVerdict(ref, fetched({ url }), pageWith({ title: 'Page not found', notFound: true }), options).verdict).toBe('soft-404');
    const lookalike = pageWith({ title: 'The Korea Times Mobile' });
    const probe = { status: 200, page: pageWith({ title: 'The Korea Times Mobile' }) };
    expect(decideVerdict(ref, fetched({ url }), lookalike, options, probe).verdict).toBe('soft-404');
    expect(decideVerdict(ref, fetched({ url }), lookalike, options).verdict).toBe('title-mismatch');
  });

  it('is unverifiable when neither title nor date can be read', () => {
    expect(decideVerdict(ref, fetched({ url }), pageWith({}), options).verdict).toBe('unverifiable');
  });

  it('reports a date mismatch beyond the tolerance, and verifies within it', () => {
    const late = pageWith({ title: ref.title, date: '2024-11-23' });
    expect(decideVerdict(ref, fetched({ url }), late, options)).toMatchObject({ verdict: 'date-mismatch', date: { deltaDays: 3 } });
    const utcDayBefore = pageWith({ title: ref.title, date: '2024-11-19' });
    expect(decideVerdict(ref, fetched({ url }), utcDayBefore, options).verdict).toBe('verified');
  });

  it('verifies a matching title on a page without a date, and says so', () => {
    const result = decideVerdict(ref, fetched({ url }), pageWith({ title: ref.title }), options);
    expect(result).toMatchObject({ verdict: 'verified', date: { match: null }, reason: expect.stringContaining('no date on the page') });
  });
});

describe('compareDate', () => {
  it('compares a coarse recorded date at its own precision', () => {
    expect(daysApart('2022', '2022-12-30')).toBe(0);
    expect(daysApart('2024-11', '2024-12-02')).toBe(2);
    expect(daysApart('2024-11-20', '2024-11-19')).toBe(1);
    expect(compareDate('2022', pageWith({ date: '2023-01-03' }), 1)).toMatchObject({ match: false, deltaDays: 3 });
  });
});

describe('decideVerdict: walls told by status or header, and JavaScript shells', () => {
  it('calls status 999 and a challenge header with an error status blocked, not a server error', () => {
    const linkedIn = decideVerdict(ref, fetched({ url, status: 999, error: 'http-status', errorDetail: 'HTTP 999', body: null }), null, options);
    expect(linkedIn.verdict).toBe('blocked');
    for (const headers of [{ 'x-amzn-waf-action': 'challenge' }, { 'cf-mitigated': 'challenge' }] as Record<string, string>[]) {
      const challenged = decideVerdict(ref, fetched({ url, status: 405, headers, error: 'http-status', errorDetail: 'HTTP 405', body: null }), null, options);
      expect(challenged.verdict).toBe('blocked');
      expect(challenged.reason).toContain('bot challenge');
    }
    // A plain 503 is still the server's error.
    expect(decideVerdict(ref, fetched({ url, status: 503, error: 'http-status', errorDetail: 'HTTP 503', body: null }), null, options).verdict).toBe('error');
  });

  it('calls a JavaScript shell that answers every path alike unverifiable, not soft-404', () => {
    // Its one title, the site's name, is too weak to compare, yet it is the probe's too.
    const shell = pageWith({ title: 'Daily Example', candidates: [{ value: 'Daily Example', source: '<title>', strong: false }] });
    const probe = { status: 200, page: shell };
    expect(decideVerdict(ref, fetched({ url }), shell, options, probe).verdict).toBe('unverifiable');
    // A page with a headline of its own that is the site's not-found answer still is soft-404.
    const notFound = pageWith({ title: 'Sorry, we could not find that' });
    expect(decideVerdict(ref, fetched({ url }), notFound, options, { status: 200, page: notFound }).verdict).toBe('soft-404');
  });
});

describe('decideVerdict: a mismatch that similarity alone would have passed says why', () => {
  it('names the kind of fact that differs', () => {
    const page = (title: string) => pageWith({ title, date: '2024-11-20' });
    const cite = (title: string) => reference({ title, date: '2024-11-20' });
    const numbers = decideVerdict(cite('Inflation eases to 3.2% in October as energy prices fall'), fetched({ url }), page('Inflation eases to 2.3% in October as energy prices fall'), options);
    expect(numbers.verdict).toBe('title-mismatch');
    expect(numbers.reason).toMatch(/similarity [\d.]+; a number differs\)$/);
    const name = decideVerdict(cite('Talks with Moon collapse as North Korea tests new missile'), fetched({ url }), page('Talks with Kim collapse as North Korea tests new missile'), options);
    expect(name.reason).toContain('a name differs');
    const order = decideVerdict(cite('Israel accuses Iran of attack on tanker in the Gulf of Oman'), fetched({ url }), page('Iran accuses Israel of attack on tanker in the Gulf of Oman'), options);
    expect(order.reason).toContain('the same words in another order');
    // An unrelated headline gives only its similarity.
    const other = decideVerdict(cite('Ferry strike ends after two weeks of talks'), fetched({ url }), page('Inflation eases to 2.3% in October as energy prices fall'), options);
    expect(other.reason).toMatch(/^title differs \(similarity [\d.]+\)$/);
  });
});

describe('decideVerdict: a page whose only title is the cited outlet\'s name', () => {
  it('has no headline to compare: unverifiable, not a mismatch or the site\'s not-found answer', () => {
    const shell = pageWith({ title: 'Ministry of Coastal Affairs', candidates: [{ value: 'Ministry of Coastal Affairs', source: '<title>', strong: true }] });
    const cited = reference({ title: 'Election commission rejects complaint over redrawn district boundaries', outlet: 'Ministry of Coastal Affairs' });
    expect(decideVerdict(cited, fetched({ url }), shell, options, { status: 200, page: shell }).verdict).toBe('unverifiable');
  });
});

describe('decideVerdict: a page cited by its outlet\'s own name', () => {
  it('keeps that name as the page\'s headline (a journal\'s or magazine\'s own page)', () => {
    const home = pageWith({ title: 'Nature', candidates: [{ value: 'Nature', source: '<title>', strong: true }] });
    expect(decideVerdict(reference({ title: 'Nature', outlet: 'Nature', date: undefined }), fetched({ url }), home, options).verdict).toBe('verified');
  });
});

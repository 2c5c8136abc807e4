// resolve against a loopback archive and a loopback outlet, through real HTTP: the index
// searched by the outlet's URL shapes, candidates ranked, the best verified live or as captured.
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexClient, type IndexClient } from '../../src/archive/index.js';
import { resolveReference, type Outlet, type ResolveDeps } from '../../src/resolve/index.js';
import { articleHtml, notFoundHtml, startArchive, type ArchiveStub, type StubCapture } from '../helpers/cdx-server.js';
import { reference } from '../helpers/page.js';
import { startSite, type Route, type SiteServer } from '../helpers/site-server.js';
import { closedAfterEach } from '../fetch/cleanup.js';
import { testOptions } from '../fetch/options.js';

const TITLE = 'Seoul and Washington agree the nuclear talks will go on';
const CITED = reference({ id: '18', title: TITLE, outlet: 'The Daily Example', date: '2024-11-07', url: null });
const PUBLISHED = '2024-11-07T09:20:00+09:00';

const tools = closedAfterEach();
const closers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c.close()));
});

async function setUp(
  routes: Record<string, Route>,
  captures: (origin: string) => StubCapture[],
  shape: (host: string) => string,
): Promise<{ site: SiteServer; archive: ArchiveStub; deps: ResolveDeps }> {
  const site = await startSite(routes, '127.0.0.6');
  closers.push(site);
  const archive = await startArchive(captures(site.origin));
  closers.push(archive);
  const index: IndexClient = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 1000, interval: 0, retryDelayMs: 10 });
  closers.push(index);
  const fetcher = tools.fetcher(testOptions());
  const host = site.origin.replace('http://', '');
  const table: Outlet[] = [{ name: 'The Daily Example', aliases: ['Daily Example'], site: '127.0.0.6', shapes: [{ prefix: shape(host) }] }];
  return { site, archive, deps: { endpoint: archive.endpoint, queryIndex: index.query, fetchPage: fetcher.fetchPage, verify: { titleThreshold: 0.85, dateTolerance: 1 }, table } };
}

const dated = (host: string) => `${host}/news/{YYYY}/{MM}/{DD}/`;

describe('resolveReference', () => {
  it('finds the URL by its dated path and slug and verifies it live', async () => {
    const path = '/news/2024/11/07/seoul-and-washington-agree-the-nuclear-talks-will-go-on';
    const { site, archive, deps } = await setUp(
      { [path]: articleHtml(TITLE, PUBLISHED) },
      (origin) => [
        { original: `${origin}${path}`, timestamp: '20241107040000', body: articleHtml(TITLE, PUBLISHED) },
        { original: `${origin}/news/2024/11/07/yoon-visits-busan-port`, timestamp: '20241107050000', body: articleHtml('Yoon visits Busan port', PUBLISHED) },
        { original: `${origin}/news/2024/11/06/markets-close-higher`, timestamp: '20241106050000', body: articleHtml('Markets close higher', '2024-11-06T15:00:00+09:00') },
      ],
      dated,
    );
    const outcome = await resolveReference(CITED, deps);
    expect(outcome.status).toBe('proposed');
    if (outcome.status !== 'proposed') return;
    expect(outcome.proposal).toMatchObject({ id: '18', url: `${site.origin}${path}`, verified: true, via: 'live' });
    expect(outcome.proposal.score).toBeGreaterThan(0.95);
    expect(outcome.proposal.capture).toBe(`${archive.endpoint}/web/20241107040000/${site.origin}${path}`);
    // The cited day and the days either side, one prefix search each.
    expect(archive.queries().map((q) => [q.get('url'), q.get('matchType'), q.get('collapse')])).toEqual([
      [`${site.origin.replace('http://', '')}/news/2024/11/07/`, 'prefix', 'urlkey'],
      [`${site.origin.replace('http://', '')}/news/2024/11/06/`, 'prefix', 'urlkey'],
      [`${site.origin.replace('http://', '')}/news/2024/11/08/`, 'prefix', 'urlkey'],
    ]);
    // Only the best candidate was asked of the site itself.
    expect(site.requests).toEqual([path]);
  });

  it('when the page is gone, the capture verifies it and the original URL is proposed', async () => {
    const path = '/news/2024/11/07/seoul-washington-agree-talks-go-on';
    const { site, archive, deps } = await setUp(
      { [path]: { status: 404, body: notFoundHtml() } },
      (origin) => [{ original: `${origin}${path}`, timestamp: '20241107040000', body: articleHtml(TITLE, PUBLISHED) }],
      dated,
    );
    const outcome = await resolveReference(CITED, deps);
    expect(outcome).toMatchObject({
      status: 'proposed',
      proposal: { url: `${site.origin}${path}`, verified: true, via: 'archive', capture: `${archive.endpoint}/web/20241107040000/${site.origin}${path}` },
    });
  });

  it('id-only URLs (view.php?ud=) are told apart by their captured headlines', async () => {
    const ids = ['20241107000101', '20241107000202', '20241107000303'];
    const titles = ['Markets close higher on chip exports', TITLE, 'Typhoon warning for Jeju'];
    const { site, deps } = await setUp(
      Object.fromEntries(ids.map((id, i) => [`/view.php?ud=${id}`, articleHtml(titles[i]!, PUBLISHED)])),
      (origin) => ids.map((id, i) => ({ original: `${origin}/view.php?ud=${id}`, timestamp: `2024110706000${i}`, body: articleHtml(titles[i]!, PUBLISHED) })),
      (host) => `${host}/view.php?ud={YYYY}{MM}{DD}`,
    );
    const outcome = await resolveReference(CITED, deps);
    expect(outcome).toMatchObject({ status: 'proposed', proposal: { url: `${site.origin}/view.php?ud=20241107000202`, verified: true, via: 'live', score: 1 } });
  });

  it('a candidate whose page and capture both carry another headline is not proposed', async () => {
    const path = '/news/2024/11/07/seoul-and-washington-agree-the-nuclear-talks-will-go-on';
    const { deps } = await setUp(
      { [path]: articleHtml('Seoul says the talks are off', PUBLISHED) },
      (origin) => [{ original: `${origin}${path}`, timestamp: '20241107040000', body: articleHtml('Seoul says the talks are off', PUBLISHED) }],
      dated,
    );
    const outcome = await resolveReference(CITED, deps);
    // The slug matches, the captured headline does not: the headline outweighs the slug.
    expect(outcome.status).toBe('no-match');
    if (outcome.status !== 'no-match') return;
    expect(outcome.candidates[0]).toMatchObject({ slugScore: 1, capturedTitle: 'Seoul says the talks are off' });
    expect(outcome.candidates[0]!.score).toBeLessThan(0.6);
  });

  it('a close candidate that does not verify is proposed as unverified, with its capture as evidence', async () => {
    const path = '/news/2024/11/07/seoul-and-washington-agree-the-nuclear-talks-will-go-on';
    const { site, archive, deps } = await setUp(
      { [path]: { status: 404, body: notFoundHtml() } },
      // The same headline, dated a month earlier: a date mismatch, not a verification.
      (origin) => [{ original: `${origin}${path}`, timestamp: '20241107040000', body: articleHtml(TITLE, '2024-10-01T09:20:00+09:00') }],
      dated,
    );
    expect(await resolveReference(CITED, deps)).toMatchObject({
      status: 'proposed',
      proposal: { url: `${site.origin}${path}`, verified: false, via: 'archive', capture: `${archive.endpoint}/web/20241107040000/${site.origin}${path}`, score: 1 },
    });
  });

  it('an unknown outlet, a citation without a day, an archive that cannot be reached', async () => {
    const { deps } = await setUp({}, () => [], dated);
    expect(await resolveReference({ ...CITED, outlet: 'Le Monde' }, deps)).toEqual({ status: 'unknown-outlet' });
    expect(await resolveReference({ ...CITED, date: '2024-11' }, deps)).toEqual({ status: 'no-date' });
    expect(await resolveReference(CITED, deps)).toEqual({ status: 'no-match', candidates: [] });
    const down = await startArchive([]);
    await down.close();
    expect(await resolveReference(CITED, { ...deps, endpoint: down.endpoint })).toMatchObject({ status: 'unavailable', reachedServer: false });
  });
});

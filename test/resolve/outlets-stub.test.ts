// resolve with the bundled outlet table against a loopback archive whose captures sit under the
// outlets' real URL shapes (the ids and slugs below are made up for the stub). DNS answers from a
// table that knows no name, so the live outlets are never asked: each proposal is verified from
// its capture, and not one packet leaves the machine.
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexClient } from '../../src/archive/index.js';
import { resolveReference, type ResolveDeps } from '../../src/resolve/index.js';
import { articleHtml, startArchive, type ArchiveStub, type StubCapture } from '../helpers/cdx-server.js';
import { tableLookup } from '../helpers/dns-table.js';
import { reference } from '../helpers/page.js';
import { closedAfterEach } from '../fetch/cleanup.js';
import { testOptions } from '../fetch/options.js';

const tools = closedAfterEach();
const closers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c.close()));
});

const capture = (original: string, timestamp: string, title: string, published: string): StubCapture => ({
  original,
  timestamp,
  body: articleHtml(title, published),
});

const HERALD = 'S. Korea, Canada Demand Withdrawal of N. Korean Troops From Russia';
const JAZEERA = 'US, South Korea and Japan Slam ‘Dangerous’ Ties between Russia, North Korea';
const JOONGANG = 'Calls Are Growing for Korea to Aid Ukraine. Experts Say It Should Wait';

const CAPTURES: StubCapture[] = [
  // The Korea Herald: view.php?ud=<publication date><serial>; three stories that day.
  capture('https://www.koreaherald.com/view.php?ud=20241102000011', '20241102031500', 'Won hits two-year low against the dollar', '2024-11-02T10:01:00+09:00'),
  capture('https://www.koreaherald.com/view.php?ud=20241102000022', '20241102041500', HERALD, '2024-11-02T11:30:00+09:00'),
  capture('https://www.koreaherald.com/view.php?ud=20241102000033', '20241102051500', 'Busan film festival opens with record crowd', '2024-11-02T12:00:00+09:00'),
  // Al Jazeera: /news/YYYY/M/D/<slug>, the UTC date, no padding; one story a day earlier.
  capture('https://www.aljazeera.com/news/2024/11/16/us-south-korea-japan-slam-dangerous-russia-north-korea-ties', '20241116120000', JAZEERA, '2024-11-16T09:12:00Z'),
  capture('https://www.aljazeera.com/news/2024/11/15/russia-pounds-kharkiv-overnight', '20241115120000', 'Russia pounds Kharkiv overnight', '2024-11-15T09:12:00Z'),
  // Korea JoongAng Daily: /news/YYYY-MM-DD/<section>/<sub>/<Slug>/<id>, captured over http with :80.
  capture('http://koreajoongangdaily.joins.com:80/news/2024-11-01/national/diplomacy/Calls-are-growing-for-Korea-to-aid-Ukraine-Experts-say-it-should-wait/2169001', '20241101093000', JOONGANG, '2024-11-01T17:09:00+09:00'),
  capture('https://koreajoongangdaily.joins.com/news/2024-11-01/business/economy/Exports-rise-for-the-thirteenth-month/2169002', '20241101094500', 'Exports rise for the thirteenth month', '2024-11-01T15:00:00+09:00'),
];

async function deps(): Promise<{ archive: ArchiveStub; deps: ResolveDeps }> {
  const archive = await startArchive(CAPTURES);
  closers.push(archive);
  const index = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 1000, interval: 0, retryDelayMs: 10 });
  closers.push(index);
  const fetcher = tools.fetcher(testOptions({ lookup: tableLookup({}) }));
  return { archive, deps: { endpoint: archive.endpoint, queryIndex: index.query, fetchPage: fetcher.fetchPage, verify: { titleThreshold: 0.85, dateTolerance: 1 } } };
}

describe('resolve with the bundled outlets', () => {
  it.each([
    ['17', 'The Korea Herald', HERALD, '2024-11-02', 'https://www.koreaherald.com/view.php?ud=20241102000022'],
    ['18', 'Al Jazeera', JAZEERA, '2024-11-16', 'https://www.aljazeera.com/news/2024/11/16/us-south-korea-japan-slam-dangerous-russia-north-korea-ties'],
    [
      '20',
      'Korea JoongAng Daily',
      JOONGANG,
      '2024-11-01',
      'http://koreajoongangdaily.joins.com/news/2024-11-01/national/diplomacy/Calls-are-growing-for-Korea-to-aid-Ukraine-Experts-say-it-should-wait/2169001',
    ],
  ])('reference %s (%s) is found and verified from its capture', async (id, outlet, title, date, url) => {
    const { archive, deps: d } = await deps();
    const outcome = await resolveReference(reference({ id, outlet, title, date, url: null }), d);
    expect(outcome).toMatchObject({ status: 'proposed', proposal: { id, url, verified: true, via: 'archive' } });
    if (outcome.status === 'proposed') expect(outcome.proposal.capture).toMatch(new RegExp(`^${archive.endpoint}/web/\\d{14}/`));
  });
});

// runResolve (what `citecheck resolve --write` runs) with the bundled outlet table against a
// loopback archive shaped like the real outlets: the private-address guard stays on (the archive
// endpoint is trusted as given), DNS answers from a table that knows no name, so the live outlets
// are never asked and each proposal is verified from its capture. Not one packet leaves the machine.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runResolve } from '../../src/run/resolve.js';
import { articleHtml, startArchive, type ArchiveStub } from '../helpers/cdx-server.js';
import { tableLookup } from '../helpers/dns-table.js';

const HERALD = 'S. Korea, Canada Demand Withdrawal of N. Korean Troops From Russia';
const JAZEERA = 'US, South Korea and Japan Slam ‘Dangerous’ Ties between Russia, North Korea';
const HERALD_URL = 'https://www.koreaherald.com/view.php?ud=20241102000022';
const JAZEERA_URL = 'https://www.aljazeera.com/news/2024/11/16/us-south-korea-japan-slam-dangerous-russia-north-korea-ties';

let dir: string;
let archive: ArchiveStub;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-resolve-run-'));
  archive = await startArchive([
    { original: 'https://www.koreaherald.com/view.php?ud=20241102000011', timestamp: '20241102031500', body: articleHtml('Won hits two-year low against the dollar', '2024-11-02T10:01:00+09:00') },
    { original: HERALD_URL, timestamp: '20241102041500', body: articleHtml(HERALD, '2024-11-02T11:30:00+09:00') },
    { original: JAZEERA_URL, timestamp: '20241116120000', body: articleHtml(JAZEERA, '2024-11-16T09:12:00Z') },
    { original: 'https://www.aljazeera.com/news/2024/11/15/russia-pounds-kharkiv-overnight', timestamp: '20241115120000', body: articleHtml('Russia pounds Kharkiv overnight', '2024-11-15T09:12:00Z') },
  ]);
});
afterEach(async () => {
  await archive.close();
  await rm(dir, { recursive: true, force: true });
});

describe('runResolve with the bundled outlets', () => {
  it('finds both from their captures with the guard on, and --write puts them into the file', async () => {
    const text = `{
  "references": [
    { "id": "17", "authors": [], "title": "${HERALD}", "outlet": "The Korea Herald", "date": "2024-11-02", "url": null },
    { "id": "18", "authors": [], "title": "${JAZEERA}", "outlet": "Al Jazeera", "date": "2024-11-16", "url": null }
  ]
}
`;
    await writeFile(join(dir, 'sources.json'), text);
    const run = await runResolve({
      sources: 'sources.json',
      flags: { write: true, archiveEndpoint: archive.endpoint, hostInterval: 0, retries: 0, timeout: 3000, ignoreRobots: true },
      cwd: dir,
      fetch: { lookup: tableLookup({}) },
    });
    expect(run.unreachable).toBe(false);
    expect(run.proposals).toEqual([
      expect.objectContaining({ id: '17', url: HERALD_URL, verified: true, via: 'archive' }),
      expect.objectContaining({ id: '18', url: JAZEERA_URL, verified: true, via: 'archive' }),
    ]);
    expect(run.written?.ids).toEqual(['17', '18']);
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(
      text.replace('"2024-11-02", "url": null', `"2024-11-02", "url": "${HERALD_URL}"`).replace('"2024-11-16", "url": null', `"2024-11-16", "url": "${JAZEERA_URL}"`),
    );
  });
});

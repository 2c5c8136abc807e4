// `citecheck resolve` through the real CLI in-process: a loopback outlet named in the config's
// `outlets` map, a CDX-speaking loopback archive, the sources file edited in place by --write.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveOutputSchema } from '../../src/resolve/index.js';
import { articleHtml, notFoundHtml, startArchive, type ArchiveStub } from '../helpers/cdx-server.js';
import { runMain } from '../helpers/main-in-process.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
const LIVE = 'Seoul and Washington agree the nuclear talks will go on';
const GONE = 'Lawmakers pass the budget after a night of talks';
const LIVE_PATH = '/news/2024/11/07/seoul-and-washington-agree-the-nuclear-talks-will-go-on';
const GONE_PATH = '/news/2024/11/08/lawmakers-pass-budget-after-night-of-talks';

let dir: string;
let site: SiteServer;
let archive: ArchiveStub;
let sourcesText: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-resolve-'));
  site = await startSite({ [LIVE_PATH]: articleHtml(LIVE, '2024-11-07T09:20:00+09:00'), [GONE_PATH]: { status: 404, body: notFoundHtml() } }, '127.0.0.29');
  const o = site.origin;
  archive = await startArchive([
    { original: `${o}${LIVE_PATH}`, timestamp: '20241107040000', body: articleHtml(LIVE, '2024-11-07T09:20:00+09:00') },
    { original: `${o}/news/2024/11/07/yoon-visits-busan-port`, timestamp: '20241107050000', body: articleHtml('Yoon visits Busan port', '2024-11-07T10:00:00+09:00') },
    { original: `${o}${GONE_PATH}`, timestamp: '20241108060000', body: articleHtml(GONE, '2024-11-08T11:00:00+09:00') },
  ]);
  await writeFile(join(dir, 'citecheck.config.json'), JSON.stringify({ outlets: { 'The Daily Example': site.origin.replace('http://', '') } }));
  // Hand-formatted, with a key order and spacing of its own: --write must keep all of it.
  sourcesText = `{
    "references": [
        { "id": "1", "authors": [], "title": "${LIVE}", "outlet": "The Daily Example", "date": "2024-11-07", "url": null },
        { "id": "2", "authors": [], "title": "${GONE}", "outlet": "The Daily Example", "date": "2024-11-08", "url": null, "pages": "A3" },
        { "id": "3", "authors": [], "title": "A column", "outlet": "Some Unknown Weekly", "date": "2024-11-08", "url": null },
        { "id": "4", "authors": [], "title": "${LIVE}", "outlet": "The Daily Example", "date": "2024-11-07", "url": "${site.origin}${LIVE_PATH}" }
    ]
}
`;
  await writeFile(join(dir, 'sources.json'), sourcesText);
});

afterEach(async () => {
  await archive.close();
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('citecheck resolve', () => {
  it('proposes verified URLs: live when the page is there, by its capture when it is gone (json)', async () => {
    const run = await runMain(['resolve', '--format', 'json', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = resolveOutputSchema.parse(JSON.parse(run.stdout));
    expect(output.proposals).toEqual([
      expect.objectContaining({ id: '1', url: `${site.origin}${LIVE_PATH}`, verified: true, via: 'live' }),
      expect.objectContaining({ id: '2', url: `${site.origin}${GONE_PATH}`, verified: true, via: 'archive', capture: `${archive.endpoint}/web/20241108060000/${site.origin}${GONE_PATH}` }),
    ]);
    // Without --write the file is untouched.
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(sourcesText);
  });

  it('says why a reference got no proposal (text)', async () => {
    const run = await runMain(['resolve', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 references without a URL');
    expect(run.stdout).toMatch(/ 1 {2}http:\/\/127\.0\.0\.29:\d+\/news\/2024\/11\/07\/seoul-.* \(verified live; score/);
    expect(run.stdout).toContain('outlet "Some Unknown Weekly" is not in the table');
  });

  it('--write puts the verified URLs into the file, changing nothing else, with a backup', async () => {
    const run = await runMain(['resolve', '--write', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('wrote 2 verified URLs (1, 2) into sources.json');
    const written = await readFile(join(dir, 'sources.json'), 'utf8');
    const expected = sourcesText
      .replace('"date": "2024-11-07", "url": null', `"date": "2024-11-07", "url": "${site.origin}${LIVE_PATH}"`)
      .replace('"date": "2024-11-08", "url": null, "pages"', `"date": "2024-11-08", "url": "${site.origin}${GONE_PATH}", "pages"`);
    expect(written).toBe(expected);
    expect(await readFile(join(dir, 'sources.json.bak'), 'utf8')).toBe(sourcesText);
  });

  it('refuses --write on a document or standard input (exit 2) before anything is asked', async () => {
    await writeFile(join(dir, 'commentary.md'), 'Text.[^1]\n\n[^1]: A. Writer, "A column," Some Unknown Weekly, November 8, 2024.\n');
    for (const target of ['commentary.md', '-']) {
      const run = await runMain(['resolve', target, '--write', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--write cannot edit');
      expect(run.stderr).toContain('Nothing was fetched');
    }
    expect(archive.requests).toEqual([]);
  });

  it('reads standard input with the working folder\'s config, never its parent folder\'s', async () => {
    const work = join(dir, 'work');
    await mkdir(work);
    await writeFile(join(work, 'citecheck.config.json'), JSON.stringify({ outlets: { 'The Daily Example': site.origin.replace('http://', '') } }));
    // A broken config one folder up: reading it would stop the run with exit 2.
    await writeFile(join(dir, 'citecheck.config.json'), '{ "outlets": ');
    const run = await runMain(['resolve', '-', '--format', 'json', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: work, stdin: sourcesText });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = resolveOutputSchema.parse(JSON.parse(run.stdout));
    expect(output.proposals).toContainEqual(expect.objectContaining({ id: '1', url: `${site.origin}${LIVE_PATH}`, verified: true }));
  });

  it('exits 3 when neither the archive nor any site can be reached', async () => {
    const run = await runMain(['resolve', '--format', 'json', '--archive-endpoint', 'http://127.0.0.29:9', ...FAST], { cwd: dir });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual({ proposals: [] });
    expect(run.stderr).toContain('neither the archive nor any site could be reached');
  });
});

// Regression: robots.txt queues at the same site as the pages waiting for it. With one request
// in flight per site, a page that took the site's only slot before robots.txt loaded would wait
// for robots.txt forever, and robots.txt for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import { testOptions } from './options.js';
import { html, startHttp, type TestServer } from './servers.js';

let site: TestServer;

beforeAll(async () => {
  site = await startHttp('127.0.0.21', (request, response) => {
    if (request.url === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end('User-agent: *\nDisallow: /private/\n');
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html(`page ${request.url}`));
  });
});

afterAll(async () => {
  await site?.close();
});

describe('robots.txt and a one-request-per-site gate', () => {
  it('finishes every page, fetching robots.txt once and first', async () => {
    const fetcher = createFetcher(testOptions({ ignoreRobots: false, hostConcurrency: 1, hostInterval: 5 }));
    try {
      const urls = ['/a', '/b', '/private/c', '/d', '/e'].map((path) => `${site.origin}${path}`);
      const results = await Promise.all(urls.map((url) => fetcher.fetchPage(url)));
      expect(results.map((result) => (result.robotsDisallowed ? 'robots' : result.status))).toEqual([200, 200, 'robots', 200, 200]);
      expect(site.hits[0]!.path).toBe('/robots.txt');
      expect(site.hitsOn('/robots.txt')).toHaveLength(1);
      expect(site.hitsOn('/private/c')).toHaveLength(0);
    } finally {
      await fetcher.close();
    }
  });
});

import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eventually, html } from './servers.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';

const { serve, fetcher } = closedAfterEach();
const page = (res: import('node:http').ServerResponse, title: string): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html(title));
};
const redirect = (res: import('node:http').ServerResponse, status: number, location: string): void => {
  res.writeHead(status, { location });
  res.end();
};

describe('redirects', () => {
  it('resolves a relative Location and records every hop with absolute URLs', async () => {
    const s = await serve('127.0.0.30', (req, res) => {
      if (req.url === '/old') return redirect(res, 301, '/middle');
      if (req.url === '/middle') return redirect(res, 302, 'new?x=1');
      return page(res, 'Article');
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/old`);
    expect(result.error).toBeNull();
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${s.origin}/new?x=1`);
    expect(result.redirects).toEqual([
      { status: 301, url: `${s.origin}/old`, location: `${s.origin}/middle` },
      { status: 302, url: `${s.origin}/middle`, location: `${s.origin}/new?x=1` },
    ]);
    expect(result.body?.toString()).toContain('Article');
  });

  it('asks for "/x?" as written, empty query and all: a redirect from "/x" to "/x?" is no loop', async () => {
    const paths: (string | undefined)[] = [];
    const s = await serve('127.0.6.21', (req, res) => {
      paths.push(req.url);
      if (req.url === '/tech/empty-query') return redirect(res, 302, '/tech/empty-query?');
      if (req.url === '/tech/empty-query?') return page(res, 'Startup fund doubles investment');
      res.writeHead(404);
      res.end();
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/tech/empty-query`);
    expect(result.error).toBeNull();
    expect(result.status).toBe(200);
    expect(paths).toEqual(['/tech/empty-query', '/tech/empty-query?']);
  });

  it('reads a response whose head runs past 16 KiB (many cookies, a long CSP), as browsers do', async () => {
    const s = await serve('127.0.6.22', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': Array.from({ length: 40 }, (_, i) => `c${i}=${'x'.repeat(480)}; Path=/`),
        'content-security-policy': `default-src 'self' ${'https://cdn.example '.repeat(200)}`,
      });
      res.end(html('Small brewers fear new tax on craft beer'));
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/news/big-headers`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toContain('Small brewers fear new tax');
  });

  it('reads a Location sent as raw UTF-8 bytes as a browser does, not as Latin-1', async () => {
    const s = await serve('127.0.6.1', (req, res) => {
      if (req.url === '/old') {
        // Node writes header strings byte per character: this sends the UTF-8 bytes unescaped.
        res.writeHead(302, { location: Buffer.from('/economía/banco-central', 'utf8').toString('latin1') });
        return res.end();
      }
      if (req.url === '/econom%C3%ADa/banco-central') return page(res, 'Banco central mantiene tasas');
      res.writeHead(404);
      res.end();
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/old`);
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${s.origin}/econom%C3%ADa/banco-central`);
  });

  it('keeps the cookies a redirect sets for the rest of its chain: a cookie gate is no loop', async () => {
    const cookiesSeen: (string | undefined)[] = [];
    const s = await serve('127.0.6.4', (req, res) => {
      cookiesSeen.push(req.headers.cookie);
      const hasSession = /(?:^|; )session=abc(?:;|$)/.test(req.headers.cookie ?? '');
      if (req.url === '/same') {
        if (hasSession) return page(res, 'Behind the cookie gate');
        res.writeHead(302, { location: '/same', 'set-cookie': ['session=abc; Path=/; Expires=Wed, 21 Oct 2099 07:28:00 GMT; HttpOnly', 'seen=1; Path=/'] });
        return res.end();
      }
      if (req.url === '/doi-landing') {
        if (hasSession) return page(res, 'Journal article');
        return redirect(res, 302, '/cookie-check?return=%2Fdoi-landing');
      }
      if (req.url?.startsWith('/cookie-check')) {
        res.writeHead(302, { location: '/doi-landing', 'set-cookie': 'session=abc; Path=/' });
        return res.end();
      }
      res.writeHead(404);
      res.end();
    });
    const f = fetcher(testOptions());
    const same = await f.fetchPage(`${s.origin}/same`);
    expect(same.error).toBeNull();
    expect(same.body?.toString()).toContain('Behind the cookie gate');
    expect(cookiesSeen).toEqual([undefined, 'session=abc; seen=1']);
    const checked = await f.fetchPage(`${s.origin}/doi-landing`);
    expect(checked.error).toBeNull();
    expect(checked.body?.toString()).toContain('Journal article');
    // The second chain started without the first one's cookies: each reference stands alone.
    expect(cookiesSeen[2]).toBeUndefined();
    // A gate that never lets us in still ends, at the hop limit.
    const never = await serve('127.0.6.5', (_req, res) => {
      res.writeHead(302, { location: '/x', 'set-cookie': `n=${Math.random()}` });
      res.end();
    });
    expect((await f.fetchPage(`${never.origin}/x`)).error).toBe('too-many-redirects');
  });

  it('follows a page that refreshes at once (meta or Refresh header) as one more hop, but not a reload, a slow refresh or one in <noscript>', async () => {
    const stub = (headTag: string) => `<!doctype html><html><head><title>Redirecting…</title>${headTag}</head><body><p>This story has moved.</p></body></html>`;
    const s = await serve('127.0.6.6', (req, res) => {
      const send = (body: string, headers: Record<string, string> = {}) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
      };
      if (req.url === '/meta') return send(stub('<meta http-equiv="Refresh" content="0; URL=\'/new-story\'">'));
      if (req.url === '/moved-notice') return send(stub('<meta http-equiv="refresh" content="5;url=/new-story">'));
      if (req.url === '/header') return send('', { refresh: '0;url=/new-story' });
      if (req.url === '/live') return send(stub('<meta http-equiv="refresh" content="300">') + '<h1>Live</h1>');
      if (req.url === '/slow') return send(stub('<meta http-equiv="refresh" content="600; url=/new-story">'));
      if (req.url === '/noscript') return send(stub('<noscript><meta http-equiv="refresh" content="0;url=/enable-js"></noscript>'));
      if (req.url === '/self') return send(stub('<meta http-equiv="refresh" content="0;url=/self">'));
      if (req.url === '/scripted') return send(stub('<script>if (!navigator.cookieEnabled) document.write(\'<meta http-equiv="refresh" content="0; url=/cookies-required">\');</script>'));
      return page(res, 'New story');
    });
    const f = fetcher(testOptions());
    for (const path of ['/meta', '/moved-notice', '/header']) {
      const result = await f.fetchPage(`${s.origin}${path}`);
      expect(result.finalUrl, path).toBe(`${s.origin}/new-story`);
      expect(result.redirects, path).toEqual([{ status: 200, url: `${s.origin}${path}`, location: `${s.origin}/new-story` }]);
      expect(result.body?.toString(), path).toContain('New story');
    }
    for (const path of ['/live', '/slow', '/noscript', '/self', '/scripted']) {
      const result = await f.fetchPage(`${s.origin}${path}`);
      expect(result.finalUrl, path).toBe(`${s.origin}${path}`);
      expect(result.error, path).toBeNull();
      expect(result.body?.toString(), path).toContain('This story has moved');
    }
  });

  it('detects a loop', async () => {
    const s = await serve('127.0.0.31', (req, res) => redirect(res, 302, req.url === '/a' ? '/b' : '/a'));
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/a`);
    expect(result.error).toBe('redirect-loop');
    expect(result.redirects.map((r) => r.location)).toEqual([`${s.origin}/b`, `${s.origin}/a`]);
    expect(s.hits).toHaveLength(2);
  });

  it('refuses a Location that is not http(s)', async () => {
    const s = await serve('127.0.0.32', (_req, res) => redirect(res, 302, 'ftp://files.example/x'));
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('bad-redirect');
    expect(result.redirects).toEqual([{ status: 302, url: `${s.origin}/`, location: 'ftp://files.example/x' }]);
  });

  it('follows 10 hops, and stops at the 11th with too-many-redirects', async () => {
    const s = await serve('127.0.0.33', (req, res) => {
      const [, chain, n] = /^\/(\w+)\/(\d+)$/.exec(req.url ?? '') ?? [];
      const hop = Number(n);
      const length = chain === 'ten' ? 10 : 1000;
      if (hop < length) return redirect(res, 307, `/${chain}/${hop + 1}`);
      return page(res, 'end of chain');
    });
    const f = fetcher(testOptions());
    const ten = await f.fetchPage(`${s.origin}/ten/0`);
    expect(ten.error).toBeNull();
    expect(ten.redirects).toHaveLength(10);
    const endless = await f.fetchPage(`${s.origin}/endless/0`);
    expect(endless.error).toBe('too-many-redirects');
    expect(endless.redirects).toHaveLength(11);
    expect(s.hits.filter((h) => h.path.startsWith('/endless/'))).toHaveLength(11);
  });
});

describe('bodies', () => {
  it('decodes gzip, deflate and br bodies', async () => {
    const text = html('Compressed headline');
    const encoders: Record<string, (b: Buffer) => Buffer> = {
      gzip: zlib.gzipSync,
      deflate: zlib.deflateSync,
      br: zlib.brotliCompressSync,
    };
    const s = await serve('127.0.0.34', (req, res) => {
      const coding = req.url!.slice(1);
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding });
      res.end(encoders[coding]!(Buffer.from(text)));
    });
    const f = fetcher(testOptions());
    for (const coding of Object.keys(encoders)) {
      const result = await f.fetchPage(`${s.origin}/${coding}`);
      expect(result.body?.toString()).toBe(text);
    }
    expect(s.hits[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('stops a gzip bomb at the decoded cap and closes the connection', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20_000_000, 0x20)); // ~20 KB that inflates to 20 MB
    const s = await serve('127.0.0.35', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.write(bomb); // and never end: only our side can close this
    });
    const started = performance.now();
    const result = await fetcher(testOptions({ maxBytes: 100_000, timeout: 5_000 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('too-large');
    expect(result.body).toBeNull();
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await eventually(() => s.openSockets.size === 0)).toBe(true);
  });

  it('refuses a declared content-length over the cap without reading', async () => {
    const s = await serve('127.0.0.35', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' });
      res.write('<html>');
    });
    const result = await fetcher(testOptions({ maxBytes: 100_000 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('too-large');
  });

  it('does not download a body that is neither HTML nor PDF', async () => {
    let bytesSent = 0;
    const s = await serve('127.0.0.36', (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(16_384, 1);
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        bytesSent += chunk.length;
        res.write(chunk);
      }, 20);
      res.on('close', () => clearInterval(timer));
    });
    const started = performance.now();
    const result = await fetcher(testOptions({ timeout: 5_000 })).fetchPage(`${s.origin}/big.png`);
    expect(result.error).toBe('unsupported-content');
    expect(result.contentType).toBe('image/png');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await eventually(() => s.openSockets.size === 0)).toBe(true);
    expect(bytesSent).toBeLessThan(200_000);
  });

  it('sniffs a body without content-type: HTML read, binary refused', async () => {
    const s = await serve('127.0.0.37', (req, res) => {
      res.writeHead(200);
      res.end(req.url === '/html' ? `  \n${html('Sniffed')}` : Buffer.alloc(2_000, 7));
    });
    const f = fetcher(testOptions());
    const sniffed = await f.fetchPage(`${s.origin}/html`);
    expect(sniffed.error).toBeNull();
    expect(sniffed.contentType).toBe('text/html');
    expect(sniffed.body?.toString()).toContain('Sniffed');
    const binary = await f.fetchPage(`${s.origin}/bin`);
    expect(binary.error).toBe('unsupported-content');
  });

  it('reads the body of a status the site override accepts, with its headers and user-agent', async () => {
    const s = await serve('127.0.0.38', (_req, res) => {
      res.writeHead(403, { 'content-type': 'text/html', 'cf-mitigated': 'challenge' });
      res.end(html('Just a moment...'));
    });
    const f = fetcher(testOptions({
      siteOverrides: { '127.0.0.38': { acceptStatuses: [403], userAgent: 'special/2', headers: { 'x-token': 't' } } },
    }));
    const result = await f.fetchPage(`${s.origin}/`);
    expect(result).toMatchObject({ status: 403, error: null });
    expect(result.headers['cf-mitigated']).toBe('challenge');
    expect(result.body?.toString()).toContain('Just a moment');
    expect(s.hits[0]!.headers['user-agent']).toBe('special/2');
    expect(s.hits[0]!.headers['x-token']).toBe('t');
  });
});

describe('robots.txt', () => {
  it('honours Disallow for citecheck, fetches robots.txt once per origin, requests nothing disallowed', async () => {
    const s = await serve('127.0.0.40', (req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: citecheck\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n');
      }
      page(res, 'public');
    });
    const f = fetcher(testOptions({ ignoreRobots: false }));
    const [blocked, open1, open2] = await Promise.all([
      f.fetchPage(`${s.origin}/private/x`),
      f.fetchPage(`${s.origin}/public/1`),
      f.fetchPage(`${s.origin}/public/2`),
    ]);
    expect(blocked).toMatchObject({ robotsDisallowed: true, status: null, attempts: 0 });
    expect(open1.error).toBeNull();
    expect(open2.error).toBeNull();
    expect(s.hitsOn('/robots.txt')).toHaveLength(1);
    expect(s.hitsOn('/private/x')).toHaveLength(0);
  });

  it('raises the interval to the Crawl-delay', async () => {
    const s = await serve('127.0.0.41', (req, res) => {
      if (req.url === '/robots.txt') return res.end('User-agent: *\nCrawl-delay: 0.3\n');
      page(res, 'x');
    });
    const f = fetcher(testOptions({ ignoreRobots: false, hostInterval: 20 }));
    await Promise.all([1, 2, 3].map((i) => f.fetchPage(`${s.origin}/p${i}`)));
    const pages = s.hits.filter((h) => h.path !== '/robots.txt');
    // Server stamps may lag a few ms on a busy machine; without Crawl-delay they would be 20 ms.
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(270);
    expect(f.slowedSites()).toEqual([{ site: '127.0.0.41', reason: 'Crawl-delay: 0.3 s' }]);
  });

  it('allows everything when robots.txt fails (500 or timeout)', async () => {
    const s = await serve('127.0.0.42', (req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(500);
        return res.end('Disallow: /');
      }
      page(res, 'x');
    });
    const hanging = await serve('127.0.0.43', (req, res) => {
      if (req.url !== '/robots.txt') page(res, 'y');
    });
    const f = fetcher(testOptions({ ignoreRobots: false, timeout: 200 }));
    expect((await f.fetchPage(`${s.origin}/a`)).error).toBeNull();
    expect((await f.fetchPage(`${hanging.origin}/b`)).error).toBeNull();
  });
});

describe('not-found probe', () => {
  it('requests one impossible path per site, through redirects, and memoizes it', async () => {
    const s = await serve('127.0.0.44', (req, res) => {
      if (req.url!.startsWith('/citecheck-probe-')) return redirect(res, 302, '/');
      page(res, 'Home');
    });
    const f = fetcher(testOptions());
    const [first, second] = await Promise.all([
      f.fetchNotFoundProbe(`${s.origin}/article/1`),
      f.fetchNotFoundProbe(`${s.origin}/article/2`),
    ]);
    expect(first).toBe(second);
    expect(first?.redirects[0]?.url).toMatch(/\/citecheck-probe-[0-9a-f]+-does-not-exist$/);
    expect(first?.finalUrl).toBe(`${s.origin}/`);
    expect(first?.body?.toString()).toContain('Home');
    expect(s.hits.filter((h) => h.path.startsWith('/citecheck-probe-'))).toHaveLength(1);
  });
});

// A loopback archive that speaks the Wayback CDX API the way web.archive.org does: the index at
// /cdx/search/cdx (url, matchType or a trailing *, from, to, filter, limit, output=json with a
// header row, [] when nothing matches, collapse=urlkey) and raw captures at /web/<timestamp>id_/<url>. A redirect
// capture answers 302 to the capture of its target, as the archive replays one; a timestamp with
// no capture redirects to the nearest capture of the URL.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCapture {
  original: string;
  timestamp: string;
  /** The status the capture recorded [200]. */
  statuscode?: number;
  mimetype?: string;
  /** The page's HTML (for a 200 capture). */
  body?: string;
  /** For a 3xx capture: where the site redirected. */
  location?: string;
  digest?: string;
}

export interface ArchiveStub {
  endpoint: string;
  /** Paths (with query) in the order requests arrived. */
  requests: string[];
  /** Only the index queries, parsed. */
  queries(): URLSearchParams[];
  close(): Promise<void>;
}

/** What the archive matches on: scheme, a leading www. and a default port do not matter (its SURT keys drop them). */
function urlKey(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/^([^/]*):(?:80|443)(?=\/|$)/, '$1')
    .replace(/\/$/, '')
    .toLowerCase();
}

function pad(timestamp: string, high: boolean): string {
  return timestamp.padEnd(14, high ? '9' : '0');
}

function matchesFilter(capture: StubCapture, filter: string): boolean {
  const negate = filter.startsWith('!');
  const [field, ...rest] = (negate ? filter.slice(1) : filter).split(':');
  // Java's inline (?i) has no JavaScript spelling: it becomes the i flag.
  let source = rest.join(':');
  const caseless = source.startsWith('(?i)');
  if (caseless) source = source.slice(4);
  const pattern = new RegExp(`^(?:${source})$`, caseless ? 'i' : '');
  const value =
    field === 'statuscode' ? String(capture.statuscode ?? 200) : field === 'mimetype' ? (capture.mimetype ?? 'text/html') : field === 'original' ? capture.original : '';
  return pattern.test(value) !== negate;
}

const FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];

export async function startArchive(captures: StubCapture[], host = '127.0.0.3'): Promise<ArchiveStub> {
  const requests: string[] = [];
  // The index's order: by URL key, then time (a prefix query lists URL by URL).
  const sorted = [...captures].sort((a, b) => urlKey(a.original).localeCompare(urlKey(b.original)) || a.timestamp.localeCompare(b.timestamp));
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const url = new URL(path, 'http://archive.invalid');
    if (url.pathname === '/cdx/search/cdx') {
      const params = url.searchParams;
      let wanted = params.get('url') ?? '';
      let prefix = params.get('matchType') === 'prefix';
      if (wanted.endsWith('*')) {
        wanted = wanted.slice(0, -1);
        prefix = true;
      }
      const key = urlKey(wanted);
      let rows = sorted.filter((c) => (prefix ? urlKey(c.original).startsWith(key) : urlKey(c.original) === key));
      const from = params.get('from');
      const to = params.get('to');
      if (from) rows = rows.filter((c) => c.timestamp >= pad(from, false));
      if (to) rows = rows.filter((c) => c.timestamp <= pad(to, true));
      for (const filter of params.getAll('filter')) rows = rows.filter((c) => matchesFilter(c, filter));
      if (params.get('collapse') === 'urlkey') {
        const seen = new Set<string>();
        rows = rows.filter((c) => !seen.has(urlKey(c.original)) && seen.add(urlKey(c.original)));
      }
      const limit = Number(params.get('limit') ?? '0');
      if (limit > 0) rows = rows.slice(0, limit);
      if (limit < 0) rows = rows.slice(limit);
      const table = rows.map((c) => [
        urlKey(c.original),
        c.timestamp,
        c.original,
        c.mimetype ?? 'text/html',
        String(c.statuscode ?? 200),
        c.digest ?? `D${c.timestamp}`,
        String(c.body?.length ?? 0),
      ]);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(table.length === 0 ? [] : [FIELDS, ...table]));
      return;
    }
    const replay = /^\/web\/(\d{14})id_\/(.+)$/.exec(path);
    if (replay) {
      const [, timestamp, original] = replay as unknown as [string, string, string];
      const same = sorted.filter((c) => urlKey(c.original) === urlKey(original));
      const exact = same.find((c) => c.timestamp === timestamp);
      if (!exact) {
        const nearest = same.sort((a, b) => Math.abs(+a.timestamp - +timestamp) - Math.abs(+b.timestamp - +timestamp))[0];
        if (!nearest) {
          response.writeHead(404, { 'content-type': 'text/html' });
          response.end('<html><head><title>Wayback Machine</title></head><body><p>Hrm. The Wayback Machine has not archived that URL.</p></body></html>');
          return;
        }
        response.writeHead(302, { location: `/web/${nearest.timestamp}id_/${nearest.original}` });
        response.end();
        return;
      }
      const status = exact.statuscode ?? 200;
      if (status >= 300 && status < 400) {
        response.writeHead(302, { location: `/web/${exact.timestamp}id_/${exact.location ?? '/'}` });
        response.end();
        return;
      }
      response.writeHead(status, { 'content-type': exact.mimetype === 'application/pdf' ? 'application/pdf' : 'text/html; charset=utf-8' });
      response.end(exact.body ?? '');
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${port}`,
    requests,
    queries: () =>
      requests.filter((path) => path.startsWith('/cdx/search/cdx')).map((path) => new URL(path, 'http://archive.invalid').searchParams),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A news article page shaped like the outlets' own (og:title, published time, a byline line). */
export function articleHtml(title: string, published: string, text = 'Seoul said on Thursday that the talks would go on.'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - The Daily Example</title>
<meta property="og:title" content="${title}"><meta property="article:published_time" content="${published}">
<meta property="og:site_name" content="The Daily Example"></head>
<body><header><a href="/">The Daily Example</a></header><article><h1>${title}</h1>
<p class="byline">By Staff Reporter / Published : ${published.slice(0, 10)}</p><p>${text}</p></article></body></html>`;
}

/** A site's "not found" page served with 200, as some outlets do. */
export function notFoundHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page Not Found - The Daily Example</title></head>
<body><h1>Sorry, the page you requested could not be found</h1><p>The article may have been moved or deleted.</p></body></html>`;
}

// The Wayback CDX API (github.com/internetarchive/wayback, wayback-cdx-server): query URLs and the
// answer's two JSON shapes. Pure. web.archive.org answers `output=json` with an array of rows whose
// first row names the fields ([] when nothing matched; an empty row then a resume key may follow);
// pywb-based archives answer one JSON object per line. Both are read.

export interface CdxCapture {
  /** 14 digits, yyyyMMddhhmmss, UTC. */
  timestamp: string;
  /** The URL as it was captured. */
  original: string;
  /** The status the capture recorded; null for a revisit or when the index gives none ("-"). */
  statusCode: number | null;
  mimeType: string | null;
  /** Content hash: two captures with the same digest hold the same bytes. */
  digest: string | null;
}

export interface CdxQuery {
  url: string;
  /** 1 to 14 digits, inclusive (the server pads it). */
  from?: string;
  to?: string;
  /** First N results; a negative number, the last N. */
  limit?: number;
  /** `exact` (default) or `prefix` (every URL under the given one). */
  matchType?: 'exact' | 'prefix';
  /** Only captures that recorded a 200: the server filters (the client checks again). */
  only200?: boolean;
  /** More `filter=` expressions, e.g. `original:(?i).*talks-go-on.*`. */
  filters?: string[];
  /** `collapse=urlkey`: one row per URL (for prefix queries). */
  collapse?: 'urlkey';
}

function trimEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}

export function cdxQueryUrl(endpoint: string, query: CdxQuery): string {
  const params = new URLSearchParams({ url: query.url, output: 'json' });
  if (query.matchType && query.matchType !== 'exact') params.set('matchType', query.matchType);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.only200) params.append('filter', 'statuscode:200');
  for (const filter of query.filters ?? []) params.append('filter', filter);
  if (query.collapse) params.set('collapse', query.collapse);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return `${trimEndpoint(endpoint)}/cdx/search/cdx?${params}`;
}

/** The capture's bytes as the site sent them (`id_`: no archive banner, no rewritten links). */
export function rawCaptureUrl(endpoint: string, capture: Pick<CdxCapture, 'timestamp' | 'original'>): string {
  return `${trimEndpoint(endpoint)}/web/${capture.timestamp}id_/${capture.original}`;
}

/** The capture as a reader opens it: the link to propose as a fix. */
export function playbackUrl(endpoint: string, capture: Pick<CdxCapture, 'timestamp' | 'original'>): string {
  return `${trimEndpoint(endpoint)}/web/${capture.timestamp}/${capture.original}`;
}

/** The timestamp and original URL of a `/web/<timestamp>[flags]/<url>` address of this endpoint, or null. */
export function parseCaptureUrl(endpoint: string, url: string): { timestamp: string; original: string } | null {
  const prefix = `${trimEndpoint(endpoint)}/web/`;
  if (!url.startsWith(prefix)) return null;
  const match = /^(\d{1,14})(?:[a-z]{2}_)?\/(.+)$/.exec(url.slice(prefix.length));
  return match ? { timestamp: match[1]!, original: match[2]! } : null;
}

function capture(fields: Record<string, unknown>): CdxCapture | null {
  const text = (key: string, ...alternatives: string[]): string | null => {
    for (const name of [key, ...alternatives]) {
      const value = fields[name];
      if (typeof value === 'string' && value !== '' && value !== '-') return value;
      if (typeof value === 'number') return String(value);
    }
    return null;
  };
  const timestamp = text('timestamp');
  const original = text('original', 'url');
  if (!timestamp || !/^\d{4,14}$/.test(timestamp) || !original) return null;
  const status = text('statuscode', 'status');
  return {
    timestamp: timestamp.padEnd(14, '0'),
    original,
    statusCode: status !== null && /^\d{3}$/.test(status) ? Number(status) : null,
    mimeType: text('mimetype', 'mime'),
    digest: text('digest'),
  };
}

export type CdxParse = { ok: true; captures: CdxCapture[] } | { ok: false; detail: string };

/** Rows that cannot be read are dropped; an answer that is not CDX JSON at all is an error. */
export function parseCdxJson(text: string): CdxParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, captures: [] };
  if (trimmed.startsWith('{')) return parseJsonLines(trimmed);
  let rows: unknown;
  try {
    rows = JSON.parse(trimmed);
  } catch {
    return { ok: false, detail: 'the index did not answer JSON' };
  }
  if (!Array.isArray(rows)) return { ok: false, detail: 'the index answered JSON that is not a list of captures' };
  if (rows.length === 0) return { ok: true, captures: [] };
  const header = rows[0];
  if (!Array.isArray(header) || !header.every((name) => typeof name === 'string')) {
    return { ok: false, detail: 'the index answer has no header row' };
  }
  const captures: CdxCapture[] = [];
  for (const row of rows.slice(1)) {
    // An empty row separates the captures from a resume key.
    if (!Array.isArray(row) || row.length === 0) break;
    const fields = Object.fromEntries((header as string[]).map((name, i) => [name, row[i]]));
    const read = capture(fields);
    if (read) captures.push(read);
  }
  return { ok: true, captures };
}

function parseJsonLines(text: string): CdxParse {
  const captures: CdxCapture[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const read = capture(JSON.parse(line) as Record<string, unknown>);
      if (read) captures.push(read);
    } catch {
      return { ok: false, detail: 'the index answered lines that are not JSON' };
    }
  }
  return { ok: true, captures };
}

/** A capture timestamp as a Date (UTC). */
export function timestampDate(timestamp: string): Date {
  const t = timestamp.padEnd(14, '0');
  return new Date(Date.UTC(+t.slice(0, 4), +t.slice(4, 6) - 1, +t.slice(6, 8), +t.slice(8, 10), +t.slice(10, 12), +t.slice(12, 14)));
}

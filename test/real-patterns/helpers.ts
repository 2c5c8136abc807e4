// Pages written for the test suite in the shapes real sites were found to take (never copied from
// a saved page): each reproduces one pattern that once gave a wrong verdict on real pages.
import { extractMetadata } from '../../src/extract/index.js';
import type { CheckResult, PageMetadata } from '../../src/types.js';
import { decideVerdict } from '../../src/verify/index.js';
import { fetched, reference } from '../helpers/page.js';

export const FETCHED_AT = new Date('2026-12-01T12:00:00Z');
export const PAGE_URL = 'https://news.example/2025/03/14/harbour-story';

export function read(html: string | Buffer, contentType = 'text/html', url = PAGE_URL): PageMetadata {
  return extractMetadata(Buffer.isBuffer(html) ? html : Buffer.from(html, 'utf8'), { contentType, url, now: FETCHED_AT });
}

/** The verdict `check` gives a citation of this page (served as text/html without a charset). */
export function check(html: string | Buffer, cited: { title: string; date?: string }, url = PAGE_URL): CheckResult {
  const page = read(html, 'text/html', url);
  const ref = reference({ title: cited.title, date: cited.date, url });
  return decideVerdict(ref, fetched({ url, contentType: 'text/html' }), page, { titleThreshold: 0.85, dateTolerance: 1 });
}

/** An article page: head metas and a body, each given as raw HTML. */
export function article(parts: { head?: string; body?: string; title?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${parts.title ?? 'Harbour Story | Daily Example'}</title>${parts.head ?? ''}</head>
<body><header class="site-header"><a href="/">Daily Example</a><nav><a href="/world/">World</a></nav></header>
<main><article>${parts.body ?? ''}<p>${'The harbour authority met on Friday to discuss the new quay. '.repeat(12)}</p></article></main>
<footer>© 2026 Daily Example</footer></body></html>`;
}

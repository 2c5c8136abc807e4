import { ownData } from '../own-string.js';
import type { FetchResult, PageMetadata } from '../types.js';
import { extractMetadata } from './index.js';

/**
 * Reads a fetched page without letting a parser fault lose the reference: live pages, the
 * not-found probe, archive captures and resolve's candidates all go through here.
 *
 * The metadata is returned as a copy that owns its strings: a headline or date cut out of the
 * page's text is, in V8, a slice that keeps the whole decoded page alive, and results keep these
 * strings (candidates, the title found) until the report is written. Copied, a result holds a few
 * hundred bytes of text instead of its page (10,000 pages of 100 KB would be a gigabyte).
 *
 * `now` is the fetch time (a date after it is never the page's); `url` the address the page is
 * read as [the final URL] — a capture is read as its original URL. `fingerprint`: false where
 * nothing keeps the article's fingerprint (only --state does, for the reference's own pages);
 * `articleNames`: false where nothing compares the page with a citation (inspect, the not-found probe).
 */
export function readFetchedPage(
  fetched: FetchResult,
  now: Date,
  url: string = fetched.finalUrl,
  { fingerprint = true, articleNames = true }: { fingerprint?: boolean; articleNames?: boolean } = {},
): { page: PageMetadata | null; fault: string | null } {
  if (!fetched.body) return { page: null, fault: null };
  try {
    const page = extractMetadata(fetched.body, { contentType: fetched.contentType, url, headers: fetched.headers, now, fingerprint, articleNames });
    return { page: ownData(page), fault: null };
  } catch (error) {
    return { page: null, fault: error instanceof Error ? error.message : String(error) };
  }
}

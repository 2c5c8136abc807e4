import { extractMetadata } from '../extract/index.js';
import type { FetchResult, PageMetadata } from '../types.js';

/** Reads a page without letting a parser fault lose the reference. */
export function readPage(fetched: FetchResult, now: Date): { page: PageMetadata | null; fault: string | null } {
  if (!fetched.body) return { page: null, fault: null };
  try {
    const page = extractMetadata(fetched.body, {
      contentType: fetched.contentType,
      url: fetched.finalUrl,
      headers: fetched.headers,
      now,
    });
    return { page, fault: null };
  } catch (error) {
    return { page: null, fault: error instanceof Error ? error.message : String(error) };
  }
}

// `inspect`: fetch → extract, for a URL or a local file, with nothing compared.
import { extname } from 'node:path';
import { extractMetadata } from '../extract/index.js';
import type { FetchOptions } from '../fetch/index.js';
import { readUserFileSync } from '../read-user-file.js';
import { inspectFiles } from './inspect-files.js';
import { readFetchedPage as readPage } from '../extract/read-fetched.js';
import type { FetchErrorCode, PageMetadata } from '../types.js';

export interface InspectResult extends PageMetadata {
  target: string;
  /** For URLs: what the fetch gave, so a failed fetch still says why. */
  http?: {
    status: number | null;
    finalUrl: string;
    error: FetchErrorCode | null;
    detail: string | null;
    /** False when the request failed before any server answered (DNS, connect). */
    reachedServer: boolean;
  };
  /** Set when the page could not be read (a fault in the reader). */
  fault?: string;
}

function isUrlTarget(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

function contentTypeOfFile(path: string): string | null {
  return extname(path).toLowerCase() === '.pdf' ? 'application/pdf' : null;
}

const EMPTY_PAGE: PageMetadata = {
  title: { value: null, source: null, candidates: [] },
  date: { value: null, datetime: null, source: null, kind: null, candidates: [] },
  canonical: null,
  siteName: null,
  language: null,
  signals: { notFound: false, botWall: false, loginWall: false, consentWall: false },
};

/**
 * A file that cannot be read is that target's fault, not the end of the run: the others are still
 * shown. Read synchronously: the thread would only wait for it (see readUserFileSync).
 */
export function inspectFile(path: string, now = new Date()): InspectResult {
  let body: Buffer;
  try {
    body = readUserFileSync(path, 'TARGET_NOT_FOUND', 'give an http(s) URL or the path of a saved HTML or PDF file');
  } catch (error) {
    return { target: path, ...EMPTY_PAGE, fault: (error as Error).message };
  }
  const { fingerprint: _unused, ...page } = extractMetadata(body, { contentType: contentTypeOfFile(path), url: null, now, fingerprint: false, articleNames: false });
  return { target: path, ...page };
}


/** Inspects every target in order; URLs share one fetcher, so politeness holds across them. */
export async function inspectTargets(targets: readonly string[], fetchOptions: FetchOptions, now = new Date()): Promise<InspectResult[]> {
  // Saved pages are read first, on two threads when there are many; a missing file is that
  // target's own error, and the others go on.
  const paths = targets.filter((target) => !isUrlTarget(target));
  const read = await inspectFiles(paths, now, inspectFile);
  const files = new Map<string, InspectResult>(paths.map((path, i) => [path, read[i]!]));
  if (files.size === targets.length) return targets.map((target) => files.get(target)!);
  // Loaded only now: the fetcher and undici cost more start-up time than reading 20 saved pages.
  const { createFetcher } = await import('../fetch/index.js');
  const fetcher = createFetcher(fetchOptions);
  try {
    return await Promise.all(
      targets.map(async (target) => {
        const known = files.get(target);
        if (known) return known;
        const fetched = await fetcher.fetchPage(target);
        const { page, fault } = readPage(fetched, now, fetched.finalUrl, { fingerprint: false, articleNames: false });
        const http = {
          status: fetched.status,
          finalUrl: fetched.finalUrl,
          error: fetched.error,
          detail: fetched.errorDetail,
          reachedServer: fetched.reachedServer,
        };
        // The fingerprint is --state's business; inspect shows what a reader can check.
        const { fingerprint: _unused, ...shown } = page ?? EMPTY_PAGE;
        return { target, ...shown, http, ...(fault ? { fault } : {}) };
      }),
    );
  } finally {
    await fetcher.close();
  }
}

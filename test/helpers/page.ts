import type { FetchResult, LocatedReference, PageMetadata, TitleCandidate } from '../../src/types.js';

/** Builders for the pure stages' inputs; every field a test does not care about is neutral. */
export function pageWith(parts: {
  title?: string | null;
  candidates?: TitleCandidate[];
  date?: string | null;
  notFound?: boolean;
  botWall?: boolean;
  loginWall?: boolean;
}): PageMetadata {
  const title = parts.title ?? null;
  return {
    title: {
      value: title,
      source: title ? 'og:title' : null,
      candidates: parts.candidates ?? (title ? [{ value: title, source: 'og:title', strong: true }] : []),
    },
    date: {
      value: parts.date ?? null,
      datetime: null,
      source: parts.date ? 'article:published_time' : null,
      kind: parts.date ? 'published' : null,
      candidates: [],
    },
    canonical: null,
    siteName: null,
    language: 'en',
    signals: { notFound: parts.notFound ?? false, botWall: parts.botWall ?? false, loginWall: parts.loginWall ?? false },
  };
}

export function fetched(parts: Partial<FetchResult> & { url: string }): FetchResult {
  return {
    finalUrl: parts.url,
    status: 200,
    redirects: [],
    attempts: 1,
    durationMs: 10,
    contentType: 'text/html; charset=utf-8',
    headers: {},
    body: Buffer.from(''),
    error: null,
    errorDetail: null,
    noSuchHost: false,
    reachedServer: true,
    retryAfterMs: null,
    robotsDisallowed: false,
    ...parts,
  };
}

export function reference(parts: Partial<LocatedReference> = {}): LocatedReference {
  return {
    id: '3',
    authors: ['Yonhap'],
    title: 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS',
    outlet: 'The Korea Times',
    date: '2024-11-20',
    url: 'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=386709',
    location: { file: 'sources.json', line: 10, column: 5 },
    ...parts,
  };
}

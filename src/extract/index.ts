// extract: bytes of a fetched page in, PageMetadata out. Pure: no I/O, no clock (the fetch time is
// passed in), one parse of the HTML.
import type { PageMetadata } from '../types.js';
import { decodeForExtraction } from './charset.js';
import { collectDateEvidence } from './date-candidates.js';
import { chooseDate } from './date-choose.js';
import { articleNames } from './article-names.js';
import { articleFingerprint } from './fingerprint.js';
import { readJsonLd } from './jsonld.js';
import { parseHtml } from './parse.js';
import { extractPdfMetadata, isPdf } from './pdf.js';
import { isChallengeResponse } from '../challenge-headers.js';
import { detectSignals } from './signals.js';
import { chooseTitle, collectSiteNames, collectTitles } from './title.js';

export { decodeHtml } from './charset.js';
export { parsePdfDate } from './pdf.js';

export interface ExtractOptions {
  /** The HTTP Content-Type, with its charset if any. */
  contentType: string | null;
  /** Final URL of the page (for URL-date evidence and canonical resolution). */
  url: string | null;
  /** Lower-cased response headers (cf-mitigated: challenge → botWall). */
  headers?: Record<string, string>;
  /** Fetch time: a date after it is never the page's date. */
  now?: Date;
  /** False when the caller drops the article fingerprint (inspect): it is then not computed (null). */
  fingerprint?: boolean;
  /** False when nothing compares the page with a citation (inspect): the article's names are then not read. */
  articleNames?: boolean;
}

export function extractMetadata(body: Buffer, options: ExtractOptions): PageMetadata {
  // An explicit HTML content type wins over the bytes; otherwise either the type or the %PDF- header.
  const declaredHtml = /^\s*(text\/html|application\/xhtml\+xml)/i.test(options.contentType ?? '');
  if (!declaredHtml && (isPdf(body) || /application\/pdf/i.test(options.contentType ?? ''))) {
    const pdf = extractPdfMetadata(body, options.now);
    return { ...pdf, signals: { ...pdf.signals, botWall: isChallengeResponse(options.headers) } };
  }
  const page = parseHtml(decodeForExtraction(body, options.contentType));
  const jsonLd = readJsonLd(page.jsonLd);
  const canonical = resolveUrl(page.canonical, options.url);
  const ogUrl = page.metas.find((meta) => meta.key === 'og:url')?.content ?? null;
  // A saved page has no address of its own: the one it names for itself tells its site's name,
  // the order its site writes numeric dates in, and a date its path may carry.
  const ownUrl = options.url ?? absoluteOrNull(canonical) ?? absoluteOrNull(ogUrl);
  const siteNames = collectSiteNames(page, jsonLd, ownUrl);
  const urls = [canonical, options.url, ogUrl].filter((u): u is string => u !== null);
  const titleCandidates = collectTitles(page, jsonLd, siteNames, urls);
  const title = chooseTitle(titleCandidates);
  const evidence = collectDateEvidence(page, jsonLd, ownUrl, { title: title.value, urls });
  const date = chooseDate(evidence, options.now);
  const hasArticleEvidence = evidence.some((e) => e.kind === 'published' && e.source !== 'time');
  const signals = detectSignals({ page, titles: titleCandidates, headers: options.headers, hasArticleEvidence });
  return {
    title,
    date,
    canonical,
    siteName: page.metas.find((m) => m.key === 'og:site_name')?.content || jsonLd.siteNames[0] || null,
    language: page.lang ?? page.metas.find((m) => m.key === 'og:locale' || m.key === 'content-language')?.content ?? null,
    signals,
    fingerprint: options.fingerprint === false ? null : articleFingerprint(page.articleText),
    ...(options.articleNames === false ? {} : { articleNames: articleNames({ text: page.articleText, paragraphs: page.articleParagraphs, links: page.articleLinks }, titleCandidates) }),
  };
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * An absolute address the page gives for itself, or null. Not an archive's address of a snapshot
 * (web.archive.org/web/20250101093000/https://…, archive.ph): its stamp is the capture's date and
 * its host the archive's name, neither the page's.
 */
function absoluteOrNull(url: string | null): string | null {
  if (url === null || !/^https?:\/\//i.test(url)) return null;
  if (/^https?:\/\/[^/]*\b(?:archive\.org|archive\.(?:ph|is|today|li|vn|fo|md)|webcache\.googleusercontent\.com)(?:[:/]|$)/i.test(url)) return null;
  return /^https?:\/\/[^/]+\/.*https?(?::|%3A)/i.test(url) ? null : url;
}

// Every date the page offers, with where it came from, what it claims to be, and how much it is
// worth as evidence of the publication day. Choosing among them is date-choose.ts's job.
import type { DateCandidate, DateKind } from '../types.js';
import type { ParsedPage } from './page.js';
import type { JsonLdFacts } from './jsonld.js';
import { parseMachineDate, parseTextDates, type ParsedDate } from './date-parse.js';
import { classifyLabel, hasPublishedLabel } from './date-labels.js';

export interface DateEvidence extends DateCandidate {
  weight: number;
  zone: ParsedDate['zone'];
  instant: number | null;
  offsetMinutes: number | null;
}

/** Meta keys (name/property/itemprop, lower-cased) → kind and weight. */
const META_DATES: Record<string, [DateKind, number]> = {
  citation_publication_date: ['published', 3], citation_date: ['published', 3], citation_online_date: ['published', 2],
  'article:published_time': ['published', 3], 'og:published_time': ['published', 2.5],
  'og:article:published_time': ['published', 2.5], 'article:published': ['published', 2], published_time: ['published', 2],
  'parsely-pub-date': ['published', 2.5], 'sailthru.date': ['published', 2], 'dc.date': ['published', 2],
  'dc.date.issued': ['published', 2], 'dcterms.issued': ['published', 2], 'dcterms.created': ['published', 2],
  'dcterms.date': ['published', 2], 'dc.date.created': ['published', 2], pubdate: ['published', 2], publishdate: ['published', 2],
  'publish-date': ['published', 2], publish_date: ['published', 2], publication_date: ['published', 2],
  'article.published': ['published', 2], datepublished: ['published', 2.5], datecreated: ['published', 1.5],
  'og:regdate': ['published', 2], originalpublicationdate: ['published', 2], 'cxenseparse:recs:publishtime': ['published', 2],
  date: ['published', 1.5], 'nv:date': ['published', 1.5], pdate: ['published', 2], 'article:published_date': ['published', 2],
  // Other CMS and analytics names (htmldate's list, less the ones that stamp the render time).
  article_date_original: ['published', 2], date_published: ['published', 2], dateposted: ['published', 2], 'dc.created': ['published', 2],
  'dc.date.publication': ['published', 2], 'dc:created': ['published', 2], 'dc:date': ['published', 1.5], 'dcsext.articlefirstpublished': ['published', 2],
  displaydate: ['published', 1.5], doc_date: ['published', 1.5], mediator_published_time: ['published', 2], ptime: ['published', 2],
  'published-date': ['published', 2], rbpubdate: ['published', 2], 'rnews:datepublished': ['published', 2], 'og:pubdate': ['published', 2],
  'shareaholic:article_published_time': ['published', 2], 'twt-published-at': ['published', 2], 'vr:published_time': ['published', 2],
  'weibo: article:create_at': ['published', 2], 'prism.publicationdate': ['published', 2.5],
  'article:modified_time': ['modified', 1], 'og:updated_time': ['modified', 1], datemodified: ['modified', 1],
  'dcterms.modified': ['modified', 1], 'last-modified': ['modified', 0.5], 'article:modified': ['modified', 1],
};

export function collectDateEvidence(page: ParsedPage, jsonLd: JsonLdFacts, url: string | null): DateEvidence[] {
  const out: DateEvidence[] = [];
  const add = (raw: string, source: string, kind: DateKind, weight: number, parsed = parseMachineDate(raw)): void => {
    if (!parsed) return;
    out.push({ value: parsed.value, datetime: parsed.datetime, source, kind, weight, zone: parsed.zone, instant: parsed.instant, offsetMinutes: parsed.offsetMinutes });
  };

  // The first of each key: later ones are microdata of other articles' cards further down.
  const seenKeys = new Set<string>();
  for (const meta of page.metas) {
    const rule = META_DATES[meta.key];
    if (!rule || meta.excluded || seenKeys.has(meta.key)) continue;
    seenKeys.add(meta.key);
    add(meta.content, meta.key, rule[0], rule[1]);
  }
  for (const value of jsonLd.published.slice(0, 2)) add(value, 'json-ld:datePublished', 'published', 3);
  for (const value of jsonLd.created.slice(0, 1)) add(value, 'json-ld:dateCreated', 'published', 2);
  for (const value of jsonLd.modified.slice(0, 1)) add(value, 'json-ld:dateModified', 'modified', 1);

  const mainH1 = page.h1s.find((h) => !h.excluded);
  const nearHeadline = (order: number): boolean => mainH1 !== undefined && order >= mainH1.order - 2 && order <= mainH1.order + 12;

  let firstTime = true;
  for (const time of page.times) {
    // A <time> inside a link is a teaser's, except the post's own hAtom date: WordPress themes
    // wrap it in the permalink (<a rel="bookmark"><time class="entry-date published">).
    if (time.excluded || (time.inLink && time.hAtom === null)) continue;
    const isFirst = firstTime;
    firstTime = false;
    const parsed = parseMachineDate(time.datetime) ?? parseTextDates(time.text, true)[0] ?? null;
    const label = classifyLabel(time.label);
    const prop = time.itemprop ?? '';
    const modified = time.hAtom === 'updated' || (time.hAtom !== 'published' && (label === 'modified' || prop === 'datemodified'));
    const explicit = time.pubdate || prop === 'datepublished' || label === 'published' || time.hAtom === 'published';
    // Teaser cards are often <article>s with a <time> each; only the headline's own time counts fully.
    const weight = modified ? 1 : explicit ? 2.5 : nearHeadline(time.order) ? 2 : isFirst && time.inArticle ? 1.5 : 0.5;
    add(time.datetime, 'time', modified ? 'modified' : 'published', weight, parsed);
  }

  addVisibleText(page, out, nearHeadline);
  addUrlDate(url, out);
  return out;
}

function addVisibleText(page: ParsedPage, out: DateEvidence[], nearHeadline: (order: number) => boolean): void {
  const dayFirst = !/^en-us$/i.test(page.lang ?? '');
  for (const segment of page.segments) {
    if (segment.inLink) continue;
    const dates = parseTextDates(segment.text, dayFirst);
    if (dates.length === 0) continue;
    if (segment.excluded && !hasPublishedLabel(segment.text) && !hasPublishedLabel(segment.previous)) continue;
    let labelStart = 0;
    for (const [i, date] of dates.entries()) {
      const before = segment.text.slice(labelStart, date.index);
      labelStart = date.end;
      const label = classifyLabel(i === 0 && before.trim().length === 0 ? segment.previous : before);
      let weight: number;
      if (segment.excluded) {
        // Chrome never gives an unlabelled date; a labelled one only counts when nothing else does.
        // and only with a time: footers print a paper's registration date ("등록일자 1980.12.29").
        if (label !== 'published' || !date.datetime) continue;
        weight = 0.3;
      } else if (label === 'published') weight = 3;
      else if (label === 'modified') weight = 1;
      else if (nearHeadline(segment.order)) weight = 1.2;
      else weight = segment.inArticle ? 0.6 : 0.3;
      // A date printed with its time is the story's timestamp more often than a bare date is.
      if (date.datetime && label !== 'modified') weight += 0.3;
      const kind: DateKind = label === 'modified' ? 'modified' : 'visible-text';
      const source = label === 'published' ? 'text:published' : label === 'modified' ? 'text:updated' : 'text';
      out.push({ value: date.value, datetime: date.datetime, source, kind, weight, zone: date.zone, instant: date.instant, offsetMinutes: date.offsetMinutes });
    }
  }
}

const URL_DATES = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /[?&][a-z_]*=((?:19|20)\d{2})(\d{2})(\d{2})\d{0,10}(?:&|$)/i,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\d{0,10}(?:[/_.-]|$)/,
];

/** The weakest evidence: a full day in the URL (never a year/month path, which some sites reuse). */
function addUrlDate(url: string | null, out: DateEvidence[]): void {
  if (!url) return;
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    return;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    if (!m) continue;
    const parsed = parseMachineDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
    if (parsed) {
      out.push({ value: parsed.value, datetime: null, source: 'url', kind: 'url', weight: 0.2, zone: 'none', instant: null, offsetMinutes: null });
      return;
    }
  }
}

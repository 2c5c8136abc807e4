// Every date the page offers, with where it came from, what it claims to be, and how much it is
// worth as evidence of the publication day. Choosing among them is date-choose.ts's job.
import type { DateCandidate, DateKind } from '../types.js';
import type { Heading, MetaTag, ParsedPage } from './page.js';
import { linksToPage, ownAddresses, ownPermalinkDays, type OwnAddresses } from './permalink-dates.js';
import type { JsonLdFacts, JsonLdRecord } from './jsonld.js';
import { key } from './title.js';
import { hasDotTimeAfter, parseMachineDate, parseTextDates, type ParsedDate, type TextDate } from './date-parse.js';
import { classifyLabel, findLabel, hasPublishedLabel, type LabelKind } from './date-labels.js';
import { MINGUO_DATE_LABELS } from './date-calendars.js';
import { BYLINE_REACH } from './parse-stack.js';

export interface DateEvidence extends DateCandidate {
  weight: number;
  zone: ParsedDate['zone'];
  instant: number | null;
  offsetMinutes: number | null;
  /** Tie-breaks between equally supported days: inside the article, and printed after its headline. */
  inArticle?: boolean;
  afterHeadline?: boolean;
  /**
   * One of the two readings of a numeric date the page does not say how to read (05/06/2024): its
   * weight is halved for choosing, but as evidence it is as firm as the date as printed.
   */
  eitherReading?: boolean;
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

/** What the page is about, to tell its own JSON-LD object from those of other works it lists. */
export interface PageIdentity {
  title: string | null;
  urls: string[];
}

export function collectDateEvidence(page: ParsedPage, jsonLd: JsonLdFacts, url: string | null, identity: PageIdentity = { title: null, urls: [] }): DateEvidence[] {
  const out: DateEvidence[] = [];
  const order = numericDateOrder(page, url);
  const add = (raw: string, source: string, kind: DateKind, weight: number, parsed = parseMachineDate(raw, order.dayFirst)): void => {
    if (!parsed) return;
    out.push({ value: parsed.value, datetime: parsed.datetime, source, kind, weight, zone: parsed.zone, instant: parsed.instant, offsetMinutes: parsed.offsetMinutes });
  };

  // One of each key: the story's own microdata when its <article> has one, else the first (later
  // ones are microdata of other articles' cards further down; a card may come before the story
  // too); an embedded item of another kind (a Book reviewed, an Event) only when nothing else is.
  const story = page.storyArticle;
  const mainH1 = page.h1s.find((h) => !h.excluded);
  // The byline's own item, right under the headline, over a card's above it or a teaser's below.
  const mainH1Index = mainH1 === undefined ? -1 : page.h1s.indexOf(mainH1);
  const underHeadline = (meta: MetaTag) => mainH1 !== undefined && (meta.h1sBefore ?? 0) > mainH1Index && (meta.order ?? 0) <= mainH1.order + 12;
  const rank = (meta: MetaTag) => (meta.otherItem ? 0 : 4) + (underHeadline(meta) ? 2 : 0) + (story !== 0 && meta.article === story ? 1 : 0);
  const chosen = new Map<string, MetaTag>();
  for (const meta of page.metas) {
    if (!META_DATES[meta.key] || meta.excluded) continue;
    const known = chosen.get(meta.key);
    if (!known || rank(meta) > rank(known)) chosen.set(meta.key, meta);
  }
  for (const meta of chosen.values()) {
    const rule = META_DATES[meta.key]!;
    add(meta.content, meta.key, rule[0], rule[1]);
  }
  // The object that is this page's article speaks for it; another (a WebPage wrapper, an ItemList
  // entry, a related story) counts in full only when nothing tells them apart.
  const ranked = rankRecords(jsonLd.records, identity);
  for (const [i, { record, score }] of ranked.slice(0, 2).entries()) {
    const full = (i === 0 || score === ranked[0]!.score) && !isForeignMedia(record, score);
    const published = record.published[0];
    if (published) add(published, 'json-ld:datePublished', 'published', full ? 3 : 1);
    const created = record.created[0];
    if (created && full) add(created, 'json-ld:dateCreated', 'published', 2);
    const modified = record.modified[0];
    if (modified && i === 0) add(modified, 'json-ld:dateModified', 'modified', 1);
  }

  const headline = headlinePosition(mainH1);
  const { near: nearHeadline, after } = headline;

  const fromColumn = new Set<DateEvidence>();
  const beside = new Set<DateEvidence>();
  // The headline's own byline: in its article container, within the byline's reach under it or
  // one of the two dated runs just above it (Kinja prints the byline over the headline).
  const atOwnByline = (order: number, article: number) => mainH1 !== undefined && article === mainH1.article
    && (headline.under(order, article) || headline.above(order, article));
  let own: OwnAddresses | null = null;
  const ownOf = (): OwnAddresses => (own ??= ownAddresses(url, identity.urls));
  let firstTime = true;
  for (const time of page.times) {
    // A <time> inside a link is a teaser's, except the post's own hAtom date: WordPress themes
    // wrap it in the permalink (<a rel="bookmark"><time class="entry-date published">).
    // A <time> labelled as the publication ("Posted on …") inside the article is the article's,
    // even when a wrapper's class (breadcrumbs, share bar) marked that corner as chrome.
    const labelledInArticle = time.inArticle && !time.inLink && (hasPublishedLabel(time.label) || hasPublishedLabel(time.text));
    if ((time.excluded && !labelledInArticle) || (time.inLink && time.hAtom === null)) continue;
    // An <abbr>'s timestamp and a classed element's text count only at the headline's byline, and
    // in a link only in the page's own permalink: elsewhere they are comments', events', teasers'
    // and the next post's days.
    if (time.shape !== 'time' && (!atOwnByline(time.order, time.article)
      || (time.inLink && (time.linkHref === null || !linksToPage(time.linkHref, ownOf()))))) continue;
    const isFirst = firstTime;
    firstTime = false;
    const label = classifyLabel(time.label);
    const explicit = time.pubdate || time.itemprop === 'datepublished' || label === 'published' || time.hAtom === 'published';
    const parsed = parseMachineDate(time.datetime, order.dayFirst) ?? parseTextDates(time.text, order.dayFirst, order.shortYears, !order.decided)[0]
      ?? (explicit && order.shortYears ? bareShortYearDate(time.text) : null);
    // A classed element is a date only when it holds little else: "Originally published in the
    // Northern Echo, 12 June 2012" in an <em class="published"> names another paper's day.
    if (time.shape === 'classed' && (parsed === null || !isTextDate(parsed) || time.text.length - (parsed.end - parsed.index) > CLASSED_EXTRA_CHARS)) continue;
    // A <time> that reads "10/13/16 12:34PM" with no machine date: only the byline's (see addVisibleText).
    // Unless the markup itself says it is the publication's (Kinja's <span class="published">).
    if (parsed !== null && (parsed as TextDate).slashYear && !(time.hAtom === 'published' || time.pubdate)
      && (label !== null || !headline.under(time.order, time.article) || !BYLINE_BEFORE.test(time.label))) continue;
    const prop = time.itemprop ?? '';
    // HTML5's pubdate says publication even on a theme's hAtom class="updated" (The Verge, 2014),
    // unless the text says it is an update ("Last updated: <time class="updated" pubdate>").
    const modified = (time.hAtom === 'updated' && (!time.pubdate || label === 'modified')) || (time.hAtom !== 'published' && (label === 'modified' || prop === 'datemodified'));
    // Teaser cards are often <article>s with a <time> each; only the headline's own time counts fully.
    const weight = modified ? 1 : explicit ? 2.5 : nearHeadline(time.order, time.article) ? 2 : isFirst && time.inArticle ? 1.5 : 0.5;
    // Beside the headline only a date with its time reads as a byline's (a fact box's, an event's
    // or a profile's day seldom has one), and none after another field's label ("Kick-off:"); one
    // marked or labelled as the publication speaks for itself, as anywhere.
    const besideOnly = time.besideHeadline && !explicit;
    if (besideOnly && (!(parsed?.datetime || hasDotTimeAfter(time.text, 0)) || !bylineLabel(time.label, '', label))) continue;
    const before = out.length;
    add(time.datetime, 'time', modified ? 'modified' : 'published', weight, parsed);
    const last = out[out.length - 1];
    if (last?.source === 'time') { last.inArticle = time.inArticle; last.afterHeadline = after(time.order); }
    if (besideOnly && out.length > before) beside.add(last!);
    else if (time.metaColumn && !explicit && !modified && out.length > before) fromColumn.add(last!);
  }

  addVisibleText(page, out, order, headline, { opening: fromColumn, beside }, mainH1, ownOf);
  const fromUrl = urlDate(url);
  // A column beside the headline holds the byline on some sites, and a fact box, an event's or a
  // profile's lines on others: its days (with their time) are the last resort, for a page nothing
  // else dates — not its text, its address, nor a column that opens it.
  let dated = beside.size > 0 && (fromUrl !== null || out.some((e) => !beside.has(e))) ? out.filter((e) => !beside.has(e)) : out;
  // An <aside> that opens the article holds its date line on some sites, and a fact box, a
  // timeline or a match's kick-off on others: its unlabelled dates serve only when nothing else on
  // the page dates it.
  if (fromColumn.size > 0 && dated.some((e) => !fromColumn.has(e))) dated = dated.filter((e) => !fromColumn.has(e));
  if (fromUrl !== null) dated.push(fromUrl);
  return dated;
}

export interface NumericOrder {
  /** 05/06/2024 is 5 June (most of the world, KCNA) unless the page is American. */
  dayFirst: boolean;
  /** The page names a locale that settles it: a region (en-US, en-GB) or a language other than bare English. */
  decided: boolean;
  /** The page's language writes dotted dates day first, down to two-digit years (25.04.24). */
  shortYears: boolean;
}

/** Languages whose bylines print dotted day.month.year dates, two-digit years included. */
const DOTTED_DAY_FIRST = /^(de|ru|uk|be|pl|cs|sk|fi|nb|nn|no|da|tr|hr|sr|sl|bg|ro|et|lv)\b/;

/** Top-level domains only American institutions hold: their pages write 11/04/2024 month first. */
const AMERICAN_HOST = /\.(?:edu|gov|mil)$/i;
/** Country domains of English-writing countries that put the day first (05/11/2024 is 5 November). */
const DAY_FIRST_ENGLISH_HOST = /\.(?:uk|au|nz|ie|in|za|sg|pk|ng|ke)$/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * One decision for every numeric date of the page, from <html lang>, og:locale or
 * Content-Language, else the host: an American-only domain, or an English-writing country's.
 */
function numericDateOrder(page: ParsedPage, url: string | null): NumericOrder {
  const locales = [page.lang ?? '', ...page.metas.filter((m) => m.key === 'og:locale' || m.key === 'content-language').map((m) => m.content)]
    .map((l) => l.trim().replace('_', '-').toLowerCase()).filter((l) => l.length > 0);
  // <html lang="en"> with og:locale en_US is an American page: any source naming en-US settles it.
  if (locales.some((l) => /^en-us\b/.test(l))) return { dayFirst: false, decided: true, shortYears: false };
  if (locales.every((l) => l === 'en') && url !== null) {
    const host = hostOf(url);
    if (AMERICAN_HOST.test(host)) return { dayFirst: false, decided: true, shortYears: false };
    if (DAY_FIRST_ENGLISH_HOST.test(host)) return { dayFirst: true, decided: true, shortYears: false };
  }
  return { dayFirst: true, decided: locales.some((l) => l !== 'en'), shortYears: locales.length > 0 && DOTTED_DAY_FIRST.test(locales[0]!) };
}

const ARTICLE_TYPE = /article|posting|report|scholarly/i;

function rankRecords(records: JsonLdRecord[], identity: PageIdentity): Array<{ record: JsonLdRecord; score: number }> {
  const titleKey = identity.title ? key(identity.title) : '';
  const urls = new Set(identity.urls.map(normaliseUrl));
  const scored = records.map((record) => {
    const headlineKey = record.headline ? key(record.headline) : '';
    const sameTitle = titleKey.length > 0 && headlineKey.length > 0
      && (headlineKey === titleKey || (Math.min(headlineKey.length, titleKey.length) >= 10 && (headlineKey.includes(titleKey) || titleKey.includes(headlineKey))));
    const sameUrl = record.url !== null && urls.has(normaliseUrl(record.url));
    const article = record.types.some((t) => ARTICLE_TYPE.test(t));
    const webPage = record.types.some((t) => /webpage/i.test(t));
    return { record, score: (sameTitle ? 4 : 0) + (sameUrl ? 4 : 0) + (article ? 2 : webPage ? 1 : 0) };
  });
  // A stable sort: equal objects keep the page's order.
  return scored.sort((a, b) => b.score - a.score);
}

/** Media and events a page embeds: their dates are the video's or the event's, not the story's. */
const MEDIA_TYPE = /^(videoobject|audioobject|imageobject|mediaobject|clip|event|podcastepisode|musicrecording|broadcastevent)$/i;

/** A media or event record the page's title and URL do not name: it counts only as weak evidence. */
function isForeignMedia(record: JsonLdRecord, score: number): boolean {
  return record.types.length > 0 && record.types.every((type) => MEDIA_TYPE.test(type)) && score < 4;
}

function normaliseUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
}

/**
 * "25.4.24" alone as the text of a <time> that says it is the publication (hAtom's "published",
 * pubdate, itemprop): a two-digit year is read without its time only there, on a page whose
 * language writes dotted dates day first (Blogger themes print the post's date so).
 */
function bareShortYearDate(text: string): ParsedDate | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\s*$/.exec(text);
  return m === null ? null : parseMachineDate(`20${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

/** A weekday's abbreviation just before a date ("Do 25.04.24", "Mo., 12.03.24"): German bylines. */
const WEEKDAY_BEFORE = /(?:^|[\s|,])(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*$/;


/** Where a text run or <time> stands against the page's main headline (all false without one). */
interface HeadlinePosition {
  near(order: number, article: number): boolean;
  after(order: number): boolean;
  /** In the byline right under it. */
  under(order: number, article: number): boolean;
  /** Outside every article while the headline is in an <article>: a comment's or a rail's, never its byline. */
  beyond(article: number): boolean;
  /** The first run with a digit after the headline, in its container: the byline, if it has a date. */
  first(order: number, article: number): boolean;
  /** The headline's run or one of the two just above it (a byline set over the headline). */
  above(order: number, article: number): boolean;
}

function headlinePosition(mainH1: Heading | undefined): HeadlinePosition {
  if (mainH1 === undefined) return { near: () => false, after: () => false, under: () => false, beyond: () => false, first: () => false, above: () => false };
  const at = mainH1.order;
  // Order counts only runs with a digit: on a page with few of them, a reader's comment below the
  // article is "right after" the headline. A headline inside an <article> element has its byline in
  // it, never outside every article. (A looser "article-header" container often holds the headline
  // alone, its byline set just outside: no such rule there.)
  const outside = (article: number) => mainH1.inArticleElement && article === 0;
  return {
    // Just before the headline sits a kicker date of its own, or the last teaser of a list of other
    // stories: only one in the headline's own article container counts.
    near: (order, article) => !outside(article) && order <= at + 12 && (order >= at || (order >= at - 2 && article !== 0 && article === mainH1.article)),
    after: (order) => order >= at,
    under: (order, article) => !outside(article) && order >= at && order <= at + BYLINE_REACH,
    beyond: outside,
    first: (order, article) => !outside(article) && order === at,
    above: (order, article) => !outside(article) && order >= at - 2 && order <= at,
  };
}

/**
 * What a byline prints before its date: nothing, or "By A. Writer", and a separator ("By Jane Doe •
 * "); not a field's words ("Applications due", "Public Hearing", "Tip-off:").
 */
const BYLINE_BEFORE = /^\s*(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s[^:：\d]{1,60}?)?[\s|•·,–—-]*$/u;

/** The label tables' bare "date" in its languages, which other fields' names end with too. */
const GENERIC_DATE_LABEL = /^(?:date|dated|datum|fecha|data|дата|tarih|日期)(?![\p{L}])/iu;

/** Other fields' days, beside a byline's: a match's kick-off, an event's time, a meeting. */
const OTHER_FIELD = /\b(?:kick-?off|anpfiff|coup d'envoi|saque|meeting|sitzung|next|nächste|prochaine?|latest|letzte|events?|webinar|termin|veranstaltung|évènement|événement|evento|closes?|closing|deadline|due|opens?|frist)\b|開催|日時|일시|締切|마감/iu;

/**
 * Whether what stands before a date in a column beside the headline leaves it a byline's: nothing
 * but a weekday or a name, or a publication's or update's label; never another field's label
 * ("Kick-off:", "Next public meeting:", "開催日時").
 */
function bylineLabel(before: string, previous: string, label: LabelKind): boolean {
  if (label === 'published' || label === 'modified') return true;
  // The line before counts too: a heading "Live event" over "Tuesday, March 12, 2024, 10:00".
  const text = `${previous} ${before}`.trim();
  return !/[:：]\s*$/u.test(text) && !OTHER_FIELD.test(text);
}

/** Evidence read in meta columns: one opening the article, and one beside the headline (see collectDateEvidence). */
interface ColumnEvidence {
  opening: Set<DateEvidence>;
  beside: Set<DateEvidence>;
}

function addVisibleText(page: ParsedPage, out: DateEvidence[], order: NumericOrder, headline: HeadlinePosition, columns: ColumnEvidence, mainH1: Heading | undefined, own: () => OwnAddresses): void {
  const fromColumn = columns.opening;
  const { near: nearHeadline, after, under: underHeadline } = headline;
  // The language whose sentences the body-day rule reads: the page's, English when it names none.
  const proseLanguage = (page.lang ?? 'en').slice(0, 2).toLowerCase();
  const permalinkDays = ownPermalinkDays(page, own, order);
  for (const [segmentIndex, segment] of page.segments.entries()) {
    // A date inside a link is a teaser's, unless the link is the entry's own permalink.
    if (segment.inLink && !permalinkDays.has(segmentIndex)) continue;
    // A day the headline names is as often its subject ("What went wrong on Sept. 21") as its date
    // (a newsletter's "Briefing 2025-01-31"): weak, it dates the page only when nothing else does.
    const inHeadline = mainH1 !== undefined && segment.order === mainH1.order && mainH1.text.includes(segment.text.trim());
    const dates = parseTextDates(segment.text, order.dayFirst, order.shortYears, !order.decided);
    if (dates.length === 0 && MINGUO_CELL.test(segment.text) && MINGUO_LABEL_BEFORE.test(segment.previous)) dates.push(...minguoCell(segment.text, order));
    if (dates.length === 0) continue;
    if (segment.excluded && !hasPublishedLabel(segment.text) && !hasPublishedLabel(segment.previous)) continue;
    // A photo's credit ends its caption: a day its sentences tell before it is the day the photo
    // was taken ("A man walks … on February 11, 2023. REUTERS/Jane Doe"). Not a day after it (a
    // byline's "mli/dpa · 05.11.2024"), nor one that opens the run (a dateline's "LONDON, Nov 5,
    // 2024 (Reuters) - …", a byline's "홍길동 기자 2024.11.05 14:30 (사진=연합뉴스)").
    const creditAt = segment.text.search(PHOTO_CREDIT);
    // Nor a day with its time, or one a field separator sets apart ("Von … 05.11.2024, 14:30 Uhr
    // Foto: …/dpa", "Desk | November 5, 2024 | Lead photo: …/AFP"): a meta row's, not a caption's.
    const inCaption = (date: { index: number; end: number; datetime: string | null }) => (creditAt >= 0 && date.end <= creditAt
      && date.index >= CAPTION_DATE_FROM && date.datetime === null && !FIELD_BEFORE.test(segment.text.slice(Math.max(0, date.index - 4), date.index)))
      || isPhotoDate(segment.text, date.index, date.end);
    let labelStart = 0;
    for (const [i, date] of dates.entries()) {
      const before = segment.text.slice(labelStart, date.index);
      const fromPrevious = i === 0 && before.trim().length === 0;
      const labelText = fromPrevious ? segment.previous : before;
      // The page's clock, printed when it was served ("Current DateTime: 08:48:59 23 Sep 2011"),
      // and when a page or an offer expires: never a day the page was written.
      if (CLOCK_LABEL.test(labelText) || EXPIRY_LABEL.test(labelText)) {
        labelStart = date.end;
        continue;
      }
      const found = findLabel(labelText);
      // A label opens a byline ("Published: …", "| Updated …", "By A. Writer, posted …"); in the
      // middle of a paragraph's sentence it speaks of something else ("The study, published …
      // in Nature", "a letter dated …").
      let label = fromPrevious || found.kind === null || opensByline(segment.text, labelStart + found.index, date.index, date.end) ? found.kind : null;
      // Japanese and Chinese meta lines put the label after the date ("2019年02月22日 14時30分 公開",
      // "2024/11/05 10:00 更新", "2024-11-05 发布"): only in a line as short as a byline, not in a
      // sentence ("11月5日公開の映画"), and only where the byline stands — the first dated run
      // after the headline, or one of the two just above it — not a related item's "2024.10.01 公開",
      // a source's "（2024年10月1日 発表）" or a version table's "v1.0 | 2019/03/15 公開" further on.
      const trailing = label === null && found.kind === null && segment.text.length <= BYLINE_LENGTH && headline.above(segment.order, segment.article)
        ? TRAILING_LABEL.exec(segment.text.slice(date.end)) : null;
      // Its kind as the label tables say (更新 and 修正 are updates); 発表, no byline label before a date, is a publication here.
      if (trailing) label = classifyLabel(trailing[1]!) ?? 'published';
      // "Date: Thursday, December 12" in an event's listing (beside "Time: 4 p.m.") is the
      // event's day, not the page's: no evidence for it either way.
      if (label === 'published' && EVENT_DATE_LABEL.test(fromPrevious ? segment.previous : before) && nextToEventFields(page.segments, segmentIndex, date.datetime !== null)) {
        labelStart = date.end;
        continue;
      }
      // A Korean paper's legal notice ("등록번호 서울 아 51553 · 발행일자 2018. 11. 23 · 발행인 …") gives the
      // day it was registered as a publication, on every page of the site.
      if (label === 'published' && date.datetime === null && REGISTRATION_DATE_LABEL.test(fromPrevious ? segment.previous : before) && nextToRegistration(page.segments, segmentIndex)) {
        labelStart = date.end;
        continue;
      }
      labelStart = date.end + (trailing ? trailing[0].length : 0);
      // "10/13/16 12:34PM" as American bylines print it: only the byline's own, within its reach
      // under the headline, with no label or field before it ("Tip-off:", "Posted" in a review).
      if (date.slashYear && (label !== null || !headline.under(segment.order, segment.article) || !BYLINE_BEFORE.test(fromPrevious ? '' : before))) continue;
      // "29.04.24 um 08:12" is as often a comment's or an appointment's time ("am 02.05.24 um 18:00
      // Uhr"), and "under the headline" only counts runs with digits: unlabelled, a two-digit year
      // counts only as the first dated run after the headline or after a weekday, as bylines print
      // it ("Do 25.04.24 | 14:07 Uhr"), and never outside the headline's <article>.
      if (date.shortYear && label === null
        && (headline.beyond(segment.article) || !(headline.first(segment.order, segment.article) || WEEKDAY_BEFORE.test(before)))) continue;
      // "… will vote on November 12", "… has fallen since 2 November": a day the sentence speaks of,
      // no evidence of the page's own, for or against a citation (unless a byline's label opens the
      // clause: "Last updated by the newsroom on 5 November").
      if (found.kind === null && !inHeadline && (afterSentencePreposition(segment.text, date.index, date.end, proseLanguage) || PROSE_AFTER_DATE.test(segment.text.slice(date.end)))) continue;
      // Beside the headline only a date with its time reads as a byline's, opening its line or
      // after a byline's label: not a kick-off's, a meeting's or a comment's ("latest 6 May 2024 4:12pm").
      // One labelled as the publication ("Published 5 March 2024") speaks for itself, as anywhere.
      const besideOnly = segment.besideHeadline && label !== 'published';
      if (besideOnly && (!(date.datetime !== null || hasDotTimeAfter(segment.text, date.end)) || !bylineLabel(before, i === 0 ? segment.previous : '', label))) continue;
      let weight: number;
      // A day labelled only "Date" in a column beside the headline weighs as a labelled day in
      // chrome does, as it did when such a column was chrome: "Closing date:", "Event date:", a
      // book's "Publication date:" end in that label too ("First published on" is the story's).
      if (segment.excluded || inCaption(date) || (segment.besideHeadline && label === 'published' && GENERIC_DATE_LABEL.test((fromPrevious ? segment.previous : before).slice(Math.max(0, found.index))))) {
        // Chrome never gives an unlabelled date; a labelled one only counts when nothing else does.
        // and only with a time: footers print a paper's registration date ("등록일자 1980.12.29").
        if (label !== 'published' || !(date.datetime || (segment.besideHeadline && hasDotTimeAfter(segment.text, date.end)))) continue;
        weight = 0.3;
      } else if (label === 'published') weight = 3;
      else if (label === 'modified') weight = 1;
      // Right under the headline sits the byline's date; further down the body names other days,
      // as does a sentence of the body right under it ("… will vote on November 12").
      else if (nearHeadline(segment.order, segment.article) && !inProse(segment.text, date.index, date.end)) weight = underHeadline(segment.order, segment.article) ? 1.4 : 1.2;
      else weight = segment.inArticle ? 0.6 : 0.3;
      if (inHeadline && label === null) weight = HEADLINE_DATE_WEIGHT;
      // A date printed with its time is the story's timestamp more often than a bare date is.
      if (date.datetime && label !== 'modified') weight += 0.3;
      // 05/06/2024 on a page whose locale does not say which comes first: a guess, weighed as one.
      if (date.ambiguous && !order.decided) weight *= 0.5;
      const kind: DateKind = label === 'modified' ? 'modified' : 'visible-text';
      const source = label === 'published' ? 'text:published' : label === 'modified' ? 'text:updated' : 'text';
      const evidence: DateEvidence = {
        value: date.value, datetime: date.datetime, source, kind, weight, zone: date.zone, instant: date.instant,
        offsetMinutes: date.offsetMinutes, inArticle: segment.inArticle, afterHeadline: after(segment.order),
      };
      out.push(evidence);
      const column = besideOnly ? columns.beside : segment.metaColumn && label === null ? fromColumn : null;
      column?.add(evidence);
      // Nor does the page say which of the two days it means: the other reading is as much a
      // candidate, so a citation of either is not called a mismatch ("11/04/2024" on an American
      // page under a bare lang="en").
      if (date.ambiguous && !order.decided) {
        evidence.eitherReading = true;
        const other = otherReading(segment.text, date.index, date.value, order);
        if (other) {
          const swapped: DateEvidence = { ...evidence, value: other.value, datetime: other.datetime, zone: other.zone, instant: other.instant, offsetMinutes: other.offsetMinutes };
          out.push(swapped);
          column?.add(swapped);
        }
      }
    }
  }
}

/** A table cell holding only a Minguo date in numbers ("113-11-05"), its label in the cell before. */
const MINGUO_CELL = /^\s*1[0-4]\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;
const MINGUO_LABEL_BEFORE = new RegExp(`(?:${MINGUO_DATE_LABELS})\\s*[：:]?\\s*$`, 'u');

/** The cell's date, read as if its label stood before it (positions stay the cell's own). */
function minguoCell(text: string, order: NumericOrder): ReturnType<typeof parseTextDates> {
  const label = '日期：';
  return parseTextDates(label + text, order.dayFirst, order.shortYears).map((date) => Object.assign(date, { index: date.index - label.length, end: date.end - label.length }));
}

/** A field separator right before a date: a byline's or a meta row's field, not a caption's sentence. */
const FIELD_BEFORE = /[|·•]\s*$/u;
/** Characters a caption's sentence runs before its date: a date nearer the start opens a dateline or a byline. */
const CAPTION_DATE_FROM = 40;
/**
 * A news photo's credit, as agencies and papers write it under the picture: "(AP Photo/Jane Doe)",
 * "REUTERS/John Doe", "Jörg Carstensen/dpa", "Jane Doe/AFP via Getty Images", "사진=연합뉴스".
 */
const PHOTO_CREDIT = /\((?:AP|AFP|EPA|Reuters|Getty)\s+Photo\b|\bREUTERS\/|[\p{L}.]\/(?:AFP|AP|EPA|dpa|ANP|Xinhua|Reuters|Bloomberg|NurPhoto|Sipa|Getty Images|picture alliance|Anadolu|연합뉴스|뉴스1|뉴시스)\b|\bvia Getty Images\b|사진\s*=/u;

function isTextDate(date: ParsedDate): date is TextDate {
  return typeof (date as Partial<TextDate>).index === 'number';
}

/** Characters besides its date a classed element's text may have ("on ", "Posted ", a second copy's spaces). */
const CLASSED_EXTRA_CHARS = 16;

/** An expiry's label ("Expiration DateTime:", "Expires:", "Valid until"). */
const EXPIRY_LABEL = /\b(?:expir(?:ation|y|es|ed)|valid (?:until|through|thru))\b[^.!?\d]{0,16}$/i;

/** A clock's label, and the time it may print before the day: never a date the page is about. */
const CLOCK_LABEL = /\bcurrent\s+(?:date\s*\/?\s*time|date|time)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)?$/i;

/**
 * The day a photo was taken, as agencies caption it wherever the picture goes: "FILE - In this
 * March 2, 2011 file photo, …", "In this Friday, Oct. 21, 2011, file photo", "This March 2, 2011
 * photo provided by … shows". No byline is worded so, at any distance from a credit.
 */
function isPhotoDate(text: string, index: number, end: number): boolean {
  return IN_THIS_BEFORE.test(text.slice(Math.max(0, index - 24), index)) || FILE_PHOTO_AFTER.test(text.slice(end, end + 16));
}
const IN_THIS_BEFORE = /\bin this\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** "… 2011 file photo", "… 2011, photo provided by": in lower case, a caption's sentence; "Photo:" and "Photo by" are a byline's credit. */
const FILE_PHOTO_AFTER = /^,?\s+(?:[Ff]ile\s+)?photo\b(?!\s*[:：])/;

/**
 * A date in the headline's own text: enough to date a page that says nothing else (a newsletter's
 * "Briefing: November 5, 2024"), a little more than a day its body names, never a byline's weight.
 */
const HEADLINE_DATE_WEIGHT = 0.7;

/** A bare "Date" label, which names an event's day as readily as a page's. */
const EVENT_DATE_LABEL = /(?:^|[^\p{L}])(?:date|datum|fecha|data|дата|tarih|日期|日付|날짜)\s*[:：]?\s*(?:\p{L}+\.?,?\s*)?$/iu;
/** An event listing's time field ("Time: 4:00 p.m."), not a reading time ("Time: 4 min read"). */
const EVENT_TIME_FIELD = /^\s*(?:time|times|uhrzeit|zeit|hora|horario|heure|horaire|ora|orario|時間|시간)\s*[:：](?!\s*\d+\s*min)/iu;
/** An event listing's place field. */
const EVENT_PLACE_FIELD = /^\s*(?:location|venue|place|where|ort|veranstaltungsort|lugar|lieu|luogo|場所|장소)\s*[:：]/iu;

/**
 * Whether a run sits in an event's listing: a "Time:" field among its neighbours (two either side),
 * or a time of its own and a place field. A press release's "Date:" and its office's "Location:"
 * carry no time.
 */
function nextToEventFields(segments: readonly { text: string; previous: string }[], index: number, timed: boolean): boolean {
  let timeField = false;
  let place = false;
  for (let i = Math.max(0, index - 2); i <= Math.min(segments.length - 1, index + 2); i++) {
    for (const text of i === index ? [segments[i]!.previous] : [segments[i]!.text, segments[i]!.previous]) {
      timeField ||= EVENT_TIME_FIELD.test(text);
      place ||= EVENT_PLACE_FIELD.test(text);
    }
  }
  // A "Time:" field of its own marks the listing; a time within the date line needs a place too.
  return timeField || (timed && place);
}

/** A Korean paper's registration number, the field its legal notice opens with. */
const REGISTRATION_NUMBER = /등록\s*번호/u;

/**
 * The notice's date label: "발행일자", "등록일자", "등록연월일" — the formal "일자" a notice uses, not
 * a byline's "등록일 2024-11-05 14:30" or a column's "발행일".
 */
const REGISTRATION_DATE_LABEL = /(?:발행|등록)\s*(?:일자|연월일|년월일)\s*[:：]?\s*$/u;

/** Whether a run sits in a Korean paper's registration notice (its registration number within three runs either side). */
function nextToRegistration(segments: readonly { text: string; previous: string }[], index: number): boolean {
  for (let i = Math.max(0, index - 3); i <= Math.min(segments.length - 1, index + 3); i++) {
    if (REGISTRATION_NUMBER.test(segments[i]!.text) || REGISTRATION_NUMBER.test(segments[i]!.previous)) return true;
  }
  return false;
}

/**
 * A label after its date, with the time between written in kanji ("14時30分"), and not going on
 * into a sentence ("公開の映画", "公開された", "（… 発表）をもとに作成"): the label ends the run or a field.
 */
const TRAILING_LABEL = /^\s*(?:\d{1,2}\s*時\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?\s*(公開|配信|掲載|発表|投稿|发布|發布|發佈|发表|發表|更新|修正)(?=\s*(?:$|[|｜/／・·,，、]))/u;

/** A run this short is a byline or a meta line, whatever precedes its label. */
const BYLINE_LENGTH = 100;

/**
 * A date inside a sentence of the body, which goes on after it ("… will vote on November 12, after
 * months of debate"): a byline, however long its names, ends with its date and time.
 */
function inProse(text: string, index: number, end: number): boolean {
  return text.length > BYLINE_LENGTH && index > BYLINE_LENGTH / 2 && wordsAfter(text, end) > 3;
}

/**
 * A sentence that speaks of a day, in the page's language: a verb of the clause (lower case: "By
 * Will Smith on", "By Han Wei on" are names), then a preposition right before the date — an
 * article or a weekday may stand between ("Lawmakers will vote on Tuesday, November 12", "Der
 * Bundestag wird am 12. November abstimmen", "Le conseil votera le 12 novembre", "estará abierta
 * hasta el 17 de noviembre"). Outside English, a clause opening with a definite article is a
 * sentence's subject too ("Die Pegel steigen seit dem 2. November stetig an") when the sentence goes
 * on after the date — "Le Figaro avec AFP le 5 novembre", "La Redacción el 5 de noviembre" are
 * credit lines that end with it. A byline puts its date after a name and a preposition too ("By
 * Jane Doe on", "Von Max Müller am", "Par Jean Dupont le"), with no verb of its own.
 */
/** English weekdays, for the clauses before a date (a weekday may stand between a preposition and it). */
const EN_WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const PROSE_LANGUAGES: Record<string, { prepositions: RegExp; verbs: RegExp; subject?: RegExp; eventDay?: readonly RegExp[] }> = {
  en: {
    // "by" a deadline: "must be submitted by November 29". A byline's "by" comes before a name,
    // not right before its date ("Updated by the newsroom on …" ends in "on").
    prepositions: /^(?:on|since|until|till|from|after|before|through|by)$/i,
    verbs: /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|be|been|did|does|runs|ran|began|begins|ends|ended|opens|opened|closes|closed|starts|expects|expect|expected|scheduled|plans|planned|announced|approved|votes|vote|voted|meets|met|fell|rose|came|takes|took|remains|remained)$/,
    eventDay: [
      // "is scheduled for Nov. 12", "has been set for", "was pushed back to", ", slated for": a day
      // fixed for an event, the participle used as a verb (after an auxiliary, an adverb or a comma).
      // Not "the top stories for Tuesday, November 5", nor a noun: "Daily Set for November 5",
      // "quiz set for", "Photo set for" are the page's own day.
      new RegExp(`(?:,|\\b(?:is|are|was|were|be|been|being|now|also|already|still|tentatively|provisionally|officially|formally|currently|originally|initially|previously|reportedly))\\s+(?:scheduled|rescheduled|set|slated|planned|fixed|booked|pencilled|penciled|postponed|delayed|deferred|adjourned|extended|moved|pushed|brought)\\s+(?:(?:back|forward|up|out|in)\\s+)?(?:for|to|until)\\s+(?:(?:the|on|${EN_WEEKDAYS})\\W+)*$`, 'iu'),
      // A deadline told as an order: "RSVP by Friday, November 29", "Register by", "Apply online by".
      new RegExp(`^\\W*(?:rsvp|register|apply|submit|enter|respond|reply|sign\\s+up|pay|vote)\\b[^.!?]{0,60}\\bby\\s+(?:(?:the|${EN_WEEKDAYS}|\\d{1,2}(?:[:.]\\d{2})?|[ap]\\.?m\\.?|noon|midnight)\\W+)*$`, 'iu'),
      // A video's or an offer's end: "Available until 6 May 2024", "Valid through", "Expires on".
      /\b(?:available|valid|viewable|online|on\s+demand)\s+(?:until|till|through|thru)\s+(?:the\s+)?$|\bexpires?\s+(?:on\s+)?$/iu,
    ],
  },
  de: {
    prepositions: /^(?:am|seit|bis|vom|ab)$/i,
    verbs: /^(?:wird|werden|wurde|wurden|hat|haben|hatte|ist|sind|war|waren|soll|sollen|kann|können|will|wollen|muss|findet|fand|beginnt|endet|läuft|stimmt|steigen|steigt|bleibt)$/,
    subject: /^(?:die|der|das)$/i,
    // A video's end in the media library: "Verfügbar bis 06.05.2024", "Video abrufbar bis zum …".
    eventDay: [/\b(?:verfügbar|abrufbar|online|gültig|sichtbar)\s+bis\s+(?:zum\s+|am\s+)?$/iu],
  },
  fr: {
    prepositions: /^(?:le|depuis|jusqu|au)$/i,
    verbs: /^(?:va|vont|sera|seront|ont|avait|sont|était|doit|devrait|aura|auront|votera|commence|débute|termine|reste|monte)$/,
    subject: /^(?:le|la|les|l)$/i,
  },
  es: {
    prepositions: /^(?:el|desde|hasta|tras)$/i,
    verbs: /^(?:va|van|será|serán|ha|han|había|es|son|era|debe|fue|está|estará|estarán|votará|comienza|empieza|termina|tendrá|permanece)$/,
    subject: /^(?:el|los|las|la)$/i,
  },
  pt: {
    prepositions: /^(?:até|desde|em)$/i,
    verbs: /^(?:vai|vão|será|serão|fica|ficará|está|estará|estão|foi|tem|têm|deve|começa|termina|permanece)$/,
    subject: /^(?:o|a|os|as)$/i,
  },
};
/** A time between a preposition and its date ("by 5 p.m. November 29"), in English ("am" is German's "on the"). */
const TIME_OF_DAY = /^(?:a|p|m|am|pm|noon|midnight)$/i;
const ARTICLE_OR_WEEKDAY = /^(?:the|dem|den|der|les|los|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;
/** "This …" opening a clause: the page speaking of itself. */
const SELF_REFERENCE = /^(?:this|dieser|diese|dieses|ce|cet|cette|este|esta|esto)$/i;
/** Where a sentence or a byline's field begins. */
const CLAUSE_STOPS = ['. ', '! ', '? ', '|', '·', '•', '\n', '—', '–'];
/** Thai "on the day" (เมื่อวันที่) and Persian "since", "until" (از، تا) right before a date. */
const PROSE_BEFORE_DATE = /(?:เมื่อ\s*(?:วันที่|วัน)?|(?:^|\s)(?:از|تا))\s*$/u;

/** Japanese particles after a day a sentence speaks of: "…に発生した" (happened on), "から" (from), "まで" (until). */
const PROSE_AFTER_DATE = /^\s*(?:に(?:発生|起き|起こ|開催|行われ|予定|実施)|から|まで)/u;

/** A date a body sentence speaks of, by the words of its clause before it (see PROSE_LANGUAGES). */
function afterSentencePreposition(text: string, index: number, end: number, language: string): boolean {
  const before = text.slice(0, index);
  if (PROSE_BEFORE_DATE.test(before)) return true;
  const rules = PROSE_LANGUAGES[language];
  if (!rules) return false;
  // "a.m. " and "p.m. " end no sentence ("must be filed by 5 p.m. November 29").
  const stops = before.replace(/\b([ap])\.m\. /giu, '$1_m_ ');
  const clause = before.slice(Math.max(0, ...CLAUSE_STOPS.map((stop) => {
    const at = stops.lastIndexOf(stop);
    return at < 0 ? 0 : at + stop.length;
  })));
  // A byline's label anywhere in the clause ("This entry was posted in News and tagged … on"), or
  // after the date in its sentence ("Dieser Artikel ist am 5. November in der Printausgabe erschienen").
  const rest = text.slice(end);
  const sentenceEnd = rest.search(/[.!?。](?:\s|$)/u);
  const restOfSentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  // An update after it counts too ("Le Figaro avec AFP le 5 novembre, mis à jour le 8 novembre").
  if (findLabel(clause).kind !== null || hasPublishedLabel(clause) || hasPublishedLabel(restOfSentence) || findLabel(restOfSentence).kind !== null) return false;
  const words = clause.match(/\p{L}+/gu) ?? [];
  // A sentence about the page itself gives the page's own day: "This judgment was handed down on",
  // "This interview was broadcast on", "Dieser Beitrag wurde am … gesendet".
  if (SELF_REFERENCE.test(words[0] ?? '')) return false;
  // "on Tuesday, November 12", "seit dem 2. November", "hasta el 17 de noviembre".
  let last = words.length - 1;
  while (last > 0 && (ARTICLE_OR_WEEKDAY.test(words[last]!) || (language === 'en' && TIME_OF_DAY.test(words[last]!)))) last--;
  if (rules.eventDay?.some((pattern) => pattern.test(clause))) return true;
  if (last < 3 || !rules.prepositions.test(words[last]!)) return false;
  if (words.slice(0, last).some((word) => rules.verbs.test(word))) return true;
  return rules.subject !== undefined && rules.subject.test(words[0]!) && wordsAfter(text, end) >= 3;
}

/** Words after a date up to the end of its sentence. */
function wordsAfter(text: string, end: number): number {
  const rest = text.slice(end);
  const stop = rest.search(/[.!?。！？](?:\s|$)/u);
  return ((stop < 0 ? rest : rest.slice(0, stop)).match(/\p{L}+/gu) ?? []).length;
}

/** Whether the label at `index` of a run's text opens a byline rather than sitting inside a sentence. */
function opensByline(text: string, index: number, dateIndex: number, dateEnd: number): boolean {
  // A byline's label stands right before its date ("Published: ", "Veröffentlicht am ", "Last
  // updated on "), not a clause away ("Veröffentlicht wurde das Gutachten bereits am …").
  if (dateIndex - index > LABEL_REACH) return false;
  const preceding = text.slice(0, index).trimEnd();
  // After a separator, or right after another date of the same line ("…2020Last updated …").
  if (preceding.length === 0 || /[|·•/—–:\n\d]$/u.test(preceding)) return true;
  // After a full stop, when its sentence ends with the date: "… Seoul. Updated January 10, 2025.",
  // not "… for years. Published on 12 March 2019, its first plan …".
  if (preceding.endsWith('.')) return wordsAfter(text, dateEnd) <= 3;
  // After other words, only in a line as short as a byline that ends with its date (and time):
  // "By A. Writer, published 5 November 2024", not "Guidance issued on 21 September asked …".
  const after = text.slice(dateEnd).match(/\p{L}+/gu) ?? [];
  return text.length <= BYLINE_LENGTH && after.length <= 3;
}

/** Characters a byline's label and its joining words take before the date. */
const LABEL_REACH = 28;

/** The other reading of an ambiguous numeric date at `index` than `chosen` (day first or month first). */
function otherReading(text: string, index: number, chosen: string, order: NumericOrder): ReturnType<typeof parseTextDates>[number] | null {
  for (const dayFirst of [true, false]) {
    const reading = parseTextDates(text, dayFirst, order.shortYears).find((date) => date.index === index && date.ambiguous);
    if (reading && reading.value !== chosen) return reading;
  }
  return null;
}

const URL_DATES = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  // The year, a section or two, then the month and day before the story's own name: CNN's
  // addresses until 2013 ("/2010/POLITICS/08/13/democrats.social.security/", "/2009/WORLD/asiapcf/05/25/…").
  // Only such section names: in capitals, or run together with an underscore ("middle_east"); a
  // word in lower case is as often a round, a season, a volume or a box ("/2019/round/12/5/").
  /\/((?:19|20)\d{2})\/(?:[A-Z]{2,}(?:\/[a-z]{2,})?|[a-z]+_[a-z_]+)\/(\d{1,2})\/(\d{1,2})\/(?=[^/]*[a-z])/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /[?&][a-z_]*=((?:19|20)\d{2})(\d{2})(\d{2})\d{0,10}(?:&|$)/i,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\d{0,10}(?:[/_.-]|$)/,
  // An article number that opens with its day after a letter code, as Korean outlets write them,
  // under an article's path: "/news/article/A2026012914320005196" (the day, the time, a serial),
  // "/view/AKR20241105012300001", "/view/NISX20241105_0002945": a serial of seven digits or more
  // after the day. Not a product's or a report's number ("/product/P2019050112345",
  // "/reports/RPT20190501-0002"), nor a camera's file name ("/news/IMG20190512143022"), nor a
  // shorter running number ("/article/A202003154321").
  /\/(?:view|read|article|articles|news|story|stories)\/[A-Z]{1,4}((?:19|20)\d{2})(\d{2})(\d{2})[_-]?\d{7,12}(?:[/_.-]|$)/i,
];

/** The weakest evidence: a full day in the URL (never a year/month path, which some sites reuse). */
function urlDate(url: string | null): DateEvidence | null {
  if (!url) return null;
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    if (!m) continue;
    const parsed = parseMachineDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
    if (parsed) return { value: parsed.value, datetime: null, source: 'url', kind: 'url', weight: 0.2, zone: 'none', instant: null, offsetMinutes: null };
  }
  return null;
}

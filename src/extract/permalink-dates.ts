// Dates read inside a link: a teaser's, except where the link is the entry's own permalink
// (classic WordPress themes wrap their "Posted on" date in it). Which links those are, and which
// of the runs read in them count.
import type { ParsedPage, SegmentLink } from './page.js';
import { parseTextDates } from './date-parse.js';
import { DENSE_SCRIPT } from './parse-text.js';
import type { NumericOrder } from './date-candidates.js';

/** Characters besides its date a permalink's text may have ("8:27 AM - 21 Jun 2016", "Posted April 25, 2024"). */
const PERMALINK_TEXT_CHARS = 24;

/** A run that is its date and little else: a few words at most, or as many CJK characters. */
function onlyItsDate(text: string, start: number, end: number): boolean {
  const rest = text.slice(0, start) + text.slice(end);
  if (rest.length > PERMALINK_TEXT_CHARS) return false;
  const words = rest.replace(DENSE_SCRIPT, ' ').split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  return words.length <= 3 && (rest.match(DENSE_SCRIPT)?.length ?? 0) <= 4;
}

/**
 * The runs, by index, whose dates count although they are read inside a link: the entry's own
 * permalink (see linkedToItself) whose text is its date and little else — not a headline linked
 * to itself that names a day ("Minutes of the March 12, 2024 meeting"), nor a citation box — and
 * only when every such run names the same day: a live blog links each entry's time to the page
 * itself. A permalink's hAtom <time>s (published, updated) speak for themselves: their run is not
 * read again.
 */
export function ownPermalinkDays(page: ParsedPage, ownOf: () => OwnAddresses, order: NumericOrder): Set<number> {
  const runs = new Set<number>();
  const days = new Set<string>();
  let own: OwnAddresses | null = null;
  let hAtomTimes: Set<number> | null = null;
  const segments = page.segments;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment.link === null) continue;
    own ??= ownOf();
    if (!mayLinkToItself(segment.link, own)) continue;
    hAtomTimes ??= new Set(page.times.filter((time) => time.inLink && time.hAtom !== null).map((time) => time.order));
    if (hAtomTimes.has(segment.order) || !linkedToItself(segment.link, own)) continue;
    const dates = parseTextDates(segment.text, order.dayFirst, order.shortYears, !order.decided);
    if (dates.length === 0 || dates.some((date) => !onlyItsDate(segment.text, date.index, date.end))) continue;
    runs.add(index);
    for (const date of dates) days.add(date.value);
  }
  return days.size === 1 ? runs : new Set();
}

export interface OwnAddresses {
  /** The page's address, to read relative links against (null: unknown). */
  base: string | null;
  /** The page's own addresses (its address, canonical, og:url), as addressKey gives them. */
  keys: Set<string>;
  /** Their paths' last parts: a link that holds none of them leads elsewhere (no URL to parse). */
  tails: string[];
}

/** A cheap first test for linkedToItself: a bookmark link, or one whose href holds an own address's last part. */
function mayLinkToItself(link: SegmentLink, own: OwnAddresses): boolean {
  const href = link.href;
  return href !== undefined && (isBookmark(link) || own.tails.some((tail) => href.includes(tail)));
}

const BOOKMARK_REL = /(?:^|\s)bookmark(?:\s|$)/i;

/** rel="bookmark": hAtom's (and WordPress themes') permalink of the entry. */
function isBookmark(link: SegmentLink): boolean {
  return link.rel !== undefined && BOOKMARK_REL.test(link.rel);
}

/**
 * The page's address, and its canonical or og:url where they agree with it on the path (a
 * republished story's canonical names the original, whose date its credit line links to), or
 * stand for it on a saved page without one.
 */
export function ownAddresses(url: string | null, urls: string[]): OwnAddresses {
  const keys = new Set<string>();
  const own = url === null ? null : addressKey(url, null);
  const path = (key: string) => key.slice(key.indexOf('/')).replace(/\?.*$/, '');
  if (own !== null) keys.add(own);
  for (const other of urls) {
    const k = addressKey(other, null);
    if (k !== null && (own === null || path(k) === path(own))) keys.add(k);
  }
  // The last part of each: its query ("?p=385"), else its path's last part, else its host.
  const tails = [...keys].map((k) => (k.includes('?') ? k.slice(k.indexOf('?')) : k.slice(k.lastIndexOf('/') + 1) || k));
  return { base: url, keys, tails };
}

/** A link's target without scheme, "www.", fragment or trailing slash (its query kept: "?p=385" is a post); null if unreadable. */
function addressKey(href: string, base: string | null): string | null {
  try {
    const target = new URL(href, base ?? undefined);
    return `${target.host.replace(/^www\./i, '').toLowerCase()}${target.pathname.replace(/\/+$/, '')}${target.search}`;
  } catch {
    return null;
  }
}

/** Whether a link's address is the page's own permalink (see linkedToItself). */
export function linksToPage(href: string, own: OwnAddresses): boolean {
  return linkedToItself({ href }, own);
}

/**
 * Whether a date read inside a link is the page's own: only when the link is the entry's permalink,
 * the page's own address, as WordPress themes wrap their "Posted on" date (<a href="…permalink…"
 * rel="bookmark">); a bookmark link counts on its own only when the page's address is unknown.
 * Another page's link is a teaser's, and a day's or an issue's archive ("/magazine/2016/12/05",
 * "December 5, 2016 Issue") names the print edition rather than the day the story was posted.
 */
function linkedToItself(link: SegmentLink | null, own: OwnAddresses): boolean {
  // A link to a place on the page ("#comment-12", "…/post/#respond") is a comment's or a section's.
  const href = link?.href;
  if (link === null || href === undefined || href.length === 0 || href.includes('#')) return false;
  if (isBookmark(link) && own.keys.size === 0) return true;
  const target = addressKey(href, own.base);
  return target !== null && own.keys.has(target);
}

// Choosing the publication day from the evidence by agreement: each candidate votes for its day
// with its weight. Published evidence first; a modified date only when nothing else exists; the
// URL only when the page says nothing.
import type { DateCandidate, DateWhere, PageMetadata } from '../types.js';
import type { DateEvidence } from './date-candidates.js';
import { shiftDay } from '../calendar.js';

type DateResult = PageMetadata['date'];

/**
 * A UTC timestamp supports, in full, a local day next to it that the page states: Seoul's morning
 * is the previous day in UTC, New York's late evening the next. The page's own day then wins.
 */
const UTC_NEIGHBOUR_SHARE = 1;
/** What a date that looks like a live clock keeps of its weight. */
const TODAY_SHARE = 0.25;
/** Evidence at least this heavy is the page speaking of itself: metadata, a labelled or headline date. */
const FIRM_WEIGHT = 1;
/**
 * Publication evidence a citation may match besides the chosen day: a publication date in the
 * metadata, an explicit <time> (pubdate, itemprop, hAtom) or a labelled date ("Published ...").
 * An unlabelled date in the page, even near the headline, may be an embedded post's or an event's.
 */
const STRONG_METADATA_WEIGHT = 2;
const STRONG_PAGE_WEIGHT = 2.5;
/** Below this, the best day rests only on unlabelled text outside the article. */
const MIN_SCORE = 0.6;

export function chooseDate(evidence: DateEvidence[], now: Date | undefined): DateResult {
  // Unlabelled text showing the fetch day is a live clock or a "latest" list, never evidence alone.
  const usable = toPageZone(evidence.filter((e) => !isFuture(e, now) && !(e.source === 'text' && looksLikeClock(e, now))));
  const candidates = dedupe(usable, now);
  const published = usable.filter((e) => e.kind === 'published' || e.kind === 'visible-text');
  const modified = usable.filter((e) => e.kind === 'modified');
  // A stray unlabelled date too weak to stand is no reason to ignore a labelled "Updated" line.
  const chosen = (published.length > 0 ? vote(published, usable, now) : null)
    ?? (modified.length > 0 ? vote(modified, usable, now) : null)
    ?? usable.find((e) => e.kind === 'url') ?? null;
  if (!chosen) return { value: null, datetime: null, source: null, kind: null, candidates };
  return { value: chosen.value, datetime: chosen.datetime ?? null, source: chosen.source, kind: chosen.kind, candidates };
}

function vote(pool: DateEvidence[], all: DateEvidence[], now: Date | undefined): DateEvidence | null {
  const fullDays = pool.filter((e) => e.value.length === 10);
  const coarse = pool.filter((e) => e.value.length < 10).sort((a, b) => b.weight - a.weight)[0];
  const dayVoters = fullDays.length > 0 ? fullDays : pool;
  // Weak dates (unlabelled, away from the headline) are mostly a list of other stories, one date
  // each: ten of them must not outvote the page's own metadata, so they vote only when nothing
  // firmer exists.
  const firm = dayVoters.filter((e) => e.weight >= FIRM_WEIGHT);
  const voters = firm.length > 0 ? firm : dayVoters;
  const scores = new Map<string, number>();
  const bump = (day: string, weight: number): void => { scores.set(day, (scores.get(day) ?? 0) + weight); };
  const localDays = new Set(voters.filter((e) => e.zone !== 'utc' && e.weight >= 1).map((e) => e.value));
  // A day the body text names three times ("on 7 May ...") is one voice, not three: unlabelled
  // text adds its strongest mention per day only.
  const textVoice = new Map<string, number>();
  for (const e of voters) {
    let weight = looksLikeClock(e, now) ? e.weight * TODAY_SHARE : e.weight;
    if (e.source === 'text') {
      const heard = textVoice.get(e.value) ?? 0;
      textVoice.set(e.value, Math.max(heard, weight));
      weight = Math.max(0, weight - heard);
    }
    bump(e.value, weight);
    if (e.zone === 'utc' && e.value.length === 10 && localDays.size > 0) {
      for (const delta of reachableDays(e)) {
        const day = shiftDay(e.value, delta);
        if (localDays.has(day)) bump(day, weight * UTC_NEIGHBOUR_SHARE);
      }
    }
  }
  // The URL breaks ties between page dates but never outvotes them.
  for (const e of all) if (e.kind === 'url' && scores.has(e.value)) bump(e.value, e.weight);
  // A year or month from a deliberate source ("citation_publication_date: 2022") backs the days
  // within it, and beats stray days that contradict it.
  if (coarse && dayVoters !== pool) for (const day of scores.keys()) if (day.startsWith(coarse.value)) bump(day, coarse.weight);
  let bestDay: string | null = null;
  let bestScore = -1;
  let bestPlace = -1;
  for (const [day, score] of scores) {
    // Equal votes: a day printed in the article beats one outside it, then one after the headline
    // beats one before it (a teaser list above the story), else the first seen keeps it.
    const place = placeRank(voters, day);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && place > bestPlace)) {
      bestDay = day; bestScore = score; bestPlace = place;
    }
  }
  if (coarse && voters !== pool && !bestDay?.startsWith(coarse.value) && coarse.weight > bestScore) return coarse;
  // Weak text far from any headline (a list of dates on a home page) is not the page's date.
  if (bestScore < MIN_SCORE) return null;
  const supporters = voters.filter((e) => e.value === bestDay);
  supporters.sort((a, b) => b.weight - a.weight || Number(b.datetime !== null) - Number(a.datetime !== null));
  return supporters[0] ?? null;
}

function placeRank(voters: DateEvidence[], day: string): number {
  let rank = 0;
  for (const e of voters) {
    if (e.value !== day) continue;
    rank = Math.max(rank, (e.inArticle ? 2 : 0) + (e.afterHeadline ? 1 : 0));
  }
  return rank;
}

/**
 * The neighbouring days a UTC timestamp can be somewhere's local day: zones run from UTC-12 to
 * UTC+14, so 08:00Z is never the next day anywhere and 21:40Z never the previous one. Without a
 * time (instant unknown) both neighbours stay possible.
 */
function reachableDays(e: DateEvidence): number[] {
  if (e.instant === null) return [-1, 1];
  const minutes = Math.floor(e.instant / 60_000) % 1440;
  const out: number[] = [];
  if (minutes < 12 * 60) out.push(-1);
  if (minutes >= 10 * 60) out.push(1);
  return out;
}

/**
 * A live clock (unlabelled text showing the fetch day) or a CMS stamping "now" into its metadata
 * (a timestamp within hours of the fetch) says when we looked, not when the story ran.
 */
function looksLikeClock(e: DateEvidence, now: Date | undefined): boolean {
  if (!now) return false;
  if (e.instant !== null) return Math.abs(now.getTime() - e.instant) < 3 * 3_600_000;
  if (e.source !== 'text') return false;
  return clockDays(now).includes(e.value);
}

/** One entry (the last fetch time seen): bounded by construction. */
let clockCache: { at: number; days: string[] } | null = null;

/** The fetch day and its neighbours, memoised: every text candidate of a run asks for them. */
function clockDays(now: Date): string[] {
  if (clockCache?.at !== now.getTime()) {
    const today = now.toISOString().slice(0, 10);
    clockCache = { at: now.getTime(), days: [today, shiftDay(today, 1), shiftDay(today, -1)] };
  }
  return clockCache.days;
}

/**
 * When the page states its own offset somewhere (+09:00), its UTC timestamps are moved to that
 * offset: the page's calendar day is what its readers saw printed.
 */
function toPageZone(evidence: DateEvidence[]): DateEvidence[] {
  const offsets = new Map<number, number>();
  for (const e of evidence) {
    if (e.zone === 'offset' && e.offsetMinutes !== null && e.offsetMinutes !== 0) offsets.set(e.offsetMinutes, (offsets.get(e.offsetMinutes) ?? 0) + 1);
  }
  if (offsets.size !== 1) return evidence;
  const [offset] = [...offsets.keys()] as [number];
  return evidence.map((e) => {
    if (e.zone !== 'utc' || e.instant === null) return e;
    const local = new Date(e.instant + offset * 60_000).toISOString().slice(0, 10);
    return { ...e, value: local, zone: 'offset' as const };
  });
}

/** A date after the fetch is never the page's: a countdown, an event, a CMS placeholder. */
function isFuture(e: DateEvidence, now: Date | undefined): boolean {
  if (!now) return false;
  if (e.instant !== null) return e.instant > now.getTime() + 5 * 60_000;
  // Without a zone the page may be up to 14 hours ahead of UTC.
  const latestDay = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  return e.value > latestDay.slice(0, e.value.length);
}

function dedupe(evidence: DateEvidence[], now: Date | undefined): DateCandidate[] {
  const seen = new Map<string, DateCandidate>();
  const out: DateCandidate[] = [];
  for (const e of evidence) {
    const key = `${e.source}|${e.value}|${e.datetime ?? ''}`;
    const where = whereOf(e);
    const floor = e.kind === 'modified' ? FIRM_WEIGHT : where === 'metadata' ? STRONG_METADATA_WEIGHT : STRONG_PAGE_WEIGHT;
    const firmness = e.eitherReading ? e.weight * 2 : e.weight;
    const strong = where !== 'url' && firmness >= floor && !looksLikeClock(e, now);
    const earlier = seen.get(key);
    if (earlier) {
      // The same day read twice is as firm as its firmest reading. (Not as much the article's: a
      // day a <title> names and an events list's heading in the article repeats is no byline's.)
      if (strong) earlier.strong = true;
      continue;
    }
    const candidate: DateCandidate = { value: e.value, datetime: e.datetime ?? null, source: e.source, kind: e.kind, where, strong };
    seen.set(key, candidate);
    out.push(candidate);
  }
  return out;
}

function whereOf(e: DateEvidence): DateWhere {
  if (e.kind === 'url') return 'url';
  if (e.source === 'time' || e.source.startsWith('text')) return e.inArticle ? 'article' : 'page';
  return 'metadata';
}

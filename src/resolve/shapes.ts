// From a citation to the archive index queries that could find its URL. Pure.
import { compactDay, DAY_MS } from '../calendar.js';
import { generalShapes, OUTLETS, type Outlet, type UrlShape } from './outlets.js';

/** Outlet names compared without case, punctuation or a leading "The". */
function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The outlet's URL shapes: the config's `outlets` map (name → site) first, so a user can point
 * an outlet elsewhere, then the bundled table. Null when the outlet is unknown.
 */
export function shapesFor(outlet: string, configOutlets: Readonly<Record<string, string>> = {}, table: readonly Outlet[] = OUTLETS): { site: string; shapes: UrlShape[] } | null {
  const key = outletKey(outlet);
  for (const [name, site] of Object.entries(configOutlets)) {
    if (outletKey(name) !== key) continue;
    const known = table.find((entry) => entry.site === site.replace(/^www\./, ''));
    return { site, shapes: known ? known.shapes : generalShapes(site.replace(/^www\./, '')) };
  }
  const known = table.find((entry) => [entry.name, ...(entry.aliases ?? [])].some((name) => outletKey(name) === key));
  return known ? { site: known.site, shapes: known.shapes } : null;
}

/** The title as URL slugs write it: `north-korea-pledges-to-stand-by-russia-until-victory-in-ukraine`. */
export function slugOf(title: string): string {
  // Not normalizeTitle: its newsroom aliases ("N. Korea" → "north korea") are not what a slug says.
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface IndexSearch {
  /** For a prefix search (matchType=prefix). */
  prefix: string;
  from?: string;
  to?: string;
  filters: string[];
}

function fill(template: string, day: Date, slug: string): string {
  const y = String(day.getUTCFullYear());
  const m = day.getUTCMonth() + 1;
  const d = day.getUTCDate();
  return template
    .replaceAll('{YYYY}', y)
    .replaceAll('{MM}', String(m).padStart(2, '0'))
    .replaceAll('{DD}', String(d).padStart(2, '0'))
    .replaceAll('{M}', String(m))
    .replaceAll('{D}', String(d))
    .replace(/\{slug(?::(\d+))?\}/g, (_, words: string | undefined) => (words ? slug.split('-').slice(0, Number(words)).join('-') : slug));
}

/**
 * Index searches for a citation: dated shapes for the cited day and the days either side (time
 * zones: a Seoul morning is the previous day in UTC), undated ones within a capture window after
 * the date. A citation with only a year or a month, or none, gives no dated search.
 */
export function indexSearches(shapes: readonly UrlShape[], title: string, citedDate: string | undefined | null): IndexSearch[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(citedDate ?? '');
  if (!match) return [];
  const cited = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const slug = slugOf(title);
  const searches: IndexSearch[] = [];
  const seen = new Set<string>();
  const add = (search: IndexSearch) => {
    const key = JSON.stringify(search);
    if (seen.has(key)) return;
    seen.add(key);
    searches.push(search);
  };
  for (const shape of shapes) {
    const filters = shape.slugFilter ? [`original:(?i).*${slug.split('-').slice(0, shape.slugFilter).join('[-_]')}.*`] : [];
    if (/\{(?:YYYY|MM|DD|M|D)\}/.test(shape.prefix)) {
      for (const offset of [0, -1, 1]) add({ prefix: fill(shape.prefix, new Date(cited + offset * DAY_MS), slug), filters });
    } else {
      const window = shape.window ?? 3;
      add({ prefix: fill(shape.prefix, new Date(cited), slug), from: compactDay(cited - DAY_MS), to: compactDay(cited + window * DAY_MS), filters });
    }
  }
  return searches;
}

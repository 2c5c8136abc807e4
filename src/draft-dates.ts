// One rule that verify/ applies and report/ explains, kept apart from both so the reporters stay
// light (they load at start-up): when a page's "modified" date is not a day it changed.
import { endsBefore } from './calendar.js';
import type { DateCandidate } from './types.js';

/**
 * A "modified" date before every publication date the page states is when a draft was last saved
 * before it went out (article:modified_time three days before article:published_time): the page
 * was never changed then, and a citation of that day is not one of it.
 */
export function savedBeforePublication(candidate: DateCandidate, candidates: readonly DateCandidate[]): boolean {
  if (candidate.kind !== 'modified') return false;
  const published = candidates.filter((c) => c.strong && c.kind === 'published');
  return published.length > 0 && published.every((c) => before(candidate, c));
}

/** Moments when both are stated with their zone (a UTC modified time and a local publication day can differ by a day); else calendar days. */
function before(a: DateCandidate, b: DateCandidate): boolean {
  const at = instant(a);
  const bt = instant(b);
  return at !== null && bt !== null ? at < bt : endsBefore(a.value, b.value);
}

const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/i;

function instant(candidate: DateCandidate): number | null {
  if (!candidate.datetime || !ZONED.test(candidate.datetime)) return null;
  const ms = Date.parse(candidate.datetime);
  return Number.isNaN(ms) ? null : ms;
}

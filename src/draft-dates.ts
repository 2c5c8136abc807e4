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
  return published.length > 0 && published.every((c) => endsBefore(candidate.value, c.value));
}

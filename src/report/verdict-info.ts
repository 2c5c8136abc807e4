// What each verdict means to a reader, in one place, so that every format describes and ranks
// verdicts the same way.
import type { CheckResult, Verdict } from '../types.js';

export const HOMEPAGE = 'https://github.com/citecheck/citecheck';

export const VERDICT_DESCRIPTIONS: Record<Verdict, string> = {
  skipped: 'Not checked: no URL recorded, left out by --only or the config, or disallowed by robots.txt.',
  blocked: 'The site refused us (401, 402, 403, 407, 451, 429 after retries, or a bot, login or paywall page).',
  dead: 'The page is gone: 404 or 410, or the domain no longer exists.',
  error: 'Could not be checked: timeout, connection or TLS failure, 5xx after retries, redirect trouble, too large, unsupported content.',
  'soft-404': 'The server answered 2xx but not with the article (home page, section page, or a not-found page).',
  unverifiable: 'The article is there, but neither a title nor a date could be read from it.',
  'title-mismatch': 'The page carries a different title than the citation.',
  'date-mismatch': 'The title matches but the page carries a different date than the citation.',
  moved: 'Title and date match, but the page now lives at another URL (permanent redirect): update the citation.',
  verified: 'Title and date match at the recorded URL.',
};

/** Worst first: the order verdicts are counted in. */
export const VERDICT_SEVERITY: readonly Verdict[] = [
  'error',
  'dead',
  'soft-404',
  'title-mismatch',
  'date-mismatch',
  'blocked',
  'unverifiable',
  'moved',
  'skipped',
  'verified',
];

/** Text badges that survive any renderer (Markdown tables, plain logs). */
export const VERDICT_BADGES: Record<Verdict, string> = {
  skipped: '⏭️',
  blocked: '🚫',
  dead: '❌',
  error: '⚠️',
  'soft-404': '❌',
  unverifiable: '❔',
  'title-mismatch': '✏️',
  'date-mismatch': '📅',
  moved: '↪️',
  verified: '✅',
};

export function verdictHelpUri(verdict: Verdict): string {
  return `${HOMEPAGE}#verdict-${verdict}`;
}

export type Severity = 'failure' | 'problem' | 'fine';

/**
 * failure: makes the run fail; problem: worth a look though it does not fail the run (blocked,
 * moved, an unverifiable page, or a failing verdict someone waived); fine: verified or skipped.
 */
export function severityOf(result: CheckResult): Severity {
  if (result.failing === true) return 'failure';
  if (result.verdict === 'verified' || result.verdict === 'skipped') return 'fine';
  return 'problem';
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "20 verified, 1 dead" in the severity order, zero counts left out. */
export function verdictCounts(verdicts: Partial<Record<Verdict, number>>): string {
  const parts: string[] = [];
  for (const verdict of [...VERDICT_SEVERITY].reverse()) {
    const count = verdicts[verdict] ?? 0;
    if (count > 0) parts.push(`${count} ${verdict}`);
  }
  return parts.join(', ');
}

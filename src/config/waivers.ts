// Waivers let a team accept a known failure (a paywalled page checked by hand, a site that blocks
// every bot) without turning the check off. They are pure data over results: the verdict stays
// what the page earned, only whether it fails the run changes — until the waiver expires.
import type { CheckResult, Verdict } from '../types.js';

export interface WaiverRule {
  id?: string;
  url?: string;
  site?: string;
  verdicts: Verdict[];
  reason: string;
  /** YYYY-MM-DD: from this day on the waiver no longer applies. */
  expires?: string;
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function matches(rule: WaiverRule, result: CheckResult, siteOf: (url: string) => string): boolean {
  if (!rule.verdicts.includes(result.verdict)) return false;
  if (rule.id !== undefined) return rule.id === result.id;
  if (result.url === null) return false;
  if (rule.url !== undefined) return rule.url === result.url;
  if (rule.site !== undefined) {
    // A site key may be written as the registrable domain or as the exact host people see.
    const wanted = rule.site.toLowerCase();
    return siteOf(result.url) === wanted || hostnameOf(result.url) === wanted;
  }
  return false;
}

/** An expiry date is the first day the waiver no longer holds ("expired on 2025-06-01"). */
export function isExpired(rule: WaiverRule, today: string): boolean {
  return rule.expires !== undefined && today >= rule.expires;
}

/**
 * Marks each result matched by a waiver. When several match, a live waiver wins over an expired
 * one, and the first in the file wins among equals. Results are copied, never mutated.
 */
export function applyWaivers(
  results: CheckResult[],
  waivers: WaiverRule[],
  today: string,
  siteOf: (url: string) => string,
): CheckResult[] {
  return results.map((result) => {
    const matching = waivers.filter((rule) => matches(rule, result, siteOf));
    const rule = matching.find((candidate) => !isExpired(candidate, today)) ?? matching[0];
    if (rule === undefined) return result;
    const waiver = { reason: rule.reason, expired: isExpired(rule, today), ...(rule.expires ? { expires: rule.expires } : {}) };
    return { ...result, waiver };
  });
}

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

/** Whether the rule names this reference (by id, by the URL it cites, or by its site). */
function namesReference(rule: WaiverRule, reference: { id: string; url: string | null }, siteOf: (url: string) => string): boolean {
  if (rule.id !== undefined) return rule.id === reference.id;
  if (reference.url === null) return false;
  if (rule.url !== undefined) return rule.url === reference.url;
  if (rule.site !== undefined) {
    // A site key may be written as the registrable domain or as the exact host people see.
    const wanted = rule.site.toLowerCase();
    return siteOf(reference.url) === wanted || hostnameOf(reference.url) === wanted;
  }
  return false;
}

function matches(rule: WaiverRule, result: CheckResult, siteOf: (url: string) => string): boolean {
  return rule.verdicts.includes(result.verdict) && namesReference(rule, result, siteOf);
}

/**
 * A waiver that names no reference is a typo or a leftover: it silently waives nothing, so the
 * run says so (a warning; the run goes on).
 */
export function waiversNamingNothing(
  waivers: readonly WaiverRule[],
  references: readonly { id: string; url: string | null }[],
  configFile: string,
  siteOf: (url: string) => string,
): string[] {
  const warnings: string[] = [];
  waivers.forEach((rule, index) => {
    if (references.some((reference) => namesReference(rule, reference, siteOf))) return;
    const where = `${configFile} waivers[${index}]`;
    if (rule.id !== undefined) warnings.push(`${where} names id "${rule.id}", which no reference has`);
    else if (rule.url !== undefined) warnings.push(`${where} names ${rule.url}, which no reference cites`);
    else if (rule.site !== undefined) warnings.push(`${where} names the site ${rule.site}, where no reference points`);
  });
  return warnings;
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

// A waiver that matches no reference is a typo or a leftover: it silently waives nothing, so the
// run says so (a warning; the run goes on).
import type { WaiverRule } from '../config/index.js';
import type { LocatedReference } from '../types.js';

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function waiversNamingNothing(
  waivers: readonly WaiverRule[],
  references: readonly LocatedReference[],
  configFile: string,
  siteOf: (url: string) => string,
): string[] {
  const ids = new Set(references.map((reference) => reference.id));
  const urls = references.map((reference) => reference.url).filter((url): url is string => url !== null);
  const sites = new Set(urls.flatMap((url) => [siteOf(url), hostnameOf(url)]).filter(Boolean));
  const warnings: string[] = [];
  waivers.forEach((rule, index) => {
    const where = `${configFile} waivers[${index}]`;
    if (rule.id !== undefined && !ids.has(rule.id)) warnings.push(`${where} names id "${rule.id}", which no reference has`);
    else if (rule.url !== undefined && !urls.includes(rule.url)) warnings.push(`${where} names ${rule.url}, which no reference cites`);
    else if (rule.site !== undefined && !sites.has(rule.site.toLowerCase())) warnings.push(`${where} names the site ${rule.site}, where no reference points`);
  });
  return warnings;
}

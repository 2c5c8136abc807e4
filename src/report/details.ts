// What a person needs to fix a reference, as plain phrases shared by the text, Markdown and
// annotation formats. Everything page-borne is sanitized here, once, before any format sees it.
import type { CheckResult, DateCandidate, WordDiffPart } from '../types.js';
import { savedBeforePublication } from '../draft-dates.js';
import { oneLine, stripSequences } from './sanitize.js';

export interface DiffStyle {
  removed(text: string): string;
  added(text: string): string;
}

/** Without colour a diff still has to read unambiguously, as in `git diff --word-diff`. */
export const PLAIN_DIFF: DiffStyle = {
  removed: (text) => `[-${text}-]`,
  added: (text) => `{+${text}+}`,
};

// Controls, format characters (zero-width, bidi) and unusual spaces: stripped from what is printed,
// they would leave a changed word looking unchanged ("[-Yoon-] {+Yoon+}").
const INVISIBLE = /[\p{Cc}\p{Cf}\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;

/**
 * A changed word with its invisible characters named, so the difference can be seen. Terminal
 * sequences go whole, payload included (as everywhere); a word that was nothing else says so.
 */
function visible(text: string): string {
  const stripped = stripSequences(text);
  if (stripped.trim() === '' && text.trim() !== '') return '<escape sequence>';
  return stripped.replace(INVISIBLE, (char) => (/\s/.test(char) && char !== '\u00a0' && char <= ' ' ? char : `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`));
}

export function renderDiff(parts: readonly WordDiffPart[], style: DiffStyle): string {
  return parts
    .map((part) => {
      const text = oneLine(part.op === 'equal' ? part.text : visible(part.text));
      if (text === '') return '';
      if (part.op === 'removed') return style.removed(text);
      if (part.op === 'added') return style.added(text);
      return text;
    })
    .filter((text) => text !== '')
    .join(' ');
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function formatLocation(result: CheckResult, withColumn = true): string {
  const { file, line, column } = result.location;
  return withColumn ? `${oneLine(file)}:${line}:${column}` : `${oneLine(file)}:${line}`;
}

/** "title: North Korean troops [-deployed-] {+sent+} to Russia" — or why there is nothing to compare. */
export function titleLine(result: CheckResult, style: DiffStyle): string | null {
  const { title } = result;
  // For a page that is not the article (soft-404) a word diff against it says nothing useful.
  if (title.match !== false || result.verdict !== 'title-mismatch') return null;
  if (title.found === null) return 'title: none found on the page';
  const from = title.source ? ` (from ${oneLine(title.source)})` : '';
  if (title.diff && title.diff.length > 0) return `title: ${renderDiff(title.diff, style)}${from}`;
  return `title: recorded "${oneLine(title.expected)}", page says "${oneLine(title.found)}"${from}`;
}

/** Other candidates shown beside the one a page was judged on, at most. */
const OTHERS_SHOWN = 3;

/**
 * The candidates worth showing beside `chosen`: those `keep` accepts, each value once and never
 * `chosen`'s, in the page's order, at most OTHERS_SHOWN.
 */
export function otherCandidates<C extends { value: string }>(candidates: readonly C[] | undefined, chosen: string | null, keep: (candidate: C) => boolean): C[] {
  const seen = new Set([chosen]);
  const shown: C[] = [];
  for (const candidate of candidates ?? []) {
    if (shown.length === OTHERS_SHOWN) break;
    if (!keep(candidate) || seen.has(candidate.value)) continue;
    seen.add(candidate.value);
    shown.push(candidate);
  }
  return shown;
}

/**
 * 'also on the page: "Broken Pledge" (h1); …' under a title-mismatch: the page's other strong
 * headlines, which the citation was also compared with, so an editor sees what it could have quoted.
 */
export function otherTitlesLine(result: CheckResult): string | null {
  const { title } = result;
  if (result.verdict !== 'title-mismatch' || title.found === null) return null;
  const found = title.found;
  // Not the compared headline again in a longer or shorter form ("… | Analysis" of which it is the cut).
  const others = otherCandidates(title.candidates, found, (c) => c.strong !== false && !c.value.includes(found) && !found.includes(c.value));
  return others.length > 0 ? `also on the page: ${others.map((c) => `"${oneLine(c.value)}" (${oneLine(c.source)})`).join('; ')}` : null;
}

/** "date: recorded 2024-11-20, page says 2024-11-23 (3 days)". */
export function dateLine(result: CheckResult): string | null {
  const { date } = result;
  if (date.match !== false || date.found === null) return null;
  const days = date.deltaDays === null ? '' : ` (${Math.abs(date.deltaDays)} ${Math.abs(date.deltaDays) === 1 ? 'day' : 'days'})`;
  return `date: recorded ${oneLine(date.expected ?? 'none')}, page says ${oneLine(date.found)}${days}`;
}

/** 'also on the page: 2024-11-25 (modified, article:modified_time)' under a date mismatch: its other own dates. */
export function otherDatesLine(result: CheckResult): string | null {
  const { date } = result;
  if (date.match !== false || date.found === null) return null;
  const candidates = date.candidates ?? [];
  const others = otherCandidates(candidates, date.found, (candidate) => candidate.strong === true);
  // A modified date before publication was never a day the page changed: say why it did not count.
  const shown = (c: DateCandidate) => `${oneLine(c.value)} (${c.kind}, ${oneLine(c.source)}${savedBeforePublication(c, candidates) ? ', before publication: not counted' : ''})`;
  return others.length > 0 ? `also on the page: ${others.map(shown).join('; ')}` : null;
}

/** The URL the citation should carry: where a permanent redirect led. */
export function citeUrl(result: CheckResult): string | null {
  if (result.verdict !== 'moved') return null;
  return result.suggestedUrl ?? result.finalUrl;
}

/** "→ 301 https://a → 200 https://b ; cite: https://b": each URL with the status it answered. */
export function redirectLine(result: CheckResult): string | null {
  const hops = result.http?.redirects ?? [];
  if (hops.length === 0) return null;
  const steps = hops.map((hop) => `→ ${hop.status} ${oneLine(hop.url)}`);
  const error = result.http?.error;
  if (error === 'redirect-loop' || error === 'too-many-redirects' || error === 'bad-redirect') {
    // The chain stopped at a Location that was not followed: draw it as it happened, ending there.
    steps.push(`→ ${oneLine(hops[hops.length - 1]!.location)} (${error}, not followed)`);
    return steps.join(' ');
  }
  const last = result.finalUrl ?? hops[hops.length - 1]?.location ?? '';
  steps.push(`→ ${result.http?.status ?? '…'} ${oneLine(last)}`);
  const cite = citeUrl(result);
  return cite ? `${steps.join(' ')} ; cite: ${oneLine(cite)}` : steps.join(' ');
}

export function retryAfterLine(result: CheckResult): string | null {
  const ms = result.http?.retryAfterMs;
  if (ms === null || ms === undefined) return null;
  return `the site asked us to wait ${formatDuration(ms)} (Retry-After)`;
}

/** The fetch failure's stable code with its detail ("timeout after 3 attempts", "dns: ENOTFOUND"). */
export function httpErrorLine(result: CheckResult): string | null {
  const http = result.http;
  if (!http || http.error === null || http.error === 'http-status') return null;
  const detail = http.detail ? `: ${oneLine(http.detail)}` : '';
  const attempts = http.attempts > 1 ? ` after ${http.attempts} attempts` : '';
  const fault = `${http.error}${detail}`;
  // The reason often names the fault already ("timeout: deadline passed"): say it once.
  if (result.reason.includes(fault)) return http.attempts > 1 ? `tried ${http.attempts} times` : null;
  return `${fault}${attempts}`;
}

export function waiverLine(result: CheckResult): string | null {
  const waiver = result.waiver;
  if (!waiver) return null;
  if (waiver.expired) return `waiver expired on ${oneLine(waiver.expires ?? '?')} (${oneLine(waiver.reason)})`;
  const until = waiver.expires ? ` (until ${oneLine(waiver.expires)})` : '';
  return `waived: ${oneLine(waiver.reason)}${until}`;
}

/** "mirror verified: https://..." — where else the cited text can be read, and what we found there. */
export function alternateLines(result: CheckResult): string[] {
  return (result.alternates ?? []).map(
    (alternate) => `${alternate.relation} ${alternate.verdict}: ${oneLine(alternate.finalUrl ?? alternate.url)} (${oneLine(alternate.reason)})`,
  );
}

/** The copy a reference without a URL was verified through. */
function viaLine(result: CheckResult): string | null {
  return result.via ? `verified through its ${result.via.relation} copy: ${oneLine(result.via.url)}` : null;
}

/** The replacement the report proposes: cite this URL instead. */
function proposedFixLine(result: CheckResult): string | null {
  return result.fix ? `fix: cite ${oneLine(result.fix.url)} (${oneLine(result.fix.why)})` : null;
}

/** --confirm: "pending: seen failing 1 of 3 times since 2026-12-01 (not counted yet)". */
export function pendingLine(result: CheckResult): string | null {
  const pending = result.pending;
  if (!pending) return null;
  return `pending: seen failing ${pending.seen} of ${pending.needed} ${pending.needed === 1 ? 'time' : 'times'} since ${oneLine(pending.since.slice(0, 10))}; not counted until confirmed (--confirm)`;
}

/** --archive: the capture that was checked, and the fix when it verified. */
export function archiveLines(result: CheckResult): string[] {
  const lines: string[] = [];
  // The fix itself is proposedFixLine's, whatever copy it came from.
  if (result.archive && !result.fix) {
    lines.push(`archive: capture ${oneLine(result.archive.timestamp)} is ${oneLine(result.archive.verdict)}: ${oneLine(result.archive.url)}`);
  }
  return lines;
}

/** --state: where the verdict came from, and a rewritten article. */
export function memoryLines(result: CheckResult): string[] {
  const lines: string[] = [];
  if (result.cached === 'not-modified') lines.push('cached: the server answered 304 Not Modified; the stored reading was compared');
  if (result.cached === 'max-age') lines.push('cached: a stored reading younger than --max-age was compared; nothing was requested');
  if (result.drift) lines.push("drift: the article's text changed since the last run (the verdict does not depend on it)");
  return lines;
}

/** Every hint that applies, in the order a person fixes things. */
export function fixLines(result: CheckResult, style: DiffStyle): string[] {
  return [
    pendingLine(result),
    waiverLine(result),
    titleLine(result, style),
    otherTitlesLine(result),
    dateLine(result),
    otherDatesLine(result),
    redirectLine(result),
    retryAfterLine(result),
    httpErrorLine(result),
    proposedFixLine(result),
    viaLine(result),
    ...alternateLines(result),
    ...archiveLines(result),
    ...memoryLines(result),
  ].filter((line): line is string => line !== null);
}

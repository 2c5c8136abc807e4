// Lead-ins a headline may carry or a citation may leave off — a kicker before a colon, a column's
// bracketed tag — and the one kind never to drop: a fact check's verdict.
import { normalizeTitle, wordCount } from './normalize-title.js';

// A kicker before the headline: "Ukraine war: ...", "Exclusive: ..." (three words at most).
const KICKER = /^([^:]{1,40}):\s+(?=\S)/;
// A column's or series' tag in brackets: "[Herald Interview] ...", "[Kim Seong-kon] ...", "[기자수첩] ...".
const BRACKET_TAG = /^\s*[[【〔［]([^\]】〕］]{1,40})[\]】〕］]\s*(?=\S)/u;
// What follows a long lead-in must be a headline on its own: at least this many words.
const MIN_HEADLINE_WORDS = 4;
/**
 * A fact check's verdict as the whole lead-in ("False claim:", "Fact check: false", "[Fake]",
 * "Myth:"): the headline's point, never a kicker to drop — "False claim: video shows …" says the
 * opposite of "Video shows …". A label that names the genre ("Fact check:", "[팩트체크]") and a topic
 * that merely contains such a word ("Fake meat:", "Rumours of war:") are ordinary kickers.
 */
const VERDICT =
  /^(?:(?:fact[- ]?check(?:ed)?|verdict|rating)\s*[:\-–—]?\s*)?(?:false|fake|myth|misleading|hoax|debunked|untrue|not true|unproven|no evidence|missing context|doctored|altered|satire|partly false|mostly false|half true|falso|falsa|faux|fausse|falsch|irreführend)(?:\s+(?:claim|story|video|photo|image|quote|post|report))?$|^false\s+claims$|^(?:대체로\s*)?(?:거짓|가짜|사실\s*아님|사실\s*아냐)$|^절반의\s*사실$|^(?:谣言|不实|虚假|误导|錯誤|错误|誤り|ミスリード|デマ)$/iu;

function isVerdict(lead: string): boolean {
  return VERDICT.test(lead.trim());
}

/**
 * The title without a leading kicker or bracketed tag, or null when it has none. A longer lead-in
 * ("After renewed criticism of the Pope: Trump posts ...") counts only when what follows is a
 * headline on its own.
 */
export function withoutKicker(text: string): string | null {
  const tag = BRACKET_TAG.exec(text);
  if (tag && !isVerdict(tag[1]!)) {
    const rest = text.slice(tag[0].length);
    return wordCount(normalizeTitle(rest)) >= 2 || rest.length >= 6 ? rest : null;
  }
  const kicker = KICKER.exec(text);
  if (!kicker || isVerdict(kicker[1]!)) return null;
  const rest = text.slice(kicker[0].length);
  if (kicker[1]!.trim().split(/\s+/).length <= 3) return rest;
  return wordCount(normalizeTitle(rest)) >= MIN_HEADLINE_WORDS ? rest : null;
}

/** The lead-in a title opens with (a kicker before a colon, a bracketed tag), or null. */
export function kickerOf(text: string): string | null {
  return BRACKET_TAG.exec(text)?.[1] ?? KICKER.exec(text)?.[1] ?? null;
}

/** A fact check's verdict leading the title ("False claim: …", "[Fact check] …"), folded, or null. */
export function verdictOf(text: string): string | null {
  const lead = BRACKET_TAG.exec(text)?.[1] ?? KICKER.exec(text)?.[1];
  return lead !== undefined && isVerdict(lead) ? normalizeTitle(lead) : null;
}

/** Whether a verdict one side opens with is missing from the other. */
export function verdictDropped(verdict: string | null, otherKey: string): boolean {
  return verdict !== null && verdict !== '' && !` ${otherKey} `.includes(` ${verdict} `);
}

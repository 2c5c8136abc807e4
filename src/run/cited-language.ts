// The language a citation quotes its page in, told by the headline's script, to ask a site that
// serves one address in several languages for the one the citation quotes. Latin script names no
// single language: only English is told there, by its function words, and only when no other
// language's appear; anything else asks for none, as before.

const SCRIPTS: ReadonlyArray<{ letters: RegExp; language: (title: string) => string }> = [
  { letters: /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/gu, language: () => 'ko' },
  { letters: /[\u3040-\u30ff]/gu, language: () => 'ja' },
  // Han without kana: Chinese (a Japanese headline has kana among its kanji).
  { letters: /[\u4e00-\u9fff]/gu, language: (title) => (/[\u3040-\u30ff]/u.test(title) ? 'ja' : 'zh') },
  // Arabic script: Urdu and Pashto by their own letters, Persian by the letters Arabic lacks
  // (پ چ ژ گ) or its own kaf and yeh.
  { letters: /[\u0600-\u06ff]/gu, language: (title) => (/[ٹڈڑںےھ]/u.test(title) ? 'ur' : /[ټډړږښګڼېۍ]/u.test(title) ? 'ps' : /[پچژگکی]/u.test(title) ? 'fa' : 'ar') },
  // Hebrew script: Yiddish by its double letters (װ ױ ײ).
  { letters: /[\u0590-\u05ff\ufb1d-\ufb4f]/gu, language: (title) => (/[\u05f0-\u05f2\ufb1f]/u.test(title) ? 'yi' : 'he') },
  { letters: /[\u0e00-\u0e7f]/gu, language: () => 'th' },
  { letters: /[\u0370-\u03ff]/gu, language: () => 'el' },
  { letters: /[\u0900-\u097f]/gu, language: () => 'hi' },
  // Cyrillic, by the letters each language has and Russian lacks; else Russian.
  { letters: /[\u0400-\u04ff]/gu, language: cyrillicLanguage },
];

function cyrillicLanguage(title: string): string {
  if (/[ђћџЂЋЏ]/u.test(title) || (/[јљњЈЉЊ]/u.test(title) && !/[ѓќѕЃЌЅ]/u.test(title))) return 'sr';
  if (/[ѓќѕЃЌЅ]/u.test(title)) return 'mk';
  if (/[әғқңөұүһӘҒҚҢӨҰҮҺ]/u.test(title)) return 'kk';
  if (/[ўЎ]/u.test(title)) return 'be';
  if (/[їєґЇЄҐ]/u.test(title) || (/[іІ]/u.test(title) && !/[ыэЫЭ]/u.test(title))) return 'uk';
  // Bulgarian writes ъ as a vowel ("България", "Парламентът"); Russian only before е, ё, ю, я.
  if (/[ъЪ](?![еёюяЕЁЮЯ])/u.test(title) && !/[ыэЫЭ]/u.test(title)) return 'bg';
  return 'ru';
}

/** The language of a cited headline whose letters are mostly of one non-Latin script, or English, else undefined. */
export function citedLanguage(title: string): string | undefined {
  const letters = (title.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  for (const script of SCRIPTS) {
    const count = (title.match(script.letters) ?? []).length;
    if (count * 2 > letters) return script.language(title);
  }
  return isEnglish(title) ? 'en' : undefined;
}

/**
 * Words only English writes; one is needed ("Brand in Betrieb in Lichterfelde" has only "in",
 * which German shares). Counted in lower case only: "The Killers", "The Economist" are names
 * inside headlines of any language. Not "are" (Romanian "has"), "been" (Dutch "leg"), "has"
 * (Turkish "pure", Latin "these"), "have" (Danish "garden"), "his", "who", "how".
 */
const ENGLISH_WORDS = new Set(['the', 'and', 'with', 'from', 'says', 'said', 'amid', 'against', 'after', 'into', 'their',
  'than', 'about', 'would', 'could', 'should', 'what', 'why', 'this', 'that', 'these', 'those', 'which', 'while', 'they',
  'were', 'between']);
/**
 * Other languages' function words, counted as written in lower case ("Las Vegas", "Le Monde" and
 * "DE" are names). One of them means the headline is not plain English ("The Guardian cierra su
 * edición"), or is English with a foreign name in it ("von der Leyen"): either way no language is
 * asked for.
 */
const OTHER_WORDS = new Set(['de', 'la', 'le', 'les', 'des', 'du', 'el', 'los', 'las', 'del', 'y', 'que', 'en', 'con',
  'por', 'para', 'una', 'une', 'et', 'est', 'sur', 'pour', 'dans', 'avec', 'au', 'aux', 'der', 'das', 'und', 'mit', 'von',
  'für', 'ist', 'dem', 'ein', 'eine', 'nicht', 'auf', 'het', 'een', 'voor', 'niet', 'il', 'di', 'che', 'della', 'gli',
  'non', 'da', 'dos', 'em', 'não', 'och', 'att', 'på', 'som', 'og', 'til', 'af', 'av', 'się', 'nie', 'na', 'w', 'z',
  'je', 'za', 've', 'bir', 'ile', 'ng', 'sa', 'yang', 'dan', 'ke', 'tidak', 'su', 'sus', 'se', 'lo', 'es', 'más', 'ao',
  'à', 'pelo', 'pela', 'nos', 'nas', 'zu', 'zum', 'zur', 'bei', 'nach', 'aus', 'wie', 'ni', 'ou', 'ce', 'qui', 'ne', 'pas',
  'sont', 'ont', 'nel', 'nella', 'dei', 'delle', 'alla', 'sono', 'è', 'ook', 'bij', 'uit', 'naar', 'werd', 'wordt', 'zijn',
  'un', 'din', 'și', 'în', 'cu', 'pe', 'după', 'pentru', 'için', 'tijdens', 'i', 'v', 'im', 'ja', 'ei', 'sich', 'wird']);

function isEnglish(title: string): boolean {
  let english = false;
  for (const word of title.match(/\p{L}+/gu) ?? []) {
    if (OTHER_WORDS.has(word)) return false;
    if (ENGLISH_WORDS.has(word)) english = true;
  }
  return english;
}

// The language a citation quotes its page in, told by the headline's script, to ask a site that
// serves one address in several languages for the one the citation quotes. Latin script names no
// single language, so it asks for none.

const SCRIPTS: ReadonlyArray<{ letters: RegExp; language: (title: string) => string }> = [
  { letters: /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/gu, language: () => 'ko' },
  { letters: /[\u3040-\u30ff]/gu, language: () => 'ja' },
  // Han without kana: Chinese (a Japanese headline has kana among its kanji).
  { letters: /[\u4e00-\u9fff]/gu, language: (title) => (/[\u3040-\u30ff]/u.test(title) ? 'ja' : 'zh') },
  // Arabic script: Persian when it has the letters Arabic lacks (پ چ ژ گ) or its own kaf and yeh.
  { letters: /[\u0600-\u06ff]/gu, language: (title) => (/[پچژگکی]/u.test(title) ? 'fa' : 'ar') },
  { letters: /[\u0590-\u05ff]/gu, language: () => 'he' },
  { letters: /[\u0e00-\u0e7f]/gu, language: () => 'th' },
  { letters: /[\u0370-\u03ff]/gu, language: () => 'el' },
  { letters: /[\u0900-\u097f]/gu, language: () => 'hi' },
  // Cyrillic: Ukrainian when it has the letters Russian lacks.
  { letters: /[\u0400-\u04ff]/gu, language: (title) => (/[іїєґІЇЄҐ]/u.test(title) ? 'uk' : 'ru') },
];

/** The language of a cited headline whose letters are mostly of one non-Latin script, else undefined. */
export function citedLanguage(title: string): string | undefined {
  const letters = (title.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  for (const script of SCRIPTS) {
    const count = (title.match(script.letters) ?? []).length;
    if (count * 2 > letters) return script.language(title);
  }
  return undefined;
}

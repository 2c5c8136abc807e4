// An acronym on one side and the words it stands for on the other ("UNSC" / "UN Security Council",
// "JCS" / "Joint Chiefs of Staff", "BOJ" / "Bank of Japan"): the same name, which bigram similarity
// alone counts as a change of several words.

/** A word in capitals, dotted or not ("UNSC", "U.K."), 2 to 10 letters (not a long shout). */
export const ACRONYM = /^(?:\p{Lu}\.?){2,10}(?:['’]?s)?$/u;
/** Small words an acronym may skip ("Joint Chiefs of Staff" is JCS; "Bank of Japan" BOJ keeps it). */
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'des', 'du', 'la', 'le']);

/** The acronyms written in a headline, keyed as fact words are (lower case, no dots, no "'s"). */
export function acronymsIn(text: string): string[] {
  return text.split(/[\s–—,:;!?()"“”]+/u).filter((word) => ACRONYM.test(word)).map((word) => word.replace(/['’]?s$/u, '').replace(/\./g, '').toLowerCase());
}

/**
 * Where a run of `words` spells `acronym`: each word gives its first letter, or all of itself when
 * short ("un" in "UN Security Council" for UNSC, "us" in "US Forces Korea" for USFK), and small
 * words may be skipped inside the run. [start, end) of the first such run of two words or more, or null.
 */
export function runSpelling(acronym: string, words: readonly string[]): [number, number] | null {
  const spells = (at: number, from: number): number | null => {
    if (at === acronym.length) return from;
    const word = words[from];
    if (word === undefined) return null;
    const whole = word.length <= 3 && acronym.startsWith(word, at) ? spells(at + word.length, from + 1) : null;
    if (whole !== null) return whole;
    if (word[0] === acronym[at]) return spells(at + 1, from + 1);
    return at > 0 && SKIPPABLE.has(word) ? spells(at, from + 1) : null;
  };
  for (let start = 0; start < words.length; start++) {
    const end = spells(0, start);
    if (end !== null && end - start >= 2) return [start, end];
  }
  return null;
}

/**
 * `words` (fact words) with each run that spells one of the other side's `acronyms` (acronymsIn)
 * put back as that acronym, where the acronym itself is not among `words`: what the two sides say
 * once one name is written one way.
 */
export function withAcronyms(acronyms: readonly string[], words: readonly string[]): string[] {
  let out = [...words];
  for (const acronym of acronyms) {
    if (acronym.length < 2 || out.includes(acronym)) continue;
    const run = runSpelling(acronym, out);
    if (run) out = [...out.slice(0, run[0]), acronym, ...out.slice(run[1])];
  }
  return out;
}

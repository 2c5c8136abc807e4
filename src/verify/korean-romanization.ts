// Korean given names romanized two ways: "Suk Yeol" / "Seok-yeol", "Duck-soo" / "Deok-su",
// "Jae-myung" / "Jae-myeong". Newsrooms write a person's own spelling, the Revised Romanization or
// McCune–Reischauer; a citation copied through another source may carry another. Compared syllable
// by syllable, over a table of the syllables given names use, so that only whole names of two or
// three known syllables are read as one — never a single word ("Sun" and "Son" are two surnames,
// "Young" an English name) and never a word the table cannot spell out.

/** Each syllable's spellings (Revised Romanization first); a spelling may stand for two syllables. */
const SYLLABLES: readonly (readonly string[])[] = [
  ['deok', 'duk', 'duck', 'dok'], ['seok', 'suk', 'sok'], ['su', 'soo'], ['ju', 'joo'], ['gu', 'goo', 'ku', 'koo'],
  ['u', 'woo', 'wu'], ['yeol', 'yol'], ['geun', 'keun', 'gun', 'kun'], ['jeong', 'jung', 'chung', 'cheong', 'joung'],
  ['hyeon', 'hyun'], ['myeong', 'myung'], ['yeong', 'young', 'yong'], ['seong', 'sung'], ['jun', 'joon'],
  ['hun', 'hoon'], ['sik', 'shik'], ['hui', 'hee', 'heui'], ['eun'], ['gyeong', 'kyung', 'kyeong', 'kyong'],
  ['cheol', 'chul', 'chol'], ['won', 'weon'], ['jin', 'chin'], ['jae'], ['hye'], ['seon', 'sun'], ['sun', 'soon'],
  ['dong', 'tong'], ['byeong', 'byung', 'pyong'], ['ho'], ['hwan'], ['min'], ['yun', 'yoon'], ['ok'], ['chang'],
  ['tae'], ['il'], ['yong'], ['in'], ['ha'], ['na'], ['mi'], ['ji', 'chi'], ['a', 'ah'], ['hyeok', 'hyuk'],
  ['gi', 'ki'], ['bin'], ['bo'], ['chan'], ['chae'], ['cheon', 'chun'], ['dae', 'tae'], ['do'], ['du', 'doo'],
  ['gwang', 'kwang'], ['gyu', 'kyu'], ['hak'], ['han'], ['hwa'], ['hyo'], ['ja'], ['jang', 'chang'], ['je'],
  ['jo', 'cho'], ['jong', 'chong'], ['guk', 'kook', 'kuk'], ['mun', 'moon'], ['nam'], ['pil'], ['sang'], ['se'],
  ['seo', 'suh'], ['si', 'shi'], ['so'], ['suk', 'sook'], ['wan'], ['uk', 'wook'], ['yeon', 'yun'], ['ye'],
  ['gyeom', 'kyum'], ['ryeong', 'ryung', 'ryong'], ['yeop', 'yup'], ['beom', 'bum', 'pom'], ['hong'], ['song'],
  ['ung', 'woong'], ['yeo', 'yuh'], ['hwi'], ['rok', 'nok'], ['rae', 'lae', 'nae'], ['ri', 'ree', 'lee'],
];

/** Each spelling's syllables (their indexes in SYLLABLES). */
const SPELLINGS: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SYLLABLES.forEach((spellings, index) => {
    for (const spelling of spellings) map.set(spelling, [...(map.get(spelling) ?? []), index]);
  });
  return map;
})();
const LONGEST = Math.max(...[...SPELLINGS.keys()].map((spelling) => spelling.length));

/** Every way to read `key` as 2 or 3 syllables of the table: each a list of syllable sets. */
function readings(key: string): (readonly number[])[][] {
  const out: (readonly number[])[][] = [];
  const walk = (at: number, taken: (readonly number[])[]): void => {
    if (taken.length > 3) return;
    if (at === key.length) {
      if (taken.length >= 2) out.push(taken);
      return;
    }
    for (let end = at + 1; end <= Math.min(key.length, at + LONGEST); end++) {
      const syllables = SPELLINGS.get(key.slice(at, end));
      if (syllables) walk(end, [...taken, syllables]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * Whether two name keys (a hyphenated or two-word given name, joined and folded: "seokyeol",
 * "sukyeol") spell the same Korean given name: the same number of syllables, each pair one syllable
 * of the table written two ways.
 */
export function sameKoreanGivenName(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  const ofB = readings(b);
  if (ofB.length === 0) return false;
  return readings(a).some((reading) => ofB.some((other) => other.length === reading.length
    && reading.every((syllables, i) => syllables.some((syllable) => other[i]!.includes(syllable)))));
}

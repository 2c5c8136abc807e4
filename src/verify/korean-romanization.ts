// Korean given names romanized two ways: "Suk Yeol" / "Seok-yeol", "Duck-soo" / "Deok-su",
// "Jae-myung" / "Jae-myeong". Newsrooms write a person's own spelling, the Revised Romanization or
// McCune–Reischauer; a citation copied through another source may carry another. Compared syllable
// by syllable, over a table of the syllables given names use, so that only whole names of two or
// three known syllables are read as one — never a single word ("Sun" and "Son" are two surnames,
// "Young" an English name) and never a word the table cannot spell out. names.ts asks only for a
// name after a Korean surname ("Cheongju" and "Chungju" are two cities). Each spelling stands for
// one syllable where a second reading would merge two people: "yun" is 윤 (연 is "yeon"), "sun" 선
// (순 "soon"), "suk" 석 (숙 "sook"), "kun" 건 (근 "geun"), "jung" 정 (중 "joong"); "chung" is 정 or 청,
// "un" 은 or 운, as people write them.

/** Each syllable's spellings (Revised Romanization first); a spelling may stand for two syllables. */
const SYLLABLES: readonly (readonly string[])[] = [
  ['deok', 'duk', 'duck', 'dok'], ['seok', 'suk', 'sok'], ['sook'], ['su', 'soo'], ['ju', 'joo'], ['gu', 'goo', 'ku', 'koo'],
  ['u', 'woo', 'wu'], ['yeol', 'yol'], ['geun', 'keun', 'gun'], ['geon', 'keon', 'kun'], ['jeong', 'jung', 'chung', 'joung'],
  ['cheong', 'chung'], ['joong'], ['hyeon', 'hyun'], ['myeong', 'myung'], ['yeong', 'young', 'yong'], ['seong', 'sung'],
  ['jun', 'joon'], ['hun', 'hoon'], ['sik', 'shik'], ['hui', 'hee', 'heui'], ['ui', 'eui'], ['eun', 'un'], ['un', 'woon'],
  ['gyeong', 'kyung', 'kyeong', 'kyong'], ['cheol', 'chul', 'chol'], ['won', 'weon'], ['jin', 'chin'], ['jae'],
  ['hye'], ['seon', 'sun'], ['soon'], ['dong', 'tong'], ['byeong', 'byung', 'pyong'], ['ho'], ['hwan'], ['min'],
  ['yun', 'yoon'], ['yeon'], ['ok'], ['chang'], ['tae'], ['il'], ['yong'], ['in'], ['ha'], ['na'], ['mi'], ['ji', 'chi'],
  ['a', 'ah'], ['hyeok', 'hyuk'], ['gi', 'ki'], ['bin'], ['bo'], ['chan'], ['chae'], ['cheon', 'chun'], ['dae', 'tae'],
  ['do'], ['du', 'doo'], ['gwang', 'kwang'], ['gyu', 'kyu'], ['hak'], ['han'], ['hwa'], ['hyo'], ['ja'], ['jang', 'chang'],
  ['je'], ['jo', 'cho'], ['jong', 'chong'], ['guk', 'kook', 'kuk'], ['mun', 'moon'], ['nam'], ['pil'], ['sang'], ['se'],
  ['seo', 'suh'], ['si', 'shi'], ['so'], ['wan'], ['uk', 'wook'], ['ye'], ['gyeom', 'kyum'], ['ryeong', 'ryung', 'ryong'],
  ['yeop', 'yup'], ['beom', 'bum', 'pom'], ['hong'], ['song'], ['ung', 'woong'], ['yeo', 'yuh'], ['hwi'],
  ['rok', 'nok'], ['rae', 'lae', 'nae'], ['hu', 'hoo'], ['mu', 'moo'],
];

/** Each spelling's syllables (their indexes in SYLLABLES; a few easy spellings stand for two). */
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

/** Whether a key reads as a Korean given name of two or three syllables of the table ("kyungho"). */
export function isKoreanGivenName(key: string): boolean {
  return key.length >= 3 && /^[a-z]+$/.test(key) && readings(key).length > 0;
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

/**
 * Surnames written two ways, read as one only before a Korean given name (korean-romanization is
 * asked by names.ts there): "Chu" alone is also a Chinese name, "Choo" another.
 */
const SURNAME_SPELLINGS: readonly (readonly string[])[] = [
  ['choo', 'chu'], ['joo', 'ju'], ['koo', 'ku', 'gu'], ['suh', 'seo'], ['heo', 'huh', 'hur'], ['kwon', 'gwon'],
  ['kwak', 'gwak'], ['sung', 'seong'], ['byun', 'byeon'], ['baek', 'paik', 'baik'], ['ahn', 'an'], ['cho', 'jo'],
  ['jang', 'chang'], ['bae', 'pae'], ['jeon', 'chun', 'jun'], ['sohn', 'son'], ['hahn', 'han'], ['eom', 'um'],
];

/** Whether two surname keys are one Korean surname romanized two ways (or the same key). */
export function sameKoreanSurname(a: string, b: string): boolean {
  return a === b || SURNAME_SPELLINGS.some((spellings) => spellings.includes(a) && spellings.includes(b));
}

/** Korean surnames as newsrooms romanize them: a given name right after one is read by the table. */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  'kim', 'lee', 'yi', 'ri', 'rhee', 'park', 'pak', 'bak', 'choi', 'choe', 'jung', 'jeong', 'chung', 'kang', 'gang', 'cho', 'jo',
  'yoon', 'yun', 'jang', 'chang', 'lim', 'im', 'rim', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'gwon', 'hwang', 'ahn',
  'an', 'song', 'ryu', 'yoo', 'yu', 'hong', 'jeon', 'chun', 'jun', 'ko', 'go', 'moon', 'mun', 'yang', 'son', 'bae', 'pae',
  'baek', 'paik', 'baik', 'heo', 'huh', 'hur', 'nam', 'noh', 'roh', 'no', 'ha', 'kwak', 'gwak', 'sung', 'seong', 'cha', 'joo',
  'ju', 'woo', 'koo', 'ku', 'gu', 'min', 'ban', 'choo', 'chu', 'byun', 'byeon', 'na', 'do', 'jin', 'ji', 'um', 'eom', 'won',
  'bang', 'gong', 'hyun', 'yeo', 'ma', 'kil', 'gil', 'yeom', 'chae', 'pyo', 'myung', 'ki', 'ok', 'tak', 'sohn', 'hahn',
]);

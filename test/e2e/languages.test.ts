// Sites that choose a page's language, or let a request in at all, by its Accept-Language: the
// real CLI against a loopback site that does both.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedLanguage } from '../../src/run/cited-language.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';
import { runMain } from '../helpers/main-in-process.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3000', '--format', 'json', '--fail-on', 'none'];
const page = (lang: string, headline: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title><meta property="og:title" content="${headline}">
<meta property="article:published_time" content="2024-11-27T10:00:00+03:00"></head><body><article><h1>${headline}</h1>
<p>${'The ministry welcomed the agreement in a statement on Wednesday and thanked the mediators. '.repeat(4)}</p></article></body></html>`;
const ARABIC = 'قطر ترحب بالاتفاق على وقف إطلاق النار';
const ENGLISH = 'Qatar welcomes the ceasefire agreement';
const FRENCH = 'Le Qatar salue l’accord de cessez-le-feu';

let site: SiteServer;
let dir: string;
const languagesAsked: (string | undefined)[] = [];

beforeAll(async () => {
  site = await startSite({
    // One address, three languages: Arabic unless English or French comes first in Accept-Language.
    '/news/details/2024-11-27/0042': (request, response) => {
      const asked = request.headers['accept-language'] ?? '';
      languagesAsked.push(asked);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', vary: 'Accept-Language' });
      response.end(/^en\b/.test(asked) ? page('en', ENGLISH) : /^fr\b/.test(asked) ? page('fr', FRENCH) : page('ar', ARABIC));
    },
    // A bot manager's rule: no Accept-Language, no page.
    '/news/guarded': (request, response) => {
      if (!request.headers['accept-language']) {
        response.writeHead(403, { 'content-type': 'text/html' });
        return response.end('<html><head><title>Access Denied</title></head><body>Reference #18.2f</body></html>');
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page('en', ENGLISH));
    },
  }, '127.0.9.41');
  dir = await mkdtemp(join(tmpdir(), 'citecheck-languages-'));
});

afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function check(references: object[], extra: string[] = []): Promise<Array<{ id: string; verdict: string }>> {
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references }));
  const run = await runMain(['check', 'sources.json', ...FAST, ...extra], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).results;
}

describe('Accept-Language', () => {
  it('asks for the language the citation quotes, so either citation of a two-language address verifies', async () => {
    languagesAsked.length = 0;
    const url = `${site.origin}/news/details/2024-11-27/0042`;
    const results = await check([
      { id: 'ar', authors: [], title: ARABIC, outlet: 'QNA', date: '2024-11-27', url },
      { id: 'en', authors: [], title: ENGLISH, outlet: 'QNA', date: '2024-11-27', url },
    ]);
    expect(results.map((r) => [r.id, r.verdict])).toEqual([['ar', 'verified'], ['en', 'verified']]);
    expect(languagesAsked.sort()).toEqual(['ar,*;q=0.5', 'en,*;q=0.5']);
  });

  it("asks for no language when a Latin-script headline is not told English: the site's default answers", async () => {
    languagesAsked.length = 0;
    const [french] = await check([{ id: 'fr', authors: [], title: FRENCH, outlet: 'QNA', date: '2024-11-27', url: `${site.origin}/news/details/2024-11-27/0042` }]);
    expect(languagesAsked).toEqual(['*']);
    // The default is Arabic here: said as a mismatch, which is what a reader without a language would see.
    expect(french!.verdict).toBe('title-mismatch');
  });

  it('always sends one, so a bot manager that wants it lets the request in; --header overrides it', async () => {
    languagesAsked.length = 0;
    const [guarded] = await check([{ id: 'g', authors: [], title: ENGLISH, outlet: 'QNA', date: '2024-11-27', url: `${site.origin}/news/guarded` }]);
    expect(guarded!.verdict).toBe('verified');
    const [overridden] = await check([{ id: 'o', authors: [], title: ARABIC, outlet: 'QNA', date: '2024-11-27', url: `${site.origin}/news/details/2024-11-27/0042` }], ['--header', 'Accept-Language: en-GB']);
    expect(overridden!.verdict).toBe('title-mismatch');
    expect(languagesAsked).toEqual(['en-GB']);
  });
});

describe('citedLanguage', () => {
  it.each([
    ['윤 대통령, 북러 군사협력 철저 대응 지시', 'ko'], ['北朝鮮がロシアに兵士を派遣', 'ja'], ['北韓派兵俄羅斯', 'zh'],
    [ARABIC, 'ar'], ['بارش شدید باران در تهران', 'fa'], ['Кремль не подтвердил встречу', 'ru'], ['Київ отримав нову допомогу', 'uk'],
    ['น้ำท่วมเชียงใหม่', 'th'], ['Samsung unveils Galaxy S25 in 서울', undefined],
    // Neighbours in one script, by the letters each has and the other lacks.
    ['Путин объявил о мобилизации', 'ru'], ['Влада Србије усвојила нови закон', 'sr'], ['Владата донесе одлука за ѓубрето', 'mk'],
    ['Парламентът прие бюджета', 'bg'], ['Беларусь ўвяла новыя правілы', 'be'], ['Үкімет жаңа заң қабылдады', 'kk'],
    ['پاکستان میں بارش سے تباہی ہوئی', 'ur'], ['افغانستان کې ښوونځي بیا پرانیستل شول', 'ps'], ['די װעלט איז גרױס', 'yi'],
    ['ישראל מאשרת הפסקת אש', 'he'],
    // English by a word only English writes, and none of another language's.
    [ENGLISH, 'en'], ['Qatar welcomes agreement on ceasefire and hostage release', 'en'], ['Biden says talks were useful', 'en'],
    ['Brand in Betrieb in Lichterfelde', undefined], ['Nach Kalifat-Rufen in Hamburg', undefined], [FRENCH, undefined],
    ['The Guardian cierra su edición impresa', undefined], ['Het kabinet is in crisis', undefined], ['Trump wins', undefined],
    // A foreign name's particles leave it undecided; capitalised, they are names ("Las Vegas", "DE").
    ["EU's von der Leyen says tariffs stay", undefined], ['UN says the DE office is closed', 'en'],
    ['Las Vegas shooting: what we know', 'en'], ['Le Monde says the election was close', 'en'],
    // Words English shares with a neighbour say nothing alone.
    ['România are cea mai mare inflație din UE', undefined], ['Voetballer breekt been tijdens training', undefined],
    ['Has Türk ürünleri ihracatta rekor kırdı', undefined], ['Guvernul are un nou ministru', undefined],
    ['Danskerne vil have lavere skat', undefined],
    // An English name inside another language's headline ("The …") is not English.
    ['The Hives spelar i Stockholm i sommar', undefined], ['Kapela The Killers vystoupí v Praze', undefined],
    ['The Weeknd sagt Konzert in Hamburg ab', undefined], ['The Economist: Türkiye ekonomisi toparlanıyor', undefined],
    ['Qatar Welcomes the Ceasefire Agreement', 'en'],
  ])('%s → %s', (title, language) => {
    expect(citedLanguage(title)).toBe(language);
  });
});

import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../src/resolve/outlets.js';
import { rankCandidates, scoreCandidate, slugWords } from '../../src/resolve/rank.js';
import { indexSearches, shapesFor, slugOf } from '../../src/resolve/shapes.js';

describe('outlets as data', () => {
  it('finds an outlet by its name or an alias, without case, punctuation or "The"', () => {
    expect(shapesFor('The Korea Herald')?.site).toBe('koreaherald.com');
    expect(shapesFor('Korea Herald')?.site).toBe('koreaherald.com');
    expect(shapesFor('THE ASSOCIATED PRESS')?.site).toBe('apnews.com');
    expect(shapesFor('AP')?.site).toBe('apnews.com');
    expect(shapesFor('Le Monde')).toBeNull();
  });

  it("the config's outlets map comes first; an unknown site gets the general slug rule", () => {
    expect(shapesFor('Le Monde', { 'Le Monde': 'www.lemonde.fr' })).toEqual({
      site: 'www.lemonde.fr',
      shapes: [
        { prefix: 'lemonde.fr/{YYYY}/{MM}/{DD}/' },
        { prefix: 'lemonde.fr/news/{YYYY}/{MM}/{DD}/' },
        { prefix: 'lemonde.fr/{YYYY}/{M}/{D}/' },
        { prefix: 'lemonde.fr/', window: 3, slugFilter: 3 },
      ],
    });
    // Pointing a known outlet name at a known site uses that site's shapes.
    expect(shapesFor('KH', { KH: 'koreaherald.com' })?.shapes).toBe(OUTLETS.find((o) => o.site === 'koreaherald.com')!.shapes);
  });

  it('every bundled outlet has a site and at least one shape', () => {
    for (const outlet of OUTLETS) {
      expect(outlet.site).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(outlet.shapes.length).toBeGreaterThan(0);
    }
  });
});

describe('indexSearches', () => {
  it('fills dated shapes for the cited day and the days either side (Al Jazeera: no zero padding)', () => {
    const { shapes } = shapesFor('Al Jazeera')!;
    expect(indexSearches(shapes, 'US, South Korea and Japan Slam ‘Dangerous’ Ties', '2024-11-01').map((s) => s.prefix)).toEqual([
      'www.aljazeera.com/news/2024/11/1/',
      'www.aljazeera.com/news/2024/10/31/',
      'www.aljazeera.com/news/2024/11/2/',
    ]);
  });

  it('The Korea Herald: the ud= date prefix, then article ids captured within days of the date', () => {
    const searches = indexSearches(shapesFor('The Korea Herald')!.shapes, 'S. Korea, Canada Demand Withdrawal', '2024-11-02');
    expect(searches[0]).toEqual({ prefix: 'www.koreaherald.com/view.php?ud=20241102', filters: [] });
    expect(searches.at(-1)).toEqual({ prefix: 'www.koreaherald.com/article/', from: '20241101', to: '20241105', filters: [] });
  });

  it('slug shapes use the first words of the title; a slug filter asks for them anywhere in the URL', () => {
    const title = 'South Korean Leader Meets Ukraine Delegation and Calls for Response to N. Korean Troops in Russia';
    expect(slugOf(title)).toBe('south-korean-leader-meets-ukraine-delegation-and-calls-for-response-to-n-korean-troops-in-russia');
    expect(slugOf('$200m A Year, 700,000 Tons of Rice')).toBe('200m-a-year-700-000-tons-of-rice');
    expect(slugOf('Russia’s Airborne Brigade')).toBe('russias-airborne-brigade');
    const [ap] = indexSearches(shapesFor('The Associated Press')!.shapes, title, '2024-11-27');
    expect(ap!.prefix).toBe('apnews.com/article/south-korean-leader');
    const kt = indexSearches(shapesFor('The Korea Times')!.shapes, 'NIS Closely Watching NK-China Ties Amid Signs of Rift', '2024-07-31');
    expect(kt.at(-1)).toEqual({
      prefix: 'www.koreatimes.co.kr/',
      from: '20240730',
      to: '20240803',
      filters: ['original:(?i).*nis[-_]closely[-_]watching.*'],
    });
  });

  it('no day in the citation, no search', () => {
    expect(indexSearches(shapesFor('Al Jazeera')!.shapes, 'A title', '2024-11')).toEqual([]);
    expect(indexSearches(shapesFor('Al Jazeera')!.shapes, 'A title', undefined)).toEqual([]);
  });
});

describe('ranking', () => {
  const title = 'North Korea Pledges to Stand by Russia Until ‘Victory’ in Ukraine';

  it("reads a URL's slug, and none from id-only URLs", () => {
    expect(slugWords('www.aljazeera.com/news/2024/11/1/north-korea-pledges-to-stand-by-russia-until-victory-in-ukraine')).toBe(
      'north korea pledges to stand by russia until victory in ukraine',
    );
    expect(slugWords('https://apnews.com/article/south-korea-ukraine-delegation-0123456789abcdef0123456789abcdef')).toBe('south korea ukraine delegation');
    expect(slugWords('https://www.koreaherald.com/view.php?ud=20241103050116')).toBeNull();
    expect(slugWords('https://koreajoongangdaily.joins.com/news/2024-11-28/national/northKorea/North-Korean-troops-deployed/2188738')).toBe('North Korean troops deployed');
  });

  it('ranks the matching slug first and lets a captured headline outrank a slug', () => {
    const ranked = rankCandidates(
      [
        { url: 'www.aljazeera.com/news/2024/11/1/russia-pounds-kharkiv-overnight' },
        { url: 'www.aljazeera.com/news/2024/11/1/north-korea-pledges-to-stand-by-russia-until-victory-in-ukraine' },
        { url: 'www.aljazeera.com/news/2024/11/1/north-korea-russia-talks' },
      ],
      title,
    );
    expect(ranked[0]!.url).toContain('north-korea-pledges');
    expect(ranked[0]!.score).toBeGreaterThan(0.9);
    expect(ranked[2]!.url).toContain('kharkiv');
    const id = scoreCandidate({ url: 'https://www.koreaherald.com/view.php?ud=20241101000700', capturedTitle: title.replace('‘Victory’', 'victory') }, title);
    expect(id).toMatchObject({ slugScore: null, titleScore: 1, score: 1 });
    expect(scoreCandidate({ url: 'https://www.koreaherald.com/view.php?ud=20241101000700' }, title).score).toBe(0);
  });
});

// The outlets the bundled commentary cites, and where each keeps its articles: data, read by
// shapes.ts. A URL shape is a prefix for the archive index's prefix search, with the cited date
// and the title's slug filled in:
//   {YYYY} {MM} {DD}  the date, zero-padded      {M} {D}  month and day without padding
//   {slug}            the whole title as a slug  {slug:N} its first N words
// A shape without a date in it (article ids) is searched among captures made within `window`
// days after the cited date (the archive usually captures news within days); `slugFilter` asks
// the index for URLs that contain the title's first N slug words.
// Sources: the outlets' URLs seen in public copies (see the project's references notes).

export interface UrlShape {
  prefix: string;
  /** For a prefix without a date: days after the cited date in which captures are searched [3]. */
  window?: number;
  /** Keep only URLs containing the first N words of the title's slug. */
  slugFilter?: number;
}

export interface Outlet {
  name: string;
  aliases?: string[];
  /** The registrable domain. */
  site: string;
  shapes: UrlShape[];
}

export const OUTLETS: readonly Outlet[] = [
  {
    name: 'Al Jazeera',
    site: 'aljazeera.com',
    // The path date is the UTC publication date, without zero padding.
    shapes: [{ prefix: 'www.aljazeera.com/news/{YYYY}/{M}/{D}/' }],
  },
  {
    name: 'The Korea Herald',
    aliases: ['Korea Herald'],
    site: 'koreaherald.com',
    // `ud` starts with the publication date; since 2025 articles live at /article/NNNNNNNN.
    shapes: [{ prefix: 'www.koreaherald.com/view.php?ud={YYYY}{MM}{DD}' }, { prefix: 'www.koreaherald.com/article/', window: 3 }],
  },
  {
    name: 'The Korea Times',
    aliases: ['Korea Times'],
    site: 'koreatimes.co.kr',
    // Article ids carry no date; the old /www/<section>/YYYY/MM/ path is not the publication
    // month for old stories but is for recent ones; since 2025 /<section>/<sub>/YYYYMMDD/<slug>.
    shapes: [
      { prefix: 'm.koreatimes.co.kr/pages/article.asp?newsIdx=', window: 3 },
      { prefix: 'm.koreatimes.co.kr/pages/article.amp.asp?newsIdx=', window: 3 },
      { prefix: 'www.koreatimes.co.kr/www/nation/{YYYY}/{MM}/', window: 3 },
      { prefix: 'www.koreatimes.co.kr/', window: 3, slugFilter: 3 },
    ],
  },
  {
    name: 'Korea JoongAng Daily',
    aliases: ['JoongAng Daily', 'Korea JoongAng Daily (KJD)'],
    site: 'joins.com',
    shapes: [{ prefix: 'koreajoongangdaily.joins.com/news/{YYYY}-{MM}-{DD}/' }, { prefix: 'www.koreajoongangdaily.com/news/{YYYY}-{MM}-{DD}/' }],
  },
  {
    name: 'The Associated Press',
    aliases: ['Associated Press', 'AP', 'AP News'],
    site: 'apnews.com',
    // /article/<slug>-<32 hex digits>; the slug is usually the headline's first words.
    shapes: [{ prefix: 'apnews.com/article/{slug:3}' }],
  },
  {
    name: 'KCNA',
    aliases: ['Korean Central News Agency', 'KCNA Watch'],
    site: 'kcnawatch.org',
    shapes: [{ prefix: 'kcnawatch.org/newstream/', window: 3, slugFilter: 3 }],
  },
];

/**
 * The general slug rule, for an outlet known only by its site (the config's `outlets` map): the
 * common dated paths, then any URL of the site captured near the date whose path holds the
 * title's first words.
 */
export function generalShapes(site: string): UrlShape[] {
  return [
    { prefix: `${site}/{YYYY}/{MM}/{DD}/` },
    { prefix: `${site}/news/{YYYY}/{MM}/{DD}/` },
    { prefix: `${site}/{YYYY}/{M}/{D}/` },
    { prefix: `${site}/`, window: 3, slugFilter: 3 },
  ];
}

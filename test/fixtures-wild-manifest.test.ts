// Checks the held-out "wild" page corpus (test/fixtures/wild): every manifest entry points at a real
// file, its fields have the same form as test/fixtures/pages/manifest.json, its declared charset
// matches its bytes, its expected headline is really printed as a heading, and the corpus spreads over
// the languages and site builders it claims to. It does not run the extractor: the corpus measures it.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectBlindEntryForm, declaredCharset, isValidUtf8, loadCorpus, type Entry } from './helpers/fixture-manifest.js';

const { dir: DIR, manifest, bytesOf } = loadCorpus('wild');



/** Builders, page kinds and hard cases the brief asks the corpus to contain at least once. */
const REQUIRED_TRAPS = [
  'cms-wordpress-yoast', 'cms-arc-xp', 'cms-brightspot', 'cms-drupal', 'cms-ghost', 'cms-medium', 'cms-substack',
  'cms-blogger', 'next-data-dates', 'nuxt-state-dates', 'amp-page', 'wire-dateline', 'press-release',
  'government-release', 'think-tank', 'journal', 'preprint', 'microdata-itemprop', 'json-ld-only',
  'time-datetime-only', 'visible-only', 'path-date', 'live-blog', 'relative-time', 'bio-year-only',
  'modified-much-later', 'og-title-teaser', 'live-clock', 'cookie-banner', 'comment-dates', 'rtl',
  'arabic-indic-digits', 'charset-gb2312', 'charset-big5', 'utc-day-before', 'utc-day-after', 'day-first-date',
];



const decodeHtml = (e: Entry, bytes: Buffer): string => {
  const { header, meta } = declaredCharset(e, bytes);
  return iconv.decode(bytes, header ?? meta ?? 'utf-8');
};

// Only ASCII white space is folded: an ideographic space (U+3000) is part of a Japanese headline.
const norm = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('wild page corpus manifest', () => {
  it('has at least 40 entries with unique files, spread over languages and builders', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
    const langs = new Set(manifest.flatMap((e) => e.traps.filter((t) => t.startsWith('lang-'))));
    expect(langs.size).toBeGreaterThanOrEqual(20);
    const used = new Set(manifest.flatMap((e) => e.traps));
    expect(REQUIRED_TRAPS.filter((t) => !used.has(t))).toEqual([]);
    // Pages without a date a careful reader could state are the minority, but they exist.
    const undated = manifest.filter((e) => e.expected.date === null);
    expect(undated.length).toBeGreaterThanOrEqual(2);
    expect(undated.length).toBeLessThan(manifest.length / 4);
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: fields have the pages-manifest form', (_f, e) => {
    expectBlindEntryForm(e, DIR);
    const x = e.expected;
    if (x.date === null) {
      expect(x.dateKind ?? null).toBeNull();
      expect(e.traps.some((t) => t === 'no-date' || t === 'relative-time')).toBe(true);
    } else {
      expect(isCalendarDate(x.date)).toBe(true);
      expect(x.dateKind).toBe('published');
      // A page's own date cannot lie after the moment it was fetched.
      expect(x.date < e.fetchedAt.slice(0, 10)).toBe(true);
    }
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: size 3-60 KB and the declared charset matches the bytes', (_f, e) => {
    const size = statSync(join(DIR, e.file)).size;
    expect(size).toBeGreaterThanOrEqual(3 * 1024);
    expect(size).toBeLessThanOrEqual(60 * 1024);
    const bytes = bytesOf(e);
    const { header, meta } = declaredCharset(e, bytes);
    if (header && meta) expect(header.replace(/[-_]/g, '')).toBe(meta.replace(/[-_]/g, ''));
    const cs = (header ?? meta ?? 'utf-8').replace(/[-_]/g, '');
    if (cs === 'utf8') {
      expect(isValidUtf8(bytes)).toBe(true);
    } else {
      // A legacy-charset page holds non-ASCII text, so its bytes cannot be valid UTF-8.
      expect(isValidUtf8(bytes)).toBe(false);
      expect(iconv.decode(bytes, cs)).not.toContain('\uFFFD');
    }
    if (e.traps.includes('charset-gb2312')) expect(meta).toBe('gb2312');
    if (e.traps.includes('charset-big5')) expect([header, meta]).toEqual(['big5', 'big5']);
    if (e.traps.includes('charset-header-missing')) expect(header).toBeNull();
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: the expected title is printed as the headline', (_f, e) => {
    const $ = cheerio.load(decodeHtml(e, bytesOf(e)));
    const title = e.expected.title!;
    if (e.traps.includes('headline-not-h1')) {
      // Blogger: the h1 is the blog's name and the post title is an h3.
      expect($('h3').map((_i, el) => norm($(el).text())).get()).toContain(title);
    } else if (e.traps.includes('h1-hidden-descriptor')) {
      // arXiv: the h1 starts with a "Title:" span that the stylesheet hides.
      const h1 = $('h1').filter((_i, el) => $(el).find('.descriptor').length > 0).first().clone();
      h1.find('.descriptor').remove();
      expect(norm(h1.text())).toBe(title);
    } else {
      expect($('h1').map((_i, el) => norm($(el).text())).get()).toContain(title);
    }
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: every JSON-LD block and __NEXT_DATA__ parses', (_f, e) => {
    const $ = cheerio.load(decodeHtml(e, bytesOf(e)));
    const blocks = $('script[type="application/ld+json"], script#__NEXT_DATA__').map((_i, el) => $(el).text()).get();
    for (const b of blocks) expect(() => JSON.parse(b)).not.toThrow();
    if (e.traps.includes('json-ld-only')) {
      expect(blocks.length).toBeGreaterThan(0);
      expect($('meta[property="article:published_time"]').length).toBe(0);
    }
    if (e.traps.includes('no-metadata') || e.traps.includes('no-date')) {
      expect($('meta[property="article:published_time"], script[type="application/ld+json"]').length).toBe(0);
    }
  });

  it('the hard cases carry the evidence the manifest describes', () => {
    const text = (file: string): string => {
      const e = manifest.find((m) => m.file === file)!;
      return decodeHtml(e, bytesOf(e));
    };
    expect(text('asharq-5084512.html')).toContain('٢٠ نوفمبر ٢٠٢٤');
    expect(text('msn-ar-AA1vT9Xk-relative.html')).toContain('2 hours ago');
    expect(text('msn-ar-AA1vT9Xk-relative.html')).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(text('almonitor-print-gulf-water.html')).toContain('joined Al-Monitor in 2019');
    expect(text('chinanews-gb2312-10321345.html')).toContain('2024年11月20日 16:37');
    expect(text('mingpao-big5-20140305-gaa1.html')).toContain('2014年3月5日 星期三');
    // Sydney 5:37am on 20 Nov is 18:37 UTC on 19 Nov.
    expect(new Date('2024-11-19T18:37:00Z').toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' })).toBe('2024-11-20');
    expect(text('abc-au-104622230.html')).toContain('content="2024-11-19T18:37:00+00:00"');
    // VnExpress stores the publication as epoch seconds.
    const epoch = Number(/its_publication" content="(\d+)"/.exec(text('vnexpress-4818765.html'))?.[1]);
    expect(new Date(epoch * 1000).toISOString()).toBe('2024-11-20T09:37:00.000Z');
  });
});

// Rules added for pages unlike the fixture corpus: more scripts and date shapes, gendered labels,
// Blogger/hAtom markup, live blogs, UTC days that cannot be local, and teaser og:titles.
import { describe, expect, it } from 'vitest';
import { parseTextDates } from '../../src/extract/date-parse.js';
import { classifyLabel } from '../../src/extract/date-labels.js';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

const day = (text: string) => parseTextDates(text, true).map((d) => d.value);

describe('date shapes of more languages', () => {
  it.each([
    ['الأربعاء - ١٨ جمادى الأولى ١٤٤٦ هـ - ٢٠ نوفمبر ٢٠٢٤ مـ', '2024-11-20'], // Arabic-Indic digits; the Hijri date has no valid year
    ['٢٠ تشرين الثاني ٢٠٢٤', '2024-11-20'], // two-word Levantine month, Arabic-Indic digits
    ['20 Νοεμβρίου 2024, 10:30', '2024-11-20'],
    ['20 ΝΟΕΜΒΡΙΟΥ 2024', '2024-11-20'], // capitals drop the accent
    ['20 בנובמבר 2024', '2024-11-20'],
    ['20 नवंबर 2024', '2024-11-20'],
    ['२० नवंबर २०२४', '2024-11-20'], // Devanagari digits
    ['20. listopadu 2024', '2024-11-20'],
    ['2024. november 20. 14:05', '2024-11-20'], // Hungarian: year first, marked by a dot
    ['2024 m. lapkričio 20 d.', '2024-11-20'],
    ['Thứ tư, 20 tháng 11 năm 2024, 14:30', '2024-11-20'],
    ['令和6年11月20日', '2024-11-20'],
    ['２０２４年１１月２０日', '2024-11-20'],
    ['20 нояб. 2024', '2024-11-20'],
    ['20 Kas 2024', '2024-11-20'],
    ['20 lis 2024', '2024-11-20'],
    ['20-Nov-2024', '2024-11-20'],
  ])('%s → %s', (text, expected) => {
    expect(day(text)).toEqual(expected ? [expected] : []);
  });

  it('does not read a bare year followed by a month word as a date', () => {
    expect(day('In 2024 May 5 people left')).toEqual([]);
  });

  it('keeps positions in the original text when it rewrites digits', () => {
    const [date] = parseTextDates('نشر في ٢٠ نوفمبر ٢٠٢٤', true);
    expect(date?.index).toBe('نشر في '.length);
  });
});

describe('labels', () => {
  it.each([
    ['Actualizada', 'modified'], ['Publicada el', 'published'], ['Обновлена', 'modified'], ['Publiée le', 'published'],
    ['פורסם:', 'published'], ['آخر تحديث', 'modified'], ['Päivitetty', 'modified'], ['Publicerad', 'published'],
  ])('%s → %s', (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });
});

describe('markup of blogs and live blogs', () => {
  it('reads Blogger: hAtom <abbr title>, an articleBody among several itemprops, and the post footer', () => {
    const html = page('<meta property="og:title" content="Gimjang season">',
      `<div class="widget Blog"><h2 class="date-header"><span>Wednesday, November 20, 2024</span></h2>
       <div class="post"><h3 class="post-title">Gimjang season</h3>
       <div class="post-body" itemprop="description articleBody">${PARAGRAPHS}</div>
       <div class="post-footer">Posted by Mina at <a class="timestamp-link" href="#"><abbr class="published" itemprop="datePublished" title="2024-11-20T16:37:00+09:00">4:37 PM</abbr></a></div>
       <div class="comments"><a href="#c1">November 21, 2024 at 9:02 AM</a></div></div></div>`);
    const meta = extractHtml(html, 'https://someone.blogspot.com/2024/11/gimjang.html');
    expect(meta.date.value).toBe('2024-11-20');
    expect(meta.date.kind).toBe('published');
  });

  it('reads the WordPress post date its theme wraps in the permalink, and its "updated" sibling as an edit', () => {
    const html = page('<title>My post title &#8211; My Blog</title>',
      `<main class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">My post title</h1>
       <div class="entry-meta"><span class="posted-on">Posted on <a href="/my-post/" rel="bookmark"><time class="entry-date published" datetime="2024-11-20T10:00:00+00:00">November 20, 2024</time><time class="updated" datetime="2024-11-22T08:00:00+00:00">November 22, 2024</time></a></span></div></header>
       <div class="entry-content">${PARAGRAPHS}</div></article></main>`);
    const meta = extractHtml(html, 'https://blog.example.com/my-post/');
    expect(meta.date).toMatchObject({ value: '2024-11-20', kind: 'published' });
    expect(meta.date.candidates).toContainEqual(expect.objectContaining({ value: '2024-11-22', kind: 'modified' }));
  });

  it("ignores a live blog's entries in JSON-LD and does not let UTC times vote for days no zone can reach", () => {
    const entries = ['2024-11-24T21:40:00Z', '2024-11-24T15:12:00Z', '2024-11-23T12:00:00Z'];
    const jsonLd = JSON.stringify({
      '@type': 'LiveBlogPosting', headline: 'Storm live', datePublished: '2024-11-23T08:00:00Z', dateModified: '2024-11-24T21:40:00Z',
      liveBlogUpdate: entries.map((d) => ({ '@type': 'BlogPosting', headline: 'entry', datePublished: d })),
    });
    const body = `<article><h1>Storm live</h1><div class="byline">Sunday 24 November 2024 21:40 GMT</div>${PARAGRAPHS}`
      + entries.map((d) => `<div class="entry"><time datetime="${d}">${d.slice(8, 10)} November 2024 ${d.slice(11, 16)}</time><p>Update</p></div>`).join('')
      + '</article>';
    const meta = extractHtml(page(`<meta property="article:published_time" content="2024-11-23T08:00:00Z"><script type="application/ld+json">${jsonLd}</script>`, body));
    expect(meta.date.value).toBe('2024-11-23');
  });

  it('still moves a UTC time to the local day the byline prints when a zone can reach it', () => {
    const html = page('<meta property="article:published_time" content="2024-11-21T04:37:10Z">',
      `<article><h1>Metro amplía horario</h1><div class="byline"><span class="date">20/11/2024 22:37</span> <span>Actualizada 21/11/2024 09:20</span></div>${PARAGRAPHS}</article>`, 'es');
    expect(extractHtml(html).date.value).toBe('2024-11-20');
  });
});

describe('headline against a teaser og:title', () => {
  it('takes the h1 the <title> confirms over an og:title and JSON-LD teaser', () => {
    const html = page(`<title>Tokyo to offer free day care from September - The Japan Times</title>
      <meta property="og:site_name" content="The Japan Times"><meta property="og:title" content="Free day care for first-born kids">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Free day care for first-born kids"}</script>`,
    `<article><h1>Tokyo to offer free day care from September</h1>${PARAGRAPHS}</article>`);
    expect(extractHtml(html).title.value).toBe('Tokyo to offer free day care from September');
  });

  it('does not take the first sentence of a two-sentence headline for the headline', () => {
    const full = 'В Латвии закрыли последнюю русскоязычную школу. «Переход завершен», — заявили в минобразования';
    const html = page(`<title>${full} — Meduza</title><meta property="og:title" content="В Латвии закрыли последнюю русскоязычную школу">`,
      `<article><h1>${full}</h1>${PARAGRAPHS}</article>`, 'ru');
    expect(extractHtml(html, 'https://meduza.io/news/2024/11/20/x').title.value).toBe(full);
  });

  it('still prefers the bare headline to "Kicker: Headline"', () => {
    const html = page('<title>Nordkoreanische Soldaten kämpfen an der Front - DER SPIEGEL</title><meta property="og:title" content="Nordkoreanische Soldaten kämpfen an der Front">',
      `<article><h1>Ukraine-Krieg: Nordkoreanische Soldaten kämpfen an der Front</h1>${PARAGRAPHS}</article>`, 'de');
    expect(extractHtml(html, 'https://www.spiegel.de/ausland/x').title.value).toBe('Nordkoreanische Soldaten kämpfen an der Front');
  });
});

describe('site names without spaces, and more metadata names', () => {
  it('cuts a trailing site name joined without spaces (Chinese and Japanese titles)', () => {
    const html = page('<title>全国铁路营业里程突破16万公里-新华网</title><meta property="og:site_name" content="新华网">', PARAGRAPHS, 'zh');
    expect(extractHtml(html, 'http://www.news.cn/x.htm').title.value).toBe('全国铁路营业里程突破16万公里');
  });

  it('keeps a hyphen that is part of the headline', () => {
    const html = page('<title>COVID-19 cases rise again</title>', PARAGRAPHS);
    expect(extractHtml(html).title.value).toBe('COVID-19 cases rise again');
  });

  it('reads the publication date from a meta name other CMSs use (ptime)', () => {
    const html = page('<meta name="ptime" content="2024-11-20 16:37:00">', `<article><h1>Headline for the test</h1>${PARAGRAPHS}</article>`, 'zh');
    expect(extractHtml(html).date).toMatchObject({ value: '2024-11-20', source: 'ptime' });
  });
});

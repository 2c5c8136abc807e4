import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';
import { article, check, FETCHED_AT, read } from './helpers.js';

/** The date `inspect` reads from a saved file: no address of its own. */
const extractSaved = (html: string) => extractMetadata(Buffer.from(html, 'utf8'), { contentType: 'text/html', url: null, now: FETCHED_AT }).date.value;

const headline = 'Harbour authority approves the new quay after a decade of debate';
/** A whole page in `lang` around `body`, titled with the headline. */
const doc = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head><body>${body}</body></html>`;

describe('the page\'s own date over dates of other things', () => {
  it('metadata outweighs a long list of other stories with a time each', () => {
    const list = Array.from({ length: 12 }, (_, i) => `<div><time datetime="2022-08-10T1${i % 10}:00:00+09:00">2022.08.10 1${i % 10}:00</time><span>${i * 1000 + 6762}</span></div>`).join('');
    const html = article({
      head: `<meta property="og:title" content="${headline}"><meta property="article:published_time" content="2019-04-19T20:00:00+09:00">`,
      // The story, then (further down than any byline) a rail of other stories.
      body: `<h1>${headline}</h1><time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>
        ${Array.from({ length: 14 }, (_, i) => `<p>Berth ${i + 1} will be ${300 + i} metres long.</p>`).join('')}<div class="box">${list}</div>`,
    });
    expect(read(html).date.value).toBe('2019-04-19');
    expect(check(html, { title: headline, date: '2019-04-19' }).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2019-03-05' }).verdict).toBe('date-mismatch');
  });

  it('a day the body mentions several times is one voice against the metadata', () => {
    const html = article({
      head: `<meta property="og:title" content="${headline}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"2026-05-13T15:44:00"}</script>`,
      body: `<h1>${headline}</h1><p>Am 7. Mai 2026 tagte der Rat.</p><p>Am 7. Mai 2026 kam die Antwort.</p><p>Bis zum 7. Mai 2026 lief die Frist.</p>`,
    });
    expect(read(html).date.value).toBe('2026-05-13');
  });
});

describe('a cited date is held to all of the page\'s own publication evidence', () => {
  const head = (published: string, extra = '') => `<meta property="og:title" content="${headline}"><meta property="article:published_time" content="${published}">${extra}`;

  it('verifies a date printed in the article header when the metadata carries another day', () => {
    // The print edition's day in the byline, the web upload's in the metadata.
    const html = article({
      head: head('2024-11-21T01:10:00+09:00'),
      body: `<h1>${headline}</h1><p class="byline">Published <time datetime="2024-11-20T18:00:00+09:00" itemprop="datePublished">Nov. 20, 2024</time></p>`,
    });
    const result = check(html, { title: headline, date: '2024-11-20' });
    expect(result.verdict).toBe('verified');
    expect(result.date.candidates?.map((c) => c.value)).toEqual(expect.arrayContaining(['2024-11-20', '2024-11-21']));
  });

  it('verifies a date that matches only the modified date, and says so', () => {
    const html = article({ head: head('2024-04-26T10:00:00+02:00', '<meta property="article:modified_time" content="2024-05-08T09:00:00+02:00">'), body: `<h1>${headline}</h1>` });
    const result = check(html, { title: headline, date: '2024-05-08' });
    expect(result.verdict).toBe('verified');
    expect(result.date).toMatchObject({ match: true, kind: 'modified', found: '2024-05-08', source: 'article:modified_time' });
    expect(result.reason).toContain('modified');
  });

  it('does not verify a citation of a "modified" day before the page was published (a draft\'s last save)', () => {
    const html = article({ head: head('2024-08-26T16:30:00+00:00', '<meta property="article:modified_time" content="2024-08-23T17:10:46+00:00">'), body: `<h1>${headline}</h1>` });
    expect(check(html, { title: headline, date: '2024-08-23' }).verdict).toBe('date-mismatch');
    expect(check(html, { title: headline, date: '2024-08-26' }).verdict).toBe('verified');
  });

  it('does not let a date the body merely mentions rescue a wrong citation', () => {
    const html = article({ head: head('2024-04-26T10:00:00+02:00'), body: `<h1>${headline}</h1><p>The council first met on 23 April 2024 to hear the plans.</p>` });
    expect(check(html, { title: headline, date: '2024-04-23' }).verdict).toBe('date-mismatch');
  });

  it('calls no mismatch when the page shows only when it was updated, and the citation is earlier', () => {
    const html = article({ body: `<h1>${headline}</h1><p class="meta">Updated: December 15, 2016</p>`, head: `<meta property="og:title" content="${headline}">` });
    const earlier = check(html, { title: headline, date: '2016-12-12' });
    expect(earlier.verdict).toBe('verified');
    expect(earlier.date.match).toBeNull();
    expect(earlier.reason).toContain('only when it was modified');
    // A cited date after the last change cannot be the publication date.
    expect(check(html, { title: headline, date: '2017-01-20' }).verdict).toBe('date-mismatch');
  });
});

describe('dates real CMSs write in odd places and shapes', () => {
  it('reads a Java-style date in a meta ("Mon Aug 03 12:45:00 EDT 2015") on its local day', () => {
    const html = article({ head: `<meta value="Mon Aug 03 21:45:00 EDT 2015" name="article:published_time"><meta property="og:title" content="${headline}">`, body: `<h1>${headline}</h1>` });
    expect(read(html).date).toMatchObject({ value: '2015-08-03', datetime: '2015-08-03T21:45:00-04:00' });
  });

  it('takes a labelled "Updated" line when the only other date is a stray mention', () => {
    const html = article({ head: `<meta property="og:title" content="${headline}">`, body: `<div class="byline">TNN / Updated: Oct 9, 2019, 11:05 IST</div><h1>${headline}</h1>` })
      .replace('<footer>', '<div class="promo">Offer ends 10/12/2019</div><footer>');
    expect(read(html).date).toMatchObject({ value: '2019-10-09', kind: 'modified' });
  });

  it('reads the byline time of a meta line that also carries share buttons', () => {
    const html = article({
      head: `<meta property="og:title" content="${headline}">`,
      body: `<h1>${headline}</h1><div class="story-meta__authors-timestamp has-social-tools"><p class="story-meta__timestamp"><time datetime="2016-10-04 05:07:09">10/04/2016 05:07 AM EDT</time></p></div>`,
    });
    expect(read(html).date.value).toBe('2016-10-04');
  });

  it('reads a labelled publication time that the headline block wraps in breadcrumbs', () => {
    const html = article({
      head: `<meta property="og:title" content="${headline}">`,
      body: `<div class="headline_container embed-breadcrumbs"><a href="/">Home</a><span class="timestamp"><time datetime="2016-10-03T16:35:39.000Z">Posted on 3 Oct 2016</time></span></div><h1>${headline}</h1>`,
    });
    expect(read(html).date.value).toBe('2016-10-03');
  });
});

describe('bylines with two-digit years', () => {
  const page = (lang: string, byline: string) => doc(lang, `
    <article><h1>${headline}</h1><div class="technicalline"><div class="lineinfo">${byline} | Von <span class="authorname">Eva Muster</span></div></div>
    <figure><img src="/a.jpg" alt=""><figcaption>Audio: Hafenradio | 24.04.2024 | Eva Muster</figcaption></figure>
    <p>${'Der Hafenrat hat den neuen Kai nach zehn Jahren Streit genehmigt. '.repeat(10)}</p>
    <p><i>Sendung: Hafenradio, 24.04.2024, 15:10 Uhr</i></p></article>`);
  const url = 'https://news.example/kultur/beitrag/harbour-quay.html';

  it('reads the byline\'s "Do 25.04.24 | 14:07 Uhr" over a caption\'s and a broadcast note\'s day', () => {
    const html = page('de', 'Do 25.04.24 | 14:07 Uhr');
    expect(read(html, 'text/html', url).date.value).toBe('2024-04-25');
    expect(check(html, { title: headline, date: '2024-04-25' }, url).verdict).toBe('verified');
  });

  it('never takes a reader\'s comment below the article for its byline, whatever the year\'s length', () => {
    for (const stamp of ['29.04.24 um 08:12', '29.04.2024 um 08:12']) {
      const html = doc('de', `
        <article><h1>${headline}</h1><p>25.04.2024</p><p>${'Der Hafenrat hat den neuen Kai nach zehn Jahren Streit genehmigt. '.repeat(8)}</p></article>
        <section><h2>Leserkommentare</h2><div>Max M. schrieb am ${stamp}: Endlich!</div></section>`);
      expect(read(html, 'text/html', url).date.value).toBe('2024-04-25');
      expect(check(html, { title: headline, date: '2024-04-25' }, url).verdict).toBe('verified');
    }
    // However much the readers wrote: comments longer than the article do not make it less the story.
    const talkative = doc('de', `
      <article><h1>${headline}</h1><p>25.04.2024</p><p>${'Der Hafenrat hat den neuen Kai genehmigt. '.repeat(4)}</p></article>
      <section><div>Max M. schrieb am 29.04.2024 um 08:12:</div><p>${'Endlich ist es so weit, nach all den Jahren des Wartens und Streitens im Rat. '.repeat(6)}</p></section>`);
    expect(read(talkative, 'text/html', url).date.value).toBe('2024-04-25');
    // Nor a story told in short paragraphs (as Japanese news is), its comments under a class no rule knows.
    const short = doc('ja', `
      <article class="kiji"><h1>港湾局が新岸壁の建設を承認、十年の議論に決着</h1><p class="date">2024年4月25日</p>
      <p>港湾局は25日、新しい岸壁の建設を承認した。</p><p>議論は十年に及んだ。</p><p>工事は秋に始まる。</p></article>
      <section class="user-voice"><div class="voice"><span>2024年4月29日 08:12</span><p>やっと決まりましたね。</p></div></section>`);
    expect(read(short, 'text/html', url).date.value).toBe('2024-04-25');
    // Nor is a two-digit-year comment the date of a page whose article prints none.
    const undated = doc('de', `
      <article><h1>${headline}</h1><p>${'Der Hafenrat hat den neuen Kai genehmigt. '.repeat(8)}</p></article>
      <section><div>Max M. schrieb am 29.04.24 um 08:12: Endlich!</div></section>`);
    expect(read(undated, 'text/html', url).date.value).toBeNull();
  });

  it('reads it on a page without any article container, and a byline set between the headline\'s and the body\'s containers', () => {
    const plain = doc('de', `<div id="inhalt">
      <h1>${headline}</h1><div class="autor">Max Mustermann, 25.04.24 14:07</div><p>${'Der Kai wurde am 3. März 2014 zum ersten Mal geplant. '.repeat(6)}</p></div>`);
    expect(read(plain, 'text/html', url).date.value).toBe('2024-04-25');
    const between = doc('en', `
      <div class="article-header"><h1>${headline}</h1></div><div class="byline">By Jane Doe | <time datetime="2024-03-12T10:15:00+00:00">12 March 2024</time></div>
      <div class="article-body"><p>${'The quay was first proposed on 3 March 2014 and approved this week. '.repeat(6)}</p></div>`);
    expect(check(between, { title: headline, date: '2024-03-12' }, url).verdict).toBe('verified');
  });

  it('but not an appointment or a comment further down, in any of the languages that write them', () => {
    const pages = [
      ['de', '25. April 2024', 'Die nächste Sitzung ist am 02.05.24 um 18:00 Uhr.'],
      ['pl', '25 kwietnia 2024', 'Kolejna sesja 6.05.24 o 19:00.'],
      ['ru', '25 апреля 2024', 'Матч 1.05.24 в 19:00 перенесли.'],
      ['de', '25.04.2024', '</p><div class="kommentar">Max M. 29.04.24 08:12: Endlich!</div><p>'],
    ] as const;
    for (const [lang, byline, later] of pages) {
      const html = doc(lang, `<article><h1>${headline}</h1>
        <div class="byline">${byline}</div><p>${'Der Hafenrat hat den neuen Kai genehmigt, ein lang erwarteter Schritt. '.repeat(4)}</p>
        <p>${'Die Arbeiten beginnen im Herbst und dauern zwei Jahre. '.repeat(4)}</p><p>${later}</p></article>`);
      expect(read(html, 'text/html', url).date.value).toBe('2024-04-25');
    }
  });

  it('does not read a Korean page\'s year-first 24.04.25 as 24 April 2025', () => {
    const { date } = read(page('ko', '24.04.25 10:00'), 'text/html', url);
    expect(date.candidates.map((c) => c.value)).not.toContain('2025-04-24');
  });
});

describe('a meta column set in an <aside>', () => {
  const page = (column: string) => doc('de', `
    <header class="site-header"><a href="/">Hafen Spektrum</a></header>
    <article class="content"><ol class="breadcrumbs"><li><a href="/">Start</a></li><li><a href="/news/">News</a></li></ol><h1>${headline}</h1>
      <div class="row">${column}<div class="columns"><p>${'Der Hafenrat hat den neuen Kai nach zehn Jahren Streit genehmigt. '.repeat(10)}</p>
      <p>${'Die Bauarbeiten sollen im Herbst beginnen und zwei Jahre dauern. '.repeat(8)}</p></div></div>
      <aside class="sidebar"><h3>Beliebt</h3><div class="teaser">Neue Fähre getauft <span class="date">02.08.2022</span></div></aside>
    </article>`);
  const url = 'https://news.example/news/harbour-quay/2039026';
  const column = '<aside class="small-12 medium-2 columns"><ul class="content__meta"><li class="content__meta__date">19.07.2022</li><li>Lesedauer ca. 10 Minuten</li></ul></aside>';

  it('reads the date of the aside the article opens with, before its text', () => {
    const html = page(column);
    expect(read(html, 'text/html', url).date.value).toBe('2022-07-19');
    expect(check(html, { title: headline, date: '2022-07-19' }, url).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2022-06-04' }, url).verdict).toBe('date-mismatch');
  });

  it('nor in an aside of a page whose article has no text after it (a video page\'s rail)', () => {
    const rail = '<aside class="rail"><div><a href="/a">Neue Fähre getauft</a> <span>02.08.2022</span></div><div><a href="/b">Kai gesperrt</a> <span>01.08.2022</span></div></aside>';
    const html = doc('de', `
      <div class="article-wrapper"><h1>${headline}</h1><div class="video-player">Video</div>${rail}<div class="caption">Der Hafenrat hat den Kai genehmigt.</div></div>`);
    expect(read(html, 'text/html', url).date.value).toBeNull();
  });

  it('nor a rail of links to other stories, before the headline or right after it', () => {
    const text = `<p>${'Der Hafenrat hat den neuen Kai nach zehn Jahren Streit genehmigt. '.repeat(10)}</p>`;
    const rail = '<aside><div><a href="/news/old-story">Related: Alte Fähre außer Dienst gestellt</a></div><time datetime="2023-01-05">5. Januar</time></aside>';
    for (const body of [`${rail}<h1>${headline}</h1>${text}`, `<h1>${headline}</h1>${rail}${text}`]) {
      const html = doc('de', `<article>${body}</article>`);
      expect(read(html, 'text/html', url).date.value).toBeNull();
    }
  });

  it('but a meta column whose links are its author, its permalink around the date and share buttons is still one', () => {
    const body = `<p>${'The harbour board approved the quay, ten years after it was first proposed on March 3, 2014. '.repeat(6)}</p>`;
    const wordpress = `<aside class="entry-meta">Posted on <a href="https://notes.example/harbour-quay/" rel="bookmark"><time class="entry-date published" datetime="2024-03-12T09:00:00+00:00">March 12, 2024</time></a>
      by <a href="https://notes.example/author/jane/">Jane Doe</a> <a href="https://www.facebook.com/sharer.php?u=x">Share</a></aside>`;
    for (const article of [`<h1>${headline}</h1>${wordpress}${body}`, `${wordpress}<h1>${headline}</h1>${body}`, `<h2 class="entry-title">${headline}</h2>${wordpress}${body}`]) {
      for (const page of [article, article.replace('Posted on ', '')]) {
        const html = doc('en', `<article>${page}</article>`);
        expect(read(html, 'text/html', url).date.value).toBe('2024-03-12');
        expect(check(html, { title: headline, date: '2024-03-12' }, url).verdict).toBe('verified');
      }
    }
  });

  it('and an h1 in the column is not the headline', () => {
    const html = page(column.replace('<ul', '<h1>Meistgelesen diese Woche</h1><ul'));
    const strong = read(html, 'text/html', url).title.candidates.filter((c) => c.strong !== false).map((c) => c.value);
    expect(strong).not.toContain('Meistgelesen diese Woche');
    expect(read(html, 'text/html', url).date.value).toBe('2022-07-19');
  });

  it('but its dates yield to any other date on the page (a fact box, a timeline, a kick-off, a live blog\'s key events)', () => {
    const text = `<p>${'The harbour festival is back after five years, the board said on Monday. '.repeat(8)}</p>`;
    const pages = [
      ['en', '<aside class="event-info"><h4>If you go</h4><p>When: June 14, 2025, 7:00 pm</p></aside><div class="byline">By Ann Lee · June 2, 2025</div>', '2025-06-02'],
      ['en', '<div class="byline">By Ann Lee, March 4, 2025</div><aside class="timeline"><p>Jan 12, 2025 10:00: first vote</p><p>Feb 2, 2025 09:00: second vote</p></aside>', '2025-03-04'],
      ['de', '<aside class="matchinfo">Anstoß: 08.03.2025, 15:30 Uhr</aside><div class="autor">Von Anna Muster, 04.03.2025</div>', '2025-03-04'],
      ['en', '<div class="dateline">Feb 10, 2025</div><aside class="key-events"><a href="#p3">Ferries cancelled</a> <span>Feb 13, 2025 09:10</span></aside>', '2025-02-10'],
    ] as const;
    for (const [lang, top, day] of pages) {
      const html = doc(lang, `<main><article><h1>${headline}</h1>${top}${text}</article></main>`);
      expect(read(html, 'text/html', url).date.value).toBe(day);
      expect(check(html, { title: headline, date: day }, url).verdict).toBe('verified');
    }
  });

  it('but never a date in a sidebar aside after the text', () => {
    const { date } = read(page(''), 'text/html', url);
    expect(date.value).toBeNull();
    expect(date.candidates.map((c) => c.value)).not.toContain('2022-08-02');
  });
});

describe('the byline under the headline over a day the body names', () => {
  it('takes the date printed right under the headline', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body>
      <h1>${headline}</h1><div class="date">2019年4月4日</div>
      <article><p>港湾局は4月2日に会見を開いた。</p><p>岸壁は全長340メートル。</p><p>総工費は120億円。</p><p>説明会は2019年4月14日に開かれる予定だ。${'港湾局は新しい岸壁の建設を承認した。'.repeat(10)}</p></article></body></html>`;
    expect(read(html).date.value).toBe('2019-04-04');
  });
});

describe('a numeric date the page does not say how to read', () => {
  // <html lang="en"> names no region: 11/04/2024 is 11 April in most of the world, 4 November in America.
  const page = doc('en', `<article><h1>${headline}</h1><p class="byline">Posted on 11/04/2024</p>
    <p>${'The harbour authority met on Friday to discuss the new quay. '.repeat(8)}</p></article>`);

  it('offers both readings, so a citation of either is no mismatch, and a day far from both still is', () => {
    const url = 'https://news.example-university.org/stories/harbour-quay';
    expect(read(page, 'text/html', url).date.candidates.map((c) => c.value)).toEqual(expect.arrayContaining(['2024-04-11', '2024-11-04']));
    expect(check(page, { title: headline, date: '2024-11-04' }, url).verdict).toBe('verified');
    expect(check(page, { title: headline, date: '2024-04-11' }, url).verdict).toBe('verified');
    expect(check(page, { title: headline, date: '2024-11-20' }, url).verdict).toBe('date-mismatch');
  });

  it('reads it day first on a British, Indian or Australian domain, and holds a citation to that', () => {
    const url = 'https://www.harbour-news.co.uk/stories/harbour-quay';
    expect(read(page, 'text/html', url).date.candidates.map((c) => c.value)).not.toContain('2024-11-04');
    expect(check(page, { title: headline, date: '2024-11-04' }, url).verdict).toBe('date-mismatch');
  });

  it('reads it month first on an American-only domain (.edu, .gov, .mil)', () => {
    const { date } = read(page, 'text/html', 'https://news.state-university.edu/stories/harbour-quay');
    expect(date.value).toBe('2024-11-04');
    expect(date.candidates.map((c) => c.value)).not.toContain('2024-04-11');
  });
});

describe('a page whose only dates are a list of other stories', () => {
  // Told by their days alone: a neutral class, not a list or teaser word.
  const cards = (days: string[]) => days.map((day, i) => `<div class="pick-x"><a href="/p/${i}">Another piece on the harbour and its future ${i}</a><div class="small">${day}</div></div>`).join('');
  const page = (rail: string) => doc('en', `<main><h1>${headline}</h1><p class="author">Commentary by Anna Schmidt</p>
    <p>${'The harbour authority met on Friday to discuss the new quay and its cost. '.repeat(6)}</p></main>
    <div class="col-md-4"><h4>You may also like</h4>${rail}</div>`);

  it('neither confirms nor contradicts a cited date: verified on the headline, the date not compared', () => {
    const url = 'https://centre.example/commentary/harbour-quay';
    const result = check(page(cards(['12 November 2024', '28 October 2024', '15 October 2024'])), { title: headline, date: '2024-11-04' }, url);
    expect(result.verdict).toBe('verified');
    expect(result.reason).toContain('date not compared');
  });

  it('but a single date outside the article, the page\'s only one, is still held against the citation', () => {
    const url = 'https://centre.example/commentary/harbour-quay';
    expect(check(page(cards(['12 November 2024'])), { title: headline, date: '2024-09-04' }, url).verdict).toBe('date-mismatch');
  });
});

describe('dates of other things inside the story (an adversarial tester\'s shapes)', () => {
  const body = (parts: string) => `<h1>${headline}</h1>${parts}<p>${'The harbour authority met on Friday to discuss the new quay and its costs. '.repeat(6)}</p>`;
  const verifiesOnlyItsDay = (html: string) => {
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2024-09-21' }).verdict).toBe('date-mismatch');
  };

  it('a story card\'s microdata before the article does not date the story whose own microdata follows', () => {
    verifiesOnlyItsDay(doc('en', `<section class="top-stories"><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/other">Other story</a><meta itemprop="datePublished" content="2024-09-21T09:00:00-04:00"></div></section>
      <main><article itemscope itemtype="https://schema.org/NewsArticle">${body('<meta itemprop="datePublished" content="2024-11-05T07:30:00-05:00"><p class="byline">By Ana Ortiz</p>')}</article></main>`));
  });

  it('a publication word inside a sentence of the body is no byline label', () => {
    const sentence = (text: string) => doc('en', `<main><article>${body(`<p class="byline">November 5, 2024</p><p>${text}</p>`)}</article></main>`);
    verifiesOnlyItsDay(sentence('The study, published September 21, 2024 in the Journal of Coastal Engineering, found that the old quay walls had weakened faster than the engineers expected.'));
    verifiesOnlyItsDay(sentence('In a letter dated September 21, 2024, the port workers\' union asked the authority to delay the vote until the safety review had been completed in full.'));
    // Short sentences too: the label a clause away from its date, or the sentence going on after it.
    verifiesOnlyItsDay(sentence('Guidance issued on 21 September 2024 asked clinics to book appointments in advance.'));
    verifiesOnlyItsDay(doc('de', `<main><article>${body('<p class="byline">5. November 2024</p><p>Veröffentlicht wurde das Gutachten bereits am 21. September 2024.</p>')}</article></main>`));
  });

  it('a day the headline names does not outvote the byline', () => {
    const html = doc('en', `<main><article><h1>What went wrong on Sept. 21, 2024, when the river burst its banks</h1><p class="byline">November 5, 2024</p><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(check(html, { title: 'What went wrong on Sept. 21, 2024, when the river burst its banks', date: '2024-11-05' }).verdict).toBe('verified');
  });

  it('an embedded video\'s JSON-LD date is the video\'s, not the story\'s', () => {
    const html = doc('en', `<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Archive: the 2024 floods","uploadDate":"2024-09-21","datePublished":"2024-09-21"}</script>
      <main><article>${body('<p class="byline">Nov 5, 2024</p>')}</article></main>`);
    verifiesOnlyItsDay(html);
  });

  it('readers\' responses with their times are not the post\'s date', () => {
    const html = doc('en', `<main><article>${body('<p class="post-date">November 5, 2024</p>')}<section class="responses"><div>Pete — November 8, 2024 at 3:14 pm</div><p>Great piece.</p><div>Jo — November 8, 2024 at 5:40 pm</div><p>Agreed.</p></section></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });

  it('a Japanese or Chinese "last updated" date is an update, as the English one is', () => {
    for (const line of ['最終更新日：2024年12月20日', '最后更新：2024-12-20 16:00']) {
      const html = doc('ja', `<main><article>${body(`<p class="date">${line}</p>`)}</article></main>`);
      const result = check(html, { title: headline, date: '2024-11-05' });
      expect(result.verdict, line).toBe('verified');
      expect(result.reason, line).toContain('date not compared');
    }
  });

  it('"edited by" in a byline is no update label', () => {
    const edited = doc('en', `<main><article>${body('<p class="byline">Written by Ana Ortiz, edited by Ben Cole · November 5, 2024</p>')}</article></main>`);
    verifiesOnlyItsDay(edited);
  });

  it('reads a journal\'s year and month written with a slash ("2025/01")', () => {
    const html = `<!doctype html><html lang="en"><head><title>${headline}</title><meta name="citation_title" content="${headline}"><meta name="citation_publication_date" content="2025/01"></head><body>${body('')}</body></html>`;
    expect(read(html).date.value).toBe('2025-01');
    expect(check(html, { title: headline, date: '2025-01' }).verdict).toBe('verified');
  });
});

describe('a year or month beside the page\'s day', () => {
  it('holds a cited day to the day the page states, not to the year its metadata gives', () => {
    const html = `<!doctype html><html lang="en"><head><title>${headline}</title><meta name="citation_title" content="${headline}"><meta name="citation_publication_date" content="2024"></head>
      <body><h1>${headline}</h1><p class="history">First published: 05 November 2024</p><p>${'The harbour authority met on Friday. '.repeat(12)}</p></body></html>`;
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2024' }).verdict).toBe('verified');
    const wrong = check(html, { title: headline, date: '2024-09-21' });
    expect(wrong.verdict).toBe('date-mismatch');
    expect(wrong.date?.found).toBe('2024-11-05');
  });
});

describe('dates: what a reviewer found the new label rules overreaching on', () => {
  it('an event\'s 公開 or 配信 inside a longer word is no publication label', () => {
    const html = doc('ja', `<main><article><h1>${headline}</h1><p class="date">2024年11月5日</p><p>映画は全国公開：2025年1月10日。${'港の新しい岸壁について説明した。'.repeat(10)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
  it('a label after a full stop in a long byline still counts: the update is not the publication', () => {
    const html = doc('en', `<main><article><h1>${headline}</h1><p class="byline">By Jane Doe and John Roe, correspondents covering the harbour and its politics in Seoul. Updated January 10, 2025. Originally published November 5, 2024.</p><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
  it('a newsletter dated only in its headline keeps that date against a day its body names', () => {
    const title = 'Morning briefing: November 5, 2024';
    const html = doc('en', `<main><article><h1>${title}</h1><p>${'The harbour authority will vote on the new quay on November 12, 2024, after months of debate. '.repeat(2)}</p></article></main>`);
    expect(read(html).date.value).toBe('2024-11-05');
  });
});

describe('microdata of an item the story embeds', () => {
  it('a reviewed book\'s datePublished inside the story does not date the review', () => {
    const html = doc('en', `<main><div itemscope itemtype="https://schema.org/Review"><header><h1>${headline}</h1><meta itemprop="datePublished" content="2024-11-05"></header>
      <article><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Book"><span itemprop="name">Harbours of the North</span><meta itemprop="datePublished" content="1998-04-01"></div>
      <p>${'The harbour authority met on Friday to discuss the new quay and its costs. '.repeat(8)}</p></article></div></main>`);
    expect(read(html).date.value).toBe('2024-11-05');
  });
  it('but a page that is a book dates itself by it', () => {
    const html = doc('ja', `<main><div itemscope itemtype="https://schema.org/Book"><h1>${headline}</h1><meta itemprop="datePublished" content="2019-04-26"><p>${'港の新しい岸壁について説明した本です。'.repeat(10)}</p></div></main>`);
    expect(read(html).date.value).toBe('2019-04-26');
  });
});

describe('dates: the second reviewer\'s round', () => {
  it('a long byline that ends with its date beats a short body sentence naming another day', () => {
    const html = doc('en', `<main><article><h1>${headline}</h1><p class="byline">By Jane Doe, Senior Correspondent, and John Roe, Tokyo Bureau Chief, with additional reporting by Kim Min-ji in Seoul, November 5, 2024</p><p>The council first debated the plan on 12 March 2019.</p><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
  it('a sentence of the body that opens with "Published" is no byline', () => {
    const html = doc('en', `<main><article><h1>${headline}</h1><p class="byline">By Jane Doe | November 5, 2024</p><p>The harbour has changed hands many times over the years. Published on 12 March 2019, its first master plan promised a new quay within five years of approval.</p><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
  it('reads CJK labels after the page\'s name for itself (記事公開日, 文章发布时间)', () => {
    const html = doc('ja', `<main><article><h1>${headline}</h1><p class="date">記事更新日：2025年1月10日　記事公開日：2024年11月5日</p><p>${'港の新しい岸壁について説明した。'.repeat(10)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
  it('a page typed as an ItemPage or WebSite, or a podcast episode, keeps its own microdata date', () => {
    const html = `<!doctype html><html lang="en"><head><title>${headline}</title></head><body itemscope itemtype="https://schema.org/ItemPage"><main><h1>${headline}</h1><meta itemprop="datePublished" content="2024-11-05">
      <article><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article><section><div itemscope itemtype="https://schema.org/BlogPosting"><a href="/other">Episode 43</a><meta itemprop="datePublished" content="2024-11-21"></div></section></main></body></html>`;
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
  });
});

describe('microdata: the byline\'s own item under the headline', () => {
  it('outranks story cards above the headline, even when the byline is an item of its own', () => {
    const cards = '<section class="top-stories"><div class="story-card" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-09-21T09:00:00-04:00"><a itemprop="url" href="/marina">Marina expansion approved</a></div></section>';
    const html = doc('en', `${cards}<main><h1>${headline}</h1><div class="byline" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-11-05T07:30:00-05:00"><span>By Carla Ruiz</span></div><article><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(check(html, { title: headline, date: '2024-11-05' }).verdict).toBe('verified');
    expect(check(html, { title: headline, date: '2024-09-21' }).verdict).toBe('date-mismatch');
  });
});

describe('an event\'s date in a news item about it', () => {
  it('"Date:" beside "Time:" and "Location:" is the event\'s day, not the page\'s', () => {
    for (const [lang, block] of [
      ['en', '<p><strong>Date:</strong> Thursday, December 12, 2024<br><strong>Time:</strong> 4:00 p.m.<br><strong>Location:</strong> Hall 201, Marine Sciences Building</p>'],
      ['de', '<p><strong>Datum:</strong> 12.12.2024, 18:00 Uhr<br><strong>Ort:</strong> Rathaus, Saal 3</p>'],
      ['es', '<p><b>Fecha:</b> 12 de diciembre de 2024<br><b>Hora:</b> 17:00 horas</p>'],
    ] as const) {
      const html = doc(lang, `<main><article><h1>${headline}</h1><p class="meta">${lang === 'de' ? '5. November 2024' : lang === 'es' ? '5 de noviembre de 2024' : 'November 5, 2024'}</p><p>The school will host its annual lecture next month.</p>${block}<p>${'The harbour authority met on Friday. '.repeat(10)}</p></article></main>`);
      expect(check(html, { title: headline, date: '2024-11-05' }).verdict, lang).toBe('verified');
    }
    // A press release's "Date:" line with no event fields beside it still dates the page.
    const release = doc('en', `<main><article><h1>${headline}</h1><p>Date: 20/06/2024 | Source: Harbour Authority</p><p>${'The harbour authority met on Friday. '.repeat(10)}</p></article></main>`);
    expect(read(release).date.value).toBe('2024-06-20');
  });
});

describe('dates: the reviewer\'s fifth round', () => {
  it('a press release\'s "Date:" and its office\'s "Location:" still date it; a reading time is no event time', () => {
    const release = doc('en', `<main><article><h1>${headline}</h1><p>Date: 14 March 2025</p><p>Location: Wellington, Level 3</p><p>The plan was first proposed on 3 February 2019 and debated for years. ${'The harbour authority met on Friday. '.repeat(8)}</p></article></main>`);
    expect(read(release).date.value).toBe('2025-03-14');
    const reading = doc('en', `<main><article><h1>${headline}</h1><p>Date: 14 March 2025</p><p>Time: 4 min read</p><p>Location: Level 3, 22 Harbour Street</p><p>${'The harbour authority met on Friday. '.repeat(8)}</p></article></main>`);
    expect(check(reading, { title: headline, date: '2025-01-28' }).verdict).toBe('date-mismatch');
    // Read from the page itself, not the dated address: "Time: 4 min read" is no event's time.
    expect(read(reading, 'text/html', 'https://gov.example/news/minister-opens-terminal').date.value).toBe('2025-03-14');
    const bare = doc('en', `<main><article><h1>${headline}</h1><p>Date: 14 March 2025</p><p>Time: 4 min read</p><p>${'The harbour authority met on Friday. '.repeat(8)}</p></article></main>`);
    expect(read(bare, 'text/html', 'https://gov.example/news/minister-opens-terminal').date.value).toBe('2025-03-14');
  });
  it('a series\' or issue\'s item under the headline does not date the article', () => {
    const html = doc('en', `<main><article itemscope itemtype="https://schema.org/ScholarlyArticle"><h1>${headline}</h1><div itemprop="isPartOf" itemscope itemtype="https://schema.org/PublicationIssue"><meta itemprop="datePublished" content="2024-01-01"><span>Vol. 12, Issue 1</span></div><meta itemprop="datePublished" content="2024-11-05"><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main>`);
    expect(read(html).date.value).toBe('2024-11-05');
  });
});

describe('a day a sentence of the body speaks of is no publication date', () => {
  const UNDATED_URL = 'https://news.example/world/harbour-story';
  // Pages with no metadata date: only what they print can date them.
  const plain = (headline: string, body: string, byline = '', lang = 'en') =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline} | Daily Example</title><meta property="og:title" content="${headline}"></head>
<body><header class="site-header"><a href="/">Daily Example</a></header><main><article><h1>${headline}</h1>${byline}${body}
<p>${'The harbour authority met on Friday to discuss the new quay and its cost. '.repeat(8)}</p></article></main><footer>© Daily Example</footer></body></html>`;

  it.each([
    ['Morning briefing: November 5, 2024', '<p>Lawmakers will vote on the harbour bill on November 12, 2024, officials said.</p>', '2024-11-05'],
    ['Weekly market wrap — 8 March 2024', '<p>Analysts expect the central bank to meet again on 14 March 2024.</p>', '2024-03-08'],
    ['Residents evacuated as floods hit southern Seoul', '<p>Heavy rain has fallen since 2 November 2024 across the capital region.</p>', '2024-11-05'],
    ['Harbour festival opens with fireworks', '<p>The festival runs until 17 November 2024 at the old port.</p>', '2024-11-05'],
    ['Harbour cities to meet in the old port', '<p>The summit of harbour cities is scheduled for Nov. 12, 2024, officials said on Monday.</p>', '2024-11-05'],
    ['Harbour cities to meet in the old port', '<p>The vote on the new quay has been set for November 12, 2024, by the port council.</p>', '2024-11-05'],
    ['Port office opens applications for berths', '<p>Applications must be submitted by November 29, 2024, the port office said.</p>', '2024-11-05'],
    ['Harbour cities to meet in the old port', '<p>The summit, slated for Tuesday, Nov. 12, 2024, will draw mayors from eleven ports.</p>', '2024-11-05'],
    ['Quay vote delayed again', '<p>The council vote on the new quay was pushed back to November 26, 2024, after objections.</p>', '2024-11-05'],
    ['Port office opens applications for berths', '<p>Applications must be filed by 5 p.m. November 29, 2024, at the harbour office.</p>', '2024-11-05'],
    ['Harbour gala returns this winter', '<p>RSVP by Friday, November 29, 2024, to the port office.</p>', '2024-11-05'],
    ['Port office opens applications for berths', '<p>The deadline for applications has been extended until 29 November 2024, the port office said.</p>', '2024-11-05'],
    ['Morning briefing: November 5, 2024', '<p>Lawmakers will vote on Tuesday, November 12, 2024, on the harbour bill.</p>', '2024-11-05'],
    ['Hochwasser-Ticker vom 5. November 2024', '<p>Die Pegel an der Mole steigen seit dem 2. November 2024 stetig an.</p>', '2024-11-05', 'de'],
    ['Newsletter vom 5. November 2024', '<p>Der Stadtrat stimmt am Dienstag, 12. November 2024, über den Haushalt ab.</p>', '2024-11-05', 'de'],
    ['La lettre du 5 novembre 2024', '<p>Le conseil municipal votera le 12 novembre 2024 sur le budget du port.</p>', '2024-11-05', 'fr'],
    ['Boletín del 5 de noviembre de 2024', '<p>La exposición del puerto estará abierta hasta el 17 de noviembre de 2024.</p>', '2024-11-05', 'es'],
    ['Harbour concert recording', '<p class="media">Video available until 6 May 2024</p>', '2024-04-22'],
    ['Feuerwehrleute sollen später in Pension', '<p class="media">Video verfügbar bis 06.05.2024</p>', '2024-04-22', 'de'],
  ])('%s: the body\'s "%s" neither dates the page nor contradicts the citation', (headline, body, cited, lang = 'en') => {
    expect(check(plain(headline, body, '', lang), { title: headline, date: cited }, UNDATED_URL).verdict).toBe('verified');
  });

  it.each([
    ['Your morning briefing', 'Here are the top stories for Tuesday, November 5, 2024, from our newsroom.'],
    ['Daily quiz answers', 'Here are the answers to today\'s Daily Set for November 5, 2024.'],
    ['Crossword answers', 'Solutions to the puzzle set for Tuesday, 5 November 2024, with hints.'],
    ['Harbour photographs', 'Photo set for 5 November 2024 from the old port.'],
    ['Harbour diary', 'Posted by the harbour master at 5 p.m. November 5, 2024, from the old port.'],
  ])('but "%s": a line dating the page keeps its day ("for" after no verb, "set" as a noun, a byline\'s "by")', (headline, line) => {
    expect(read(plain(headline, `<p>${line}</p>`)).date.value).toBe('2024-11-05');
  });

  it('but a plain date line under the headline still dates it', () => {
    const html = plain('Harbour festival opens with fireworks', '', '<p class="meta">Jane Doe | November 5, 2024</p>');
    expect(check(html, { title: 'Harbour festival opens with fireworks', date: '2024-11-05' }, UNDATED_URL).verdict).toBe('verified');
    expect(check(html, { title: 'Harbour festival opens with fireworks', date: '2024-09-21' }, UNDATED_URL).verdict).toBe('date-mismatch');
  });
});

describe('a byline whose label stands a clause before its date', () => {
  it('still dates the page ("Last updated by the newsroom on 5 November 2024")', () => {
    const headline = 'Harbour expansion approved after decade of delays';
    const html = article({ head: `<meta property="og:title" content="${headline}">`, body: `<h1>${headline}</h1><p class="byline">Last updated by the Daily Example newsroom on 5 November 2024</p>` });
    expect(check(html, { title: headline, date: '2024-11-05' }, 'https://news.example/world/harbour-story').verdict).toBe('verified');
  });
});

describe('a byline\'s date after a name and a preposition is no body sentence\'s', () => {
  const UNDATED = 'https://news.example/world/harbour-story';
  const headline = 'Harbour expansion approved after decade of delays';
  const withCaption = (byline: string, lang = 'en') =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title><meta property="og:title" content="${headline}"></head>
<body><main><article><h1>${headline}</h1><p class="byline">${byline}</p>
<figure><img src="a.jpg"><figcaption>The old quay, photographed on March 12, 2023.</figcaption></figure>
<p>${'The harbour authority met on Friday to discuss the new quay and its cost. '.repeat(8)}</p></article></main></body></html>`;

  it.each([
    ['By Jane Doe on November 5, 2024', 'en'],
    ['By Jane Doe and Tom Baker on Nov. 5, 2024', 'en'],
    ['Submitted by harbourdesk on November 5, 2024 - 14:30', 'en'],
    ['Filed under Local News on November 5, 2024', 'en'],
    ['Ein Beitrag von Max Müller am 05.11.2024', 'de'],
    ['Von Max Müller am Dienstag, 05.11.2024', 'de'],
    ['Par Jean Dupont le 5 novembre 2024', 'fr'],
    ['Por Juan Pérez el 5 de noviembre de 2024', 'es'],
    ['By Will Rose on November 5, 2024', 'en'],
    ['By Han Wei and Pieter van den Berg on November 5, 2024', 'en'],
    ['Special to the Gazette on November 5, 2024', 'en'],
    ['Los Angeles Times Editorial Board on Nov. 5, 2024', 'en'],
    ['This entry was posted in Harbour News, Local and tagged ferries, quay on November 5, 2024 by admin.', 'en'],
    ['Le Figaro avec AFP le 5 novembre 2024 à 10h30', 'fr'],
    ['Die Online-Redaktion am 05.11.2024 um 14:30 Uhr', 'de'],
    ['La Redacción el 5 de noviembre de 2024', 'es'],
    ['Por Redação do Jornal do Litoral em 05/11/2024', 'pt'],
    ['Dieser Artikel ist am 5. November 2024 in der Printausgabe erschienen.', 'de'],
    ['This judgment was handed down remotely by circulation to the parties on 5 November 2024.', 'en'],
    ['This interview was broadcast on BBC Radio 4 on November 5, 2024.', 'en'],
    ['Le Figaro avec AFP le 5 novembre 2024 à 10h30, mis à jour le 8 novembre 2024 à 9h00', 'fr'],
    ['Door Jan de Vries op 5 november 2024', 'nl'],
    ['Por João da Silva em 05/11/2024', 'pt'],
  ])('"%s" dates the page', (byline, lang) => {
    expect(check(withCaption(byline, lang), { title: headline, date: '2024-11-05' }, UNDATED).verdict).toBe('verified');
  });

  it('but a sentence with a verb before "on" still speaks of another day, in Thai, Persian and Japanese too', () => {
    expect(read(withCaption('Lawmakers will vote on the harbour bill on November 12, 2024.'), 'text/html', UNDATED).date.candidates.map((c) => c.value)).not.toContain('2024-11-12');
    const th = withCaption('ฝนตกหนักเมื่อวันที่ 1 พ.ย. 2567 ทั่วกรุงเทพฯ', 'th');
    expect(read(th, 'text/html', UNDATED).date.candidates.map((c) => c.value)).not.toContain('2024-11-01');
    const ja = withCaption('令和六年一月一日に発生した地震から復旧が続く', 'ja');
    expect(read(ja, 'text/html', UNDATED).date.candidates.map((c) => c.value)).not.toContain('2024-01-01');
  });
});

describe('the address a saved page gives for itself', () => {
  it('is not an archive\'s snapshot address, whose stamp is the capture\'s date', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour story</title>
      <link rel="canonical" href="https://web.archive.org/web/20250101093000/https://news.example/world/harbour-story"></head>
      <body><article><h1>Harbour story</h1><p>${'The harbour authority met on Friday. '.repeat(8)}</p></article></body></html>`;
    expect(read(html, 'text/html', null as unknown as string).date.value).toBeNull();
  });

  it('names a masthead only when the domain word ends it: a headline may open with it', () => {
    const headline = 'Billboard Latin Music Week Lineup';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} – Billboard</title><meta property="og:title" content="${headline}"></head>
      <body><article><h1>${headline}</h1><p>${'The lineup was announced on Friday. '.repeat(8)}</p></article></body></html>`;
    expect(check(html, { title: headline }, 'https://www.billboard.com/music/latin/latin-music-week-lineup').verdict).toBe('verified');
  });
});

describe('the day a photo was taken or a post was made is not the page\'s', () => {
  const UNDATED_URL = 'https://news.example/world/harbour-story';
  const headline = 'Harbour authority approves the new quay';
  // No metadata date: the page's own day could only come from what it prints.
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title><meta property="og:title" content="${headline}"></head>
<body><main><article><h1>${headline}</h1>${body}<p>${'The harbour authority met to discuss the new quay and its cost. '.repeat(8)}</p></article></main></body></html>`;

  it.each([
    ['a caption', '<figure><img src="/q.jpg" alt=""><figcaption class="image-caption">Dockworkers at the old quay on February 11, 2023. Jane Doe</figcaption></figure>'],
    ['a credit line, whatever its class', '<div class="gallery__info"><p>Dockworkers load the last cargo ship at the old quay, Tuesday, April 18, 2023. (AP Photo/Jane Doe)</p></div>'],
    ['an agency credit after the name', '<p class="img-description">Der alte Kai im Hafen, wie er jahrzehntelang aussah. Am 13.04.2025 wurde er geschlossen. | Jane Doe/dpa</p>'],
    ['an embedded post', '<blockquote class="instagram-media"><p>A post shared by Port Authority (@port) on <time>Dec 5, 2016 at 9:10am PST</time></p></blockquote>'],
  ])('%s dates its photo or post: the page stays undated, and a citation is not called a date mismatch', (_, body) => {
    expect(read(page(body), 'text/html', UNDATED_URL).date.value).toBeNull();
    expect(check(page(body), { title: headline, date: '2024-03-12' }, UNDATED_URL).verdict).toBe('verified');
  });

  it('a bare <figcaption> under a picture captions it; one that holds the byline (an <address>) beside the author\'s photo does not', () => {
    const photo = '<figure><img src="/q.jpg" alt="The old quay"><figcaption>Soldiers at the old quay in Kundus (6.12.2010)</figcaption></figure>';
    expect(read(page(photo), 'text/html', UNDATED_URL).date.value).toBeNull();
    const author = '<figure><a href="/authors/jd"><img src="/jd.jpg" alt="Jane Doe" width="60" height="60"></a><figcaption><address>Von <a rel="author" href="/authors/jd">Jane Doe</a></address> <time datetime="2025-09-10T07:53:32Z">10.09.2025, 09:53 Uhr</time></figcaption></figure>';
    expect(read(page(author), 'text/html', UNDATED_URL).date.value).toBe('2025-09-10');
  });

  it('a byline set in a caption-sized type still dates the page ("text-caption")', () => {
    const html = page('<div class="text-caption text-gray"><time datetime="2024-03-08T17:59:39.000Z">08.03.2024, 18:59 Uhr</time></div>');
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2024-03-08');
    expect(check(html, { title: headline, date: '2024-01-22' }, UNDATED_URL).verdict).toBe('date-mismatch');
  });
});

describe('a Korean paper\'s registration notice', () => {
  const url = 'https://news.example.kr/article/view/12345';
  const headline = '항만청, 새 부두 건설 승인';
  const page = (byline: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${headline}</title><meta property="og:title" content="${headline}"></head>
<body><main><article><h1>${headline}</h1>${byline}<p>${'항만청은 금요일 회의에서 새 부두 건설 계획을 승인했다. '.repeat(8)}</p></article></main>
<div class="company-info"><dl><dt>등록번호</dt><dd>서울 아 01234</dd></dl><dl><dt>발행일자</dt><dd>2018. 11. 23</dd></dl><dl><dt>발행·편집인</dt><dd>홍길동</dd></dl></div></body></html>`;

  it('gives the day the paper was registered, not the article\'s', () => {
    expect(read(page(''), 'text/html', url).date.value).toBeNull();
    expect(check(page(''), { title: headline, date: '2024-11-05' }, url).verdict).toBe('verified');
    const dated = page('<p class="byline">입력 2024.11.05 14:30</p>');
    expect(read(dated, 'text/html', url).date.value).toBe('2024-11-05');
    expect(check(dated, { title: headline, date: '2018-11-23' }, url).verdict).toBe('date-mismatch');
  });
});

describe('a byline in places that look like chrome', () => {
  const url = 'https://news.example/world/harbour-story';
  const headline = 'Harbour authority approves the new quay';
  const body = `<p>${'The harbour authority met to discuss the new quay and its cost. '.repeat(8)}</p>`;
  const page = (inner: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head><body>${inner}</body></html>`;

  it('a byline\'s <time> after a short paragraph that ended on a day is still the byline\'s', () => {
    const html = page(`<main><article><h1>${headline}</h1><p>The council met on Tuesday.</p><time>12 March 2024</time>${body}</article></main>`);
    expect(read(html, 'text/html', url).date).toMatchObject({ value: '2024-03-12', source: 'time' });
  });

  it('a wrapper classed by the layout\'s state ("without-sidebar") is no sidebar', () => {
    const html = page(`<div class="content container without-sidebar"><header class="article-header"><div class="breadcrumbs"><a href="/">Home</a> <h1>${headline}</h1></div>
      <div class="entry-meta"><span class="post-time">Jane Doe, 20:00, 29 Jan 2024</span></div></header>${body}</div>`);
    expect(read(html, 'text/html', url).date.value).toBe('2024-01-29');
    expect(check(html, { title: headline, date: '2023-12-15' }, url).verdict).toBe('date-mismatch');
  });
});

describe('bylines that look like captions, credits, notices or rails (a second reader\'s attack on the rules above)', () => {
  const url = 'https://news.example/world/harbour-story';
  const headline = 'Harbour authority approves the new quay';
  const bodyDate = '<p>The harbour authority first discussed a new quay on 12 March 2022, at a meeting that ran late into the night and ended without a vote.</p>';
  const page = (byline: string, lang = 'en', extra = '') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head><body><main><article><h1>${headline}</h1>${byline}
${bodyDate}<p>${'The harbour authority met to discuss the new quay and its cost. '.repeat(6)}</p></article>${extra}</main></body></html>`;
  const readsItsDay = (html: string, day: string, at = url) => {
    expect(read(html, 'text/html', at).date.value).toBe(day);
    expect(check(html, { title: headline, date: day }, at).verdict).toBe('verified');
  };

  it.each([
    ['a Material UI type style', '<span class="MuiTypography-root MuiTypography-caption">Jane Doe · Nov 5, 2024</span>'],
    ['Vuetify\'s bare "caption" style', '<div class="caption grey--text">By Jane Doe · November 5, 2024</div>'],
    ['a credits box', '<div class="post-credits">By <a href="/a/jd">Jane Doe</a> · <time datetime="2024-11-05T09:00:00Z">November 5, 2024</time></div>'],
    ['an agency after the author', '<p class="byline">By Jane Doe/AFP, November 5, 2024</p>'],
    ['a photographer credited in the byline', '<p class="byline">By JANE DOE · Photos: (AP Photo/John Roe) · Nov. 5, 2024</p>'],
    ['a wire dateline before a photo credit in the same paragraph', '<p>LONDON, Nov 5, 2024 (Reuters) - Oil prices rose on Tuesday. File photo: a pump jack near Midland, Texas. REUTERS/Angus Mordant</p>'],
  ])('%s is still the byline', (_, byline) => readsItsDay(page(byline), '2024-11-05'));

  it('a byline whose name and day are two spans with no space between ("…Jane Doe</span><span>November 5, 2024") is read apart', () => {
    readsItsDay(page('<p class="byline"><span>By Jane Doe</span><span>November 5, 2024</span></p>'), '2024-11-05');
    readsItsDay(page('<p class="byline"><span>Published</span><span>5 Nov 2024</span></p>'), '2024-11-05');
    readsItsDay(page('<div class="date-badge"><span>Nov</span><span>05</span><span>2024</span></div>'), '2024-11-05');
    // An ordinal's suffix stays with its number.
    readsItsDay(page('<p class="byline">POSTED ON 5<sup>TH</sup> NOVEMBER 2024</p>'), '2024-11-05');
  });

  it('a meta row with a photo credit after its day keeps the day (a time, or a field separator before it)', () => {
    readsItsDay(page('<p class="meta"><span>Von Max Mustermann und Erika Musterfrau</span> <span>05.11.2024, 14:30 Uhr</span> <span>Foto: Jörg Carstensen/dpa</span></p>', 'de'), '2024-11-05');
    readsItsDay(page('<p class="meta">By Jane Doe and Sam Lee, Harbour Affairs Desk | November 5, 2024 | Lead photo: Ana Costa/AFP</p>'), '2024-11-05');
  });

  it('an author\'s photo over a byline with its <time>, and a video\'s caption with its date line, are the page\'s', () => {
    readsItsDay(page('<figure class="author-box"><img src="/jd.jpg" alt="Jane Doe" width="48" height="48"><figcaption>By <a href="/author/jane-doe">Jane Doe</a> · <time datetime="2024-11-05T09:00:00Z">November 5, 2024</time></figcaption></figure>'), '2024-11-05');
    readsItsDay(page('<div class="video-caption">Published November 5, 2024</div>'), '2024-11-05');
  });

  it('a German wire byline ("mli/dpa · 05.11.2024") and a Korean one ("글·사진=홍길동 기자 | 입력 …") too', () => {
    readsItsDay(page('<p class="autor">ntv.de, mli/dpa · 05.11.2024, 14:30 Uhr</p>', 'de'), '2024-11-05');
    readsItsDay(page('<p class="byline">글·사진=홍길동 기자 | 입력 2024.11.05 14:30</p>', 'ko'), '2024-11-05');
  });

  it('a Mexican page\'s "05/11/2024 14:30 CST" is day first, as its locale says', () => {
    readsItsDay(page('<p class="byline">Publicado: 05/11/2024 14:30 CST</p>', 'es-MX'), '2024-11-05');
  });

  it('a Korean byline near the registration notice, or by the paper\'s editor, keeps its day', () => {
    const notice = '<div class="info"><dl><dt>등록번호</dt><dd>서울 아 01234</dd></dl><dl><dt>발행인</dt><dd>홍길동</dd></dl></div>';
    readsItsDay(page('<p class="byline">등록일 2024-11-05 14:30</p>', 'ko', notice), '2024-11-05');
    readsItsDay(page('<p class="byline">홍길동 편집인 | 등록일 2024.11.05 14:30</p>', 'ko', notice), '2024-11-05');
  });

  it('a rail named by what it is ("is-latest-news", "hide-related-mobile") is still a rail', () => {
    const rail = (cls: string) => `<div class="${cls}">${['2024-12-01', '2024-11-30', '2024-11-29'].map((d, i) => `<div><a href="/s/${i}">Another harbour story number ${i}</a> <time datetime="${d}T10:00:00Z">${d} 10:00</time></div>`).join('')}</div>`;
    readsItsDay(page('<p class="byline">By Jane Doe | November 5, 2024</p>', 'en', rail('is-latest-news')), '2024-11-05');
    readsItsDay(page('<p class="byline">By Jane Doe | November 5, 2024</p>', 'en', rail('hide-related-mobile')), '2024-11-05');
    readsItsDay(page('<p class="byline">By Jane Doe | November 5, 2024</p>', 'en', rail('no-print-sidebar')), '2024-11-05');
  });

  it('a product\'s or a report\'s number is no article number: an undated page stays undated', () => {
    const undated = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title><meta property="og:title" content="${headline}"></head><body><div id="root"></div></body></html>`;
    expect(read(undated, 'text/html', 'https://shop.example/product/P2019050112345').date.value).toBeNull();
    expect(read(undated, 'text/html', 'https://agency.example/reports/RPT20190501-0002').date.value).toBeNull();
    // Under an article's path too, a camera's file name or a short running number.
    expect(read(undated, 'text/html', 'https://news.example/news/IMG20190512143022').date.value).toBeNull();
    expect(read(undated, 'text/html', 'https://news.example/article/A202003154321').date.value).toBeNull();
  });
});

describe('a label after its date, as Japanese and Chinese meta lines write it', () => {
  const url = 'https://news.example.jp/articles/harbour';
  const headline = '港湾局、新しい岸壁の建設を承認';
  const page = (meta: string) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${headline}</title></head><body><main><article><h1>${headline}</h1>${meta}
<p>${'港湾局は金曜日の会議で新しい岸壁の建設計画を承認した。'.repeat(8)}</p><p>計画は2022年8月11日に初めて議会に提出され、長い議論の末に承認された。</p></article></main></body></html>`;

  it('"2019年02月22日 14時30分 公開" is the publication, "2019年04月21日 更新" an update', () => {
    const published = page('<p class="meta">» 2019年02月22日 14時30分 公開</p>');
    expect(read(published, 'text/html', url).date).toMatchObject({ value: '2019-02-22', source: 'text:published' });
    expect(check(published, { title: headline, date: '2019-02-22' }, url).verdict).toBe('verified');
    expect(check(published, { title: headline, date: '2019-01-08' }, url).verdict).toBe('date-mismatch');
    const updated = page('<p class="meta">2019年04月21日 更新</p>').replace(/<p>計画は[^<]*<\/p>/u, '');
    expect(read(updated, 'text/html', url).date).toMatchObject({ value: '2019-04-21', kind: 'modified' });
  });

  it('but only where the byline stands: a related item\'s "2024.10.01 公開" or a source\'s "（2024年10月1日 発表）" further on does not outweigh it', () => {
    const html = page('<p class="meta">2024年11月5日 14:30</p>')
      .replace('</article>', '<p>出典：気象庁資料（2024年10月1日 発表）</p></article><section><h2>関連記事</h2><ul><li><a href="/a/1">港湾整備の入札、来月にも実施へ</a><span>2024.10.01 公開</span></li></ul></section>');
    expect(read(html, 'text/html', url).date.value).toBe('2024-11-05');
    expect(check(html, { title: headline, date: '2024-11-05' }, url).verdict).toBe('verified');
  });

  it('but not inside a sentence: "11月5日公開の映画" is a film\'s release', () => {
    const film = page('<p class="meta">映画「港の朝」は2024年11月5日公開の予定で、監督は港湾局の協力を得て岸壁で撮影した。</p>');
    expect(read(film, 'text/html', url).date.candidates.some((c) => c.source === 'text:published')).toBe(false);
  });
});

describe('a byline set beside the headline in a column or share bar', () => {
  const url = 'https://news.example/world/harbour-story';
  const headline = 'Harbour authority approves the new quay';
  const standfirst = '<p class="standfirst">The port will build a deeper berth for container ships, the authority said after a long meeting on Friday.</p>';
  const body = `<p>${'The harbour authority met to discuss the new quay and its cost. '.repeat(8)}</p>`;
  // No date metadata: the page's day can only come from what it prints.
  const page = (underHeadline: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><header class="site-header"><a href="/">Daily Example</a></header><main><article><h1>${headline}</h1>${underHeadline}${body}</article></main><footer>© 2026 Daily Example</footer></body></html>`;
  const dates = (html: string) => ({ day: read(html, 'text/html', url).date.value, late: check(html, { title: headline, date: '2024-03-21' }, url).verdict });

  it.each([
    ['an <aside> after the standfirst', `${standfirst}<aside class="meta"><address>Jane Doe in Valencia</address><div>Sat 24 Feb 2024 12.42 CET</div></aside>`],
    ['an <aside> after the standfirst, classed as one', `${standfirst}<aside class="aside-left"><p>Par <a href="/auteur/jd">Jane Doe</a></p><p class="text-dark">24 février 2024 à 14:05</p></aside>`],
    ['a share bar', '<div class="category-detail-social-area"><div class="news-info"><span>24.02.2024 - 16:48</span></div></div>'],
    ['a left sidebar column', '<div class="single-sidebar-left"><div class="single-sidebar-left-inner"><p class="author">By Jane Doe</p><p class="when">24 February 2024, 3:26 pm</p></div></div>'],
  ])('%s dates the page, and a citation 26 days off is a date mismatch', (_, under) => {
    expect(dates(page(under))).toEqual({ day: '2024-02-24', late: 'date-mismatch' });
  });

  it.each([
    ['a fact box', `${standfirst}<aside class="factfile"><p>Born: 5 May 1950, Valencia</p></aside>`],
    ['an event\'s details', `${standfirst}<aside class="event-info"><p>Date: Saturday 12 April 2025</p><p>Venue: Harbour Hall</p></aside>`],
    ['an author\'s card', '<aside class="sidebar"><p><a href="/about">Jane Doe</a></p><p>Writer since 12 March 2015</p></aside>'],
    ['a book\'s details', `${standfirst}<aside class="book-details"><p>Published: 3 March 2024 by Harbour Books</p></aside>`],
  ])('but a day without its time there is no byline\'s: %s leaves an undated page undated', (_, under) => {
    expect(dates(page(under))).toEqual({ day: null, late: 'verified' });
  });

  it('a publication\'s own labelled date there still speaks for itself, with or without its time', () => {
    const report = `${standfirst}<aside class="publication__details"><ul><li class="authors">By <a href="/people/jane-doe">Jane Doe</a></li><li>Published <time datetime="2024-02-24">February 24, 2024</time></li><li><a href="/files/report.pdf">Download the full report (PDF)</a></li></ul></aside>`;
    expect(dates(page(report))).toEqual({ day: '2024-02-24', late: 'date-mismatch' });
  });

  it('nor another field labelled with "date" in a writer\'s column ("Closing date:", a book\'s "Publication date:")', () => {
    for (const field of ['Closing date: 12 April 2024', 'Event date: March 12, 2024', 'Publication date: January 16, 2024']) {
      const box = `${standfirst}<aside class="details"><p>Lead: <a href="/people/jane-doe">Jane Doe</a></p><p>${field}</p></aside>`;
      expect(dates(page(box)), field).toEqual({ day: null, late: 'verified' });
    }
  });

  it('nor a writer\'s card\'s event promo ("Live event", "Closes 12 April 2024 at 11:59pm")', () => {
    const card = `${standfirst}<aside class="expert-card"><p><a href="/people/jane-doe">Jane Doe</a>, Senior Fellow</p><h3>Live event</h3><p>Tuesday, March 12, 2024, 10:00 am EDT</p></aside>`;
    expect(dates(page(card))).toEqual({ day: null, late: 'verified' });
    const consultation = `${standfirst}<aside class="key-info"><p>Lead: <a href="/people/jane-doe">Jane Doe</a></p><p>Closes 12 April 2024 at 11:59pm</p></aside>`;
    expect(dates(page(consultation))).toEqual({ day: null, late: 'verified' });
  });

  it('nor an <aside> or side column that names no writer: an event\'s, a job\'s details', () => {
    for (const column of [
      `${standfirst}<aside class="event-details"><h2>Date and time</h2><p>Saturday 20 April 2024, 10:00am to 1:00pm</p></aside>`,
      `${standfirst}<aside class="vacancy"><dl><dt>Closing date</dt><dd>Sunday 14 April 2024, 23:59</dd></dl></aside>`,
      '<div class="sidebar-right"><h4>Wanneer</h4><p>Dinsdag 19 maart 2024, 19:30 – 21:30</p></div>',
    ]) expect(dates(page(column)), column).toEqual({ day: null, late: 'verified' });
  });

  it('nor another field\'s day with its time: a kick-off, a meeting, a comment', () => {
    for (const column of [
      `${standfirst}<aside class="match-facts"><p>Kick-off: Saturday 2 November 2024, 15:00</p></aside>`,
      '<div class="sidebar"><p>Next public meeting: Tuesday 12 March 2024, 19:30</p></div>',
      '<div class="share-bar"><span>14 comments · latest 6 May 2024 4:12pm</span></div>',
    ]) expect(dates(page(column)), column).toEqual({ day: null, late: 'verified' });
  });

  it('a column\'s day is the last resort: the address\'s day or an update elsewhere outweighs it', () => {
    const column = '<div class="sidebar-left"><p>Next session: 2 March 2025, 10:00</p></div>';
    expect(read(page(column), 'text/html', 'https://news.example/2024/02/24/harbour-story').date.value).toBe('2024-02-24');
    const updated = page(`${column}<p class="byline">Updated 25 February 2024</p>`);
    expect(read(updated, 'text/html', url).date).toMatchObject({ value: '2024-02-25', kind: 'modified' });
  });

  it('the day beside an update\'s is the publication\'s', () => {
    const html = page('<section class="block-content-share-bookmark"><div class="article-publish">24 Feb 2024 09:06PM (Updated: 25 Feb 2024 10:04PM)</div></section>');
    expect(read(html, 'text/html', url).date).toMatchObject({ value: '2024-02-24', kind: 'visible-text' });
    expect(check(html, { title: headline, date: '2024-02-24' }, url).verdict).toBe('verified');
  });

  it('but not a column that is a rail of other stories, nor one further down the story', () => {
    const rail = '<div class="sidebar-left"><p>24 February 2024, 10:00</p><a href="/s/1">Ferry timetable changes for the coming summer season</a></div>';
    expect(read(page(rail), 'text/html', url).date.value).toBeNull();
    const below = page(`${body.repeat(2)}<aside class="sidebar"><p>Next meeting: 24 February 2024, 10:00</p></aside>`);
    expect(read(below, 'text/html', url).date.value).toBeNull();
    // Nor a column whose class also says what else it is (a related box, a widget).
    expect(read(page('<div class="sidebar-related"><p>24 February 2024, 10:00</p></div>'), 'text/html', url).date.value).toBeNull();
  });

  it('only when nothing else dates the page: the byline under it outweighs the column', () => {
    const html = page('<p class="byline">By Jane Doe | February 20, 2024</p><aside class="share-tools"><p>Shared since 24 February 2024</p></aside>');
    expect(read(html, 'text/html', url).date.value).toBe('2024-02-20');
  });

  it('a share bar\'s heading ("Social Sharing") is not the headline\'s subtitle', () => {
    const html = page('<div class="share"><h2 class="a11y">Social Sharing</h2></div><h2 class="deck">The average price of a berth fell by a third since February</h2>');
    const subtitle = read(html, 'text/html', url).title.candidates.find((c) => c.source === 'h1+subtitle');
    expect(subtitle?.value).toBe(`${headline}: The average price of a berth fell by a third since February`);
  });
});

describe('a date inside the entry\'s own permalink', () => {
  const url = 'https://blog.example/parking-in-paris/';
  const headline = 'Parking in Paris';
  const body = '<p>Finding a place to park in Paris is an art of its own, and after three days of circling the same blocks I have advice.</p><p>The underground garages are expensive but they save you hours, which on a short trip matters more than the money.</p>';
  // A classic WordPress theme: no date metadata, the date only in the "Posted on" permalink.
  const page = (meta: string, after = '') => `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${headline} | Stefan's blog</title><link rel="canonical" href="${url}"></head>
<body><div id="header"><a href="/">Stefan's blog</a></div><div id="content"><div class="post type-post"><h1 class="entry-title">${headline}</h1>
<div class="entry-meta">${meta}</div><div class="entry-content">${body}</div></div>${after}</div></body></html>`;

  it('dates the page: the permalink is the page\'s own address, or a bookmark link on a page whose address is unknown', () => {
    const permalink = page(`<span class="meta-prep">Posted on</span> <a href="${url}" title="9:15 am" rel="bookmark"><span class="entry-date">May 11, 2012</span></a> by <a href="/author/stefan/">Stefan</a>`);
    expect(read(permalink, 'text/html', url).date.value).toBe('2012-05-11');
    expect(check(permalink, { title: headline, date: '2012-06-25' }, url).verdict).toBe('date-mismatch');
    // A relative link to the same address.
    expect(read(page('Posted on <a href="/parking-in-paris/">May 11, 2012</a>'), 'text/html', url).date.value).toBe('2012-05-11');
    const saved = page('Posted on <a href="https://old-host.example/?p=385" rel="bookmark">May 11, 2012</a>').replace(/<link rel="canonical"[^>]*>/, '');
    expect(extractSaved(saved)).toBe('2012-05-11');
  });

  it('but not a headline linked to itself that names a day, nor a live blog\'s entries each linked to the page', () => {
    const linkedHeadline = page('By Stefan').replace(`<h1 class="entry-title">${headline}</h1>`, `<h1 class="entry-title"><a href="${url}" rel="bookmark">Minutes of the March 12, 2024 board meeting</a></h1>`);
    expect(read(linkedHeadline, 'text/html', url).date.value).toBeNull();
    const japanese = page('By Stefan').replace(`<h1 class="entry-title">${headline}</h1>`, `<h1 class="entry-title"><a href="${url}">2024年3月12日 定例理事会のご報告</a></h1>`);
    expect(read(japanese, 'text/html', url).date.value).toBeNull();
    const entries = ['8 April 2024 16:05', '7 April 2024 21:40', '6 April 2024 09:12'].map((time) => `<div class="live-entry"><a class="live-entry__time" href="${url}">${time}</a><p>${'An update from the harbour as the vote goes on into the night. '.repeat(3)}</p></div>`).join('');
    expect(read(page('By Stefan', entries), 'text/html', url).date.value).toBeNull();
  });

  it('nor a republished story\'s credit line that links to the original its canonical names', () => {
    const republished = 'https://daily.example/news/parking-in-paris';
    const html = page('<p class="byline">By Stefan | May 10, 2024</p>', `<p class="credit">Originally published: <a href="${url}">3 May 2024</a></p>`);
    expect(read(html, 'text/html', republished).date.value).toBe('2024-05-10');
  });

  it('but not a link to another page, to a place on this one (a comment\'s), or a day\'s or an issue\'s archive', () => {
    const others = [
      'Posted on <a href="/another-post/" rel="bookmark">May 11, 2012</a>',
      `<a href="${url}#comment-12">May 11, 2012 at 9:15 am</a>`,
      '<a href="/2012/05/11/">May 11, 2012</a>',
    ];
    for (const meta of others) expect(read(page(meta), 'text/html', url).date.value, meta).toBeNull();
  });
});

describe('a diary\'s dated heading over a list of other days', () => {
  it('is its own day when the address names the same day: a wrong citation is still a date mismatch', () => {
    const url = 'https://diary.example/diary/20190211.html';
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>日記 - 改正法の説明</title></head><body>
<h2><a href="/diary/20190211.html">2019年02月11日</a></h2><h3>改正法の説明</h3><p>${'改正法の説明が理解されていない。'.repeat(10)}</p>
<div class="calendar"><p>2019年01月25日</p><p>2018年05月23日</p><p>2019年02月04日</p></div></body></html>`;
    expect(read(html, 'text/html', url).date.value).toBe('2019-02-11');
    expect(check(html, { title: '改正法の説明', date: '2019-03-28' }, url).verdict).toBe('date-mismatch');
  });
});

describe('an American byline\'s two-digit year', () => {
  const url = 'https://sports.example/tonight-they-play-1787';
  const headline = 'Tonight they play the only team worse than them';
  const page = (byline: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><main><article><h1>${headline}</h1><div class="meta">By Chris Doe ${byline}</div><p>${'The team has lost nine straight games and the coach said little after the last one. '.repeat(6)}</p></article></main></body></html>`;

  it('"10/13/16 12:34PM" with its time and meridiem dates the page, month first where the day cannot be', () => {
    const html = page('<time>10/13/16 12:34PM</time>');
    expect(read(html, 'text/html', url).date.value).toBe('2016-10-13');
    expect(check(html, { title: headline, date: '2016-11-27' }, url).verdict).toBe('date-mismatch');
    expect(read(page('&#8226; 12/16/16 12:21pm'), 'text/html', url).date.value).toBe('2016-12-16');
  });

  it('but not without its time: "3/4/16" is as often a score or a fraction', () => {
    expect(read(page('<span>Series 3/4/16, game seven</span>'), 'text/html', url).date.value).toBeNull();
  });

  it('nor another field\'s day ("Applications due 4/15/16 5:00 PM"), nor "3/4/16 5:30PM" where the page does not say which comes first', () => {
    expect(read(page('<strong>Applications due 4/15/16 5:00 PM</strong>').replace('By Chris Doe ', ''), 'text/html', url).date.value).toBeNull();
    expect(read(page('<strong>Public Hearing 3/12/24 6:00 PM</strong>').replace('By Chris Doe ', '').replace('lang="en"', 'lang="en-US"'), 'text/html', url).date.value).toBeNull();
    expect(read(page('<time>3/4/16 5:30PM</time>'), 'text/html', url).date.value).toBeNull();
    expect(read(page('<time>3/4/16 5:30PM</time>').replace('lang="en"', 'lang="en-US"'), 'text/html', url).date.value).toBe('2016-03-04');
  });
});

describe('a theme\'s entry header and a list in it', () => {
  const url = 'https://notes.example/parking-in-paris/';
  const headline = 'Parking in Paris';
  const body = `<p>${'Finding a place to park in the old town is an art of its own, and garages save hours. '.repeat(5)}</p>`;
  const page = (meta: string, after = '') => `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${headline} &#8211; Notes</title><link rel="canonical" href="${url}"></head>
<body><main><article class="post type-post"><header class="entry-header has-text-align-center header-footer-group"><h1 class="entry-title">${headline}</h1>${meta}</header><div class="entry-content">${body}</div></article>${after}</main></body></html>`;

  it('a "header-footer-group" entry header (Twenty Twenty) is the story\'s: its h1 and byline are read', () => {
    const html = page('<p class="byline">By <a href="/author/stefan/">Stefan</a> · April 25, 2024</p>');
    expect(read(html, 'text/html', url).title).toMatchObject({ value: headline, source: 'h1' });
    expect(read(html, 'text/html', url).date.value).toBe('2024-04-25');
  });

  it('a list whose items link to other stories is one of other stories, whatever else they link to', () => {
    const list = '<ul class="post-meta"><li><a href="/another-post/">Another post about the old town</a> April 20, 2024</li><li><a href="/third-post/">A third post about garages</a> April 18, 2024</li></ul>';
    expect(read(page(list), 'text/html', url).date.value).toBeNull();
    const more = '<ul class="more-by"><li><a href="/author/stefan/">Stefan</a>: <a href="/garages/">Garages of the old town</a> <span>2 March 2024</span></li><li><a href="/author/stefan/">Stefan</a>: <a href="/bikes/">Bikes on the quays</a> <span>20 February 2024</span></li></ul>';
    expect(read(page('By Stefan', more), 'text/html', url).date.value).toBeNull();
    // A series box that links to this part too: still a list of the series' parts.
    const series = `<ul class="series"><li><a href="/part-one/">Parking in Paris, part one</a> 3 March 2024</li><li><a href="${url}">Parking in Paris, part two</a> 10 March 2024</li></ul>`;
    expect(read(page('By Stefan', series), 'text/html', url).date.value).toBeNull();
  });
});

describe('a Korean byline\'s publication label', () => {
  const url = 'https://news.example/world/harbour-story';
  const headline = 'Harbour authority approves the new quay';
  const page = (lang: string, byline: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><main><article><h1>${headline}</h1><p class="meta">${byline}</p><p>${'The harbour authority met to discuss the new quay and its cost. '.repeat(6)}</p>
<p>The first plan was presented on 12/01/2023 and rejected.</p></article></main></body></html>`;

  it('ko: "게시일시 : 2024.03.05" names the publication', () => {
    expect(read(page('ko', '게시일시 : 2024.03.05'), 'text/html', url).date).toMatchObject({ value: '2024-03-05', source: 'text:published' });
  });

  it('but not verbs a sentence or a comment uses too ("postado em", "geplaatst op", "data publikacji wyników")', () => {
    expect(read(page('pt', '<span>05/03/2024</span></p><p>O vídeo foi postado em 12/02/2024 por um leitor.'), 'text/html', url).date.value).toBe('2024-03-05');
    expect(read(page('pl', '05.03.2024, 14:30</p><p>Data publikacji wyników: 15.05.2024'), 'text/html', url).date.value).toBe('2024-03-05');
  });
});

describe('a post\'s date in a <time class="published"> with a two-digit year', () => {
  it('"25.4.24" is read there alone, on a page that writes dotted dates day first; not a bare one', () => {
    const url = 'https://blog.example/2024/04/krokodil.html';
    const headline = 'Ostsee in Wahrheit riesiges Krokodil';
    const page = (time: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${headline}</title></head><body><main><article>
<h1>${headline}</h1>${time}<p>${'Kiel (dpo) - Geografen warnen vor der Ostsee, die in Wahrheit ein riesiges Krokodil sei. '.repeat(4)}</p></article></main></body></html>`;
    expect(read(page('<time class="published">25.4.24</time>'), 'text/html', url).date.value).toBe('2024-04-25');
    expect(check(page('<time class="published">25.4.24</time>'), { title: headline, date: '2024-06-09' }, url).verdict).toBe('date-mismatch');
    expect(read(page('<time>25.4.24</time>'), 'text/html', url).date.value).toBeNull();
  });
});

describe('"related" run together with what it lists', () => {
  it('Jetpack\'s "jp-relatedposts" box is a rail of other posts: its <time> does not date the post', () => {
    const url = 'https://notes.example/parking-in-paris/';
    const headline = 'Parking in Paris';
    const related = '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><p class="jp-relatedposts-post"><span class="jp-relatedposts-post-title"><a href="/garages/">Garages of the old town</a></span><time class="jp-relatedposts-post-date">October 3, 2023</time></p></div>';
    const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${headline}</title></head><body><main><article class="post">
<h1 class="entry-title">${headline}</h1><div class="entry-content">${related}<p>${'Finding a place to park in the old town is an art of its own, and garages save hours. '.repeat(5)}</p></div></article></main></body></html>`;
    expect(read(html, 'text/html', url).date.value).toBeNull();
    expect(check(html, { title: headline, date: '2024-04-25' }, url).verdict).toBe('verified');
  });
});

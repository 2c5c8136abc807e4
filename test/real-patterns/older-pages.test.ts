// Shapes of pages from the years before article metadata (2007-2015), found on held-out saved pages
// (bench:heldout): timestamps in <abbr> titles, agency photo captions, the page's own clock, anchors
// that hold the whole page, addresses with a section between year and month, Arab papers' double
// month names, hAtom classes on plain elements, headlines in an article's h2, WordPress's "Blog
// Archive" title. The guards after each come from a second reader's attack on the rules.
import { describe, expect, it } from 'vitest';
import { check, read } from './helpers.js';

/** An address without a day in it: the page alone dates itself. */
const UNDATED_URL = 'https://news.example/story/harbour-quay';

const headline = 'Harbour authority approves the new quay after a decade of debate';
const filler = `<p>${'The harbour authority met on Friday to discuss the new quay and its berths. '.repeat(10)}</p>`;

/** A page of the time: no date metadata, a table-less layout of divs, the headline in an h1. */
const oldPage = (body: string, title = `${headline} - Daily Example`) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="masthead"><a href="/">Daily Example</a></div>${body}<div id="footer">© Daily Example</div></body></html>`;

describe('an <abbr> whose title is a timestamp is a <time>', () => {
  // An agency story on a portal: the byline's relative time, its instant in the title; a photo's
  // caption names the day the picture was taken, as agencies write it.
  const caption = '<p class="caption">Jane Doe, File - FILE - In this March 2, 2011 file photo, the harbour master walks along the old quay. (AP Photo/Jane Doe, File)</p>';
  const page = oldPage(`<div class="art-hd"><h1 class="headline">${headline}</h1>
    <cite class="byline vcard">By <span class="fn">JOHN ROE - Associated Press</span> | AP &ndash; <abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite></div>
    <div class="art-content">${caption}${filler}</div>`);

  it('dates the page by the byline\'s instant, not by a photo\'s day', () => {
    const date = read(page).date;
    expect(date.candidates.map((c) => c.value)).toContain('2011-08-25');
    expect(date.candidates.map((c) => c.value)).not.toContain('2011-03-02');
    expect(check(page, { title: headline, date: '2011-08-24' }).verdict).toBe('verified');
    expect(check(page, { title: headline, date: '2011-07-10' }).verdict).toBe('date-mismatch');
  });

  it('not one in a comment list: jQuery timeago\'s <abbr class="timeago"> there dates comments', () => {
    const comments = Array.from({ length: 4 }, (_, i) => `<li class="comment"><abbr class="timeago" title="2011-09-0${i + 1}T10:00:00Z">${i + 1} weeks ago</abbr> Reader ${i}</li>`).join('');
    const html = oldPage(`<div class="post"><h1>${headline}</h1><p class="byline">Posted 24 August 2011</p>${filler}</div><ol class="comments">${comments}</ol>`);
    expect(read(html).date.value).toBe('2011-08-24');
  });

  it('nor "This March 2, 2011 photo provided by … shows", nor "a June 4, 2019, file photo of …"', () => {
    const url = 'https://wire.example/2013/03/05/white-moose';
    for (const caption of ['This March 2, 2011 photo provided by the county shows the old quay.', 'A June 4, 2019, file photo of the old quay.']) {
      const html = oldPage(`<h1>${headline}</h1><p class="src">The Associated Press</p><p class="caption">${caption}</p>${filler}`);
      expect(read(html, 'text/html', url).date.value).toBe('2013-03-05');
    }
  });

  it('but a byline\'s day before its photo credit still dates the page ("March 2, 2011 Photo: Reuters")', () => {
    const html = oldPage(`<h1>${headline}</h1><p class="byline">Published March 2, 2011 Photo: Reuters</p>${filler}`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2011-03-02');
  });

  it('not hCalendar\'s <abbr class="dtstart"> under the headline: a concert\'s or a match\'s start', () => {
    const html = oldPage(`<h1>${headline}</h1><p class="event vevent">Quay opening, <abbr class="dtstart" title="2008-07-17T20:00:00">July 17</abbr></p>
      <p class="byline">By Jane Roe, July 19, 2008</p>${filler}`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2008-07-19');
    expect(check(html, { title: headline, date: '2008-07-19' }, UNDATED_URL).verdict).toBe('verified');
  });

  it('but a date in an agency caption never dates a page, even the only one on it', () => {
    const html = oldPage(`<h1>${headline}</h1><div class="body"><p>In this Friday, Oct. 21, 2011, file photo, a ferry leaves the old quay.</p>${filler}</div>`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBeNull();
  });
});

describe('the page\'s clock and a CMS\'s debug fields are not its date', () => {
  it('"Current DateTime:" and "Expiration DateTime:" in hidden blocks of links, beside a "Published:" line', () => {
    // A blog inside a news site: the blog's name in an h1 above the story's; each block of links
    // carries the CMS's hidden render stamp.
    const debug = (time: string) => `<div style="display:none"><br/>Current DateTime: ${time} 23 Sep 2011<br/>Documentid: 23279717<br/>Expiration DateTime: 9/23/2011 8:51:17 PM</div>`;
    const menus = ['Markets', 'Tech', 'Funds', 'Ideas', 'Help', 'Widgets'].map((name, i) => `<div class="mc-body">${debug(`0${i}:48:59`)}<a href="/${name.toLowerCase()}">${name}</a></div>`).join('');
    const html = oldPage(`<div class="blog-head"><h1>Market Insider</h1>${menus}</div>
      <div class="blog-post"><h1>${headline}</h1><div class="dateline">Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</div>${filler}</div>
      <div class="w100p">${debug('07:41:23')}${debug('09:14:12')}${debug('09:13:44')}</div>`, `Market Insider: ${headline}`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2011-09-21');
    expect(check(html, { title: headline, date: '2011-09-21' }, UNDATED_URL).verdict).toBe('verified');
  });
});

describe('the page\'s clock, guards', () => {
  it('"Current Date/Time: 8/20/2012" in a box is a clock too; a byline\'s "DateTime:" still labels it', () => {
    const clock = oldPage(`<div class="box">Current Date/Time: 8/20/2012 10:15 AM</div><h1>${headline}</h1><p class="byline">Posted July 2, 2012</p>${filler}`);
    expect(read(clock, 'text/html', UNDATED_URL).date.value).toBe('2012-07-02');
    const field = oldPage(`<h1>${headline}</h1><p class="meta">DateTime: 16/09/2012</p>${filler}<ul class="left">${['01/09/2012', '03/09/2012', '05/09/2012', '07/09/2012'].map((d) => `<li>${d} Notice</li>`).join('')}</ul>`).replace('lang="en"', 'lang="en-GB"');
    expect(check(field, { title: headline, date: '2012-08-02' }, UNDATED_URL).verdict).toBe('date-mismatch');
  });
});

describe('an <a> without an address is no link', () => {
  it('but a teaser card\'s <a data-href> is one: its <time> does not date the story', () => {
    const card = (day: string, i: number) => `<a class="card" data-href="/story-${i}"><time datetime="${day}T09:00:00Z">${day}</time> Another story ${i}</a>`;
    const url = 'https://news.example/2015/06/18/harbour-quay';
    const html = oldPage(`<article><h1>${headline}</h1>${filler}<div class="read-next">${['2015-07-02', '2015-07-03'].map(card).join('')}</div></article>`);
    expect(read(html, 'text/html', url).date.value).toBe('2015-06-18');
  });

  it('a page wrapped in <a name="top_of_page"> still has its byline\'s day', () => {
    const html = oldPage(`<a name="top_of_page"><div class="timestamp">Sunday, 04 August 2013 02:21 (GMT+0400)</div>
      <h1>${headline}</h1>${filler}</a>`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2013-08-04');
  });
});

describe('an address with its section between the year and the month', () => {
  // The byline's date written by a script (document.write), so only the address dates the page.
  const body = `<h1>${headline}</h1><div class="timestamp"><script>document.write('August 13, 2010 7:08 p.m. EDT');</script></div>${filler}`;

  it.each([
    ['https://news.example/2010/POLITICS/08/13/harbour.quay/index.html', '2010-08-13'],
    ['https://news.example/2009/WORLD/asiapcf/05/25/harbour.quay/index.html', '2009-05-25'],
    ['https://ar.news.example/2013/middle_east/8/3/harbour.quay/index.html', '2013-08-03'],
  ])('%s', (url, day) => {
    expect(read(oldPage(body), 'text/html', url).date.value).toBe(day);
  });

  it.each([
    '/2010/chapter/8/13', '/2010/page2/08/13/harbour', '/2019/round/12/5/warriors-v-storm', '/2021/season/3/12/harbour-episode',
    '/collections/1998/box/12/5/letters', '/2012/vol/4/3/harbour-article',
  ])('but not %s: a round, a season, a box, a volume', (path) => {
    expect(read(oldPage(body), 'text/html', `https://news.example${path}`).date.value).toBeNull();
  });
});

describe('an Arab paper names the month twice', () => {
  it.each([
    ['الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21', '2013-08-04'],
    ['12 شباط (فبراير) 2024', '2024-02-12'],
    ['5 تشرين الثاني/نوفمبر 2023', '2023-11-05'],
  ])('"%s"', (line, day) => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ميناء جديد</title></head><body>
      <h1>هيئة الميناء توافق على الرصيف الجديد بعد عقد من النقاش</h1><p class="date">${line}</p><p>${'ناقشت هيئة الميناء الرصيف الجديد يوم الجمعة. '.repeat(10)}</p></body></html>`;
    expect(read(html).date.value).toBe(day);
  });

  it('but not two names of different months', () => {
    const html = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>ميناء</title></head><body><h1>هيئة الميناء توافق على الرصيف الجديد</h1><p>04 آب/مايو 2013</p></body></html>`;
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBeNull();
  });
});

describe('WordPress\'s "Blog Archive" in the <title>', () => {
  it('"Blog Name » Blog Archive » Post" is the post\'s title; the blog\'s name is the h1, the post\'s a permalink h2', () => {
    const url = 'https://blogs.example/filmgang/2013/02/08/stand-up-guys/';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Film Gang » Blog Archive » Stand Up Guys</title></head>
<body><div id="header"><a href="/">KUSP Blogs</a></div><div id="content" class="widecolumn"><h1><a href="https://blogs.example/filmgang/">The Film Gang</a></h1>
<div class="post single"><div class="post-date">February 8th, 2013</div><h2><a href="${url}" rel="bookmark">Stand Up Guys</a></h2>${filler}</div></div></body></html>`;
    expect(read(html, 'text/html', url).title.value).toBe('Stand Up Guys');
    expect(check(html, { title: 'Stand Up Guys' }, url).verdict).toBe('verified');
  });
});

describe('WordPress\'s "Blog Archive", its theme\'s own header', () => {
  it('the blog\'s name in the header\'s h1 is the masthead the <title> names before "Blog Archive"', () => {
    const url = 'https://rambles.example/2009/04/12/over-the-fells/';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Northern Rambles &raquo; Blog Archive &raquo; Over the fells</title></head>
<body><div id="page"><div id="header"><div id="headerimg"><h1><a href="https://rambles.example/">Northern Rambles</a></h1><div class="description">Walking the north</div></div></div>
<div id="content" class="widecolumn"><div class="post" id="post-12"><h2><a href="${url}" rel="bookmark">Over the fells</a></h2><div class="entry">${filler}</div></div></div></div></body></html>`;
    expect(read(html, 'text/html', url).title.value).toBe('Over the fells');
    expect(check(html, { title: 'Over the fells' }, url).verdict).toBe('verified');
  });

  it('"Post | Blog Archive | Blog Name": the blog is the part its header\'s h1 prints', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A weekend in Whitby | Blog Archive | Northern Rambles</title></head>
<body><div id="header"><h1><a href="/">Northern Rambles</a></h1></div><div id="content"><div class="post"><h2>A weekend in Whitby</h2><small>September 20th, 2010</small>${filler}</div></div></body></html>`;
    expect(read(html, 'text/html', UNDATED_URL).title.value).toBe('A weekend in Whitby');
    expect(check(html, { title: 'A weekend in Whitby' }, UNDATED_URL).verdict).toBe('verified');
  });

  it('"Blog Name » Post" without "Blog Archive": the header\'s h1 names the blog, the rest is the post', () => {
    const post = 'Tidying up: what to keep and what to give away';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quiet Corner &raquo; ${post}</title></head>
<body><div id="header"><h1><a href="/">Quiet Corner</a></h1></div><div id="content"><div class="post"><h2><a href="/2009/05/11/tidying-up/" rel="bookmark">${post}</a></h2>${filler}</div></div></body></html>`;
    expect(check(html, { title: post }, UNDATED_URL).verdict).toBe('verified');
    expect(read(html, 'text/html', UNDATED_URL).title.value).toBe(post);
  });

  it.each(['Fire hits the quay | The Daily Example Newspaper of Record', 'Notes of a Harbour Statistics Reading Group | Quay intervals'])('but a headline in a header classed as chrome is no masthead: "%s"', (title) => {
    const headlineText = title.includes('Fire') ? 'Fire hits the quay' : 'Quay intervals';
    const html = oldPage(`<div class="page-header"><h1>${headlineText}</h1></div><p>05 March 2013</p>${filler}`, title);
    expect(check(html, { title: headlineText }, UNDATED_URL).verdict).toBe('verified');
  });

  it('nor is an hCalendar value-class <abbr> or a box\'s <abbr class="date"> under a short item its date', () => {
    const html = oldPage(`<h1>${headline}</h1><p>Monday 5 September 2011</p><p>The quay reopens.</p><div class="box"><h3>Coming up</h3>
      <p><span class="dtstart"><abbr class="value" title="2011-09-08T19:30:00+01:00">Thu 8 Sep, 7.30pm</abbr></span> Choir</p>
      <p><abbr class="date" title="2011-09-10T10:00:00+01:00">10 Sep</abbr> Fair</p></div>`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2011-09-05');
  });

  it('but "Blog Archive" inside a post\'s own title stays', () => {
    const html = oldPage(`<h1>Tidying up: Blog Archive - what to keep</h1>${filler}`, 'Tidying up: Blog Archive - what to keep');
    expect(check(html, { title: 'Tidying up: Blog Archive - what to keep' }, UNDATED_URL).verdict).toBe('verified');
  });
});

describe('hAtom marks on the byline\'s own elements', () => {
  it('a <time pubdate> is the publication even with a theme\'s class="updated" on it', () => {
    const html = oldPage(`<h1>${headline}</h1><p class="byline vcard">By <a class="author fn" href="/users/jroe">Jane Roe</a>
      <span class="publish-date">on <time class="updated" datetime="2014-06-29 20:08:00-0400" pubdate>June 29, 2014 08:08 pm</time></span></p>${filler}`)
      .replace('</title>', '</title><meta name="sailthru.date" content="2014-06-30">');
    const date = read(html, 'text/html', UNDATED_URL).date;
    expect(date).toMatchObject({ value: '2014-06-29', kind: 'published', source: 'time' });
  });

  it('but "Last updated: <time class="updated" pubdate>" alone is the update it says it is', () => {
    const html = oldPage(`<h1>${headline}</h1><p>Last updated: <time class="updated" datetime="2013-05-20" pubdate>20 May 2013</time></p>${filler}`);
    expect(read(html, 'text/html', UNDATED_URL).date).toMatchObject({ value: '2013-05-20', kind: 'modified' });
    expect(check(html, { title: headline, date: '2011-03-04' }, UNDATED_URL).verdict).toBe('verified');
  });

  it('a <span class="published"> showing "3/09/15 8:00am" in the permalink over the headline (Kinja)', () => {
    const url = 'https://blog.example/how-to-stop-buying-things-1690268064';
    const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${headline}</title></head><body><div class="page"><article class="post">
      <div class="meta"><span class="author vcard"><a class="fn url" href="https://jroe.blog.example">Jane Roe</a></span> Filed to: <a href="/tag/money">money</a>
      <span class="publish-time"><a href="${url}" class="hover-switch"><span class="show-on-hover published updated">3/09/15 8:00am</span><span class="hide-on-hover">3/09/15 8:00am</span></a></span></div>
      <header><h1 class="headline entry-title"><a href="${url}">${headline}</a></h1></header>${filler}</article></div></body></html>`;
    expect(read(html, 'text/html', url).date.value).toBe('2015-03-09');
    expect(check(html, { title: headline, date: '2015-01-23' }, url).verdict).toBe('date-mismatch');
  });

  it('but not one in another page\'s link over the headline, nor one that names another paper\'s day', () => {
    const adjacent = oldPage(`<article class="post"><div class="adjacent-posts"><a href="/2013/10/28/older">« Older post <span class="entry-date">October 28, 2013</span></a></div>
      <h1>${headline}</h1><p class="byline">by Ruth · November 9, 2013</p>${filler}</article>`);
    expect(read(adjacent, 'text/html', UNDATED_URL).date.value).toBe('2013-11-09');
    const reprint = oldPage(`<article class="post"><h1>${headline}</h1><p class="byline">Jane Roe · 20 June 2012</p>
      <p><em class="published">Originally published in the Northern Echo, 12 June 2012</em></p>${filler}</article>`);
    expect(read(reprint, 'text/html', UNDATED_URL).date.value).toBe('2012-06-20');
  });

  it('but not the teaser cards\' <span class="entry-date"> under a story that prints its own day', () => {
    const card = (day: string, i: number) => `<article class="post-summary entry"><div class="entry-meta"><span class="entry-author">Writer ${i}</span> <span class="entry-date">${day}</span></div><h3 class="entry-title"><a href="/story-${i}">Another story ${i}</a></h3></article>`;
    const html = oldPage(`<article class="post entry"><h1 class="entry-title">${headline}</h1><p class="byline">Posted on December 21, 2016</p>${filler}</article>
      <div class="trending">${['August 9, 2022 at 4:03pm', 'August 7, 2022 at 5:15pm', 'August 10, 2022 at 5:35am'].map(card).join('')}</div>`);
    expect(read(html, 'text/html', UNDATED_URL).date.value).toBe('2016-12-21');
  });
});

describe('a headline in an h2 that the <title> repeats, on a page with no headline field', () => {
  it('under a blog\'s greeting h1, with the <title> "Post | Category | Blog Name"', () => {
    const html = oldPage(`<header class="main-title"><h1><a href="/">Hi, I'm <strong>Jane.</strong></a></h1></header>
      <article class="code"><header><h2><a href="/code/2013/harbour-quay/">${headline}</a></h2></header>${filler}</article>`, `${headline} | Code | Jane Roe`);
    expect(read(html, 'text/html', UNDATED_URL).title.value).toBe(headline);
  });

  it('but not an h2 that repeats the <title>\'s site name where the h1 is the headline', () => {
    const html = oldPage(`<h1>${headline}</h1>${filler}<div class="box"><h2>Daily Example Weekend Edition</h2><p>Read every Saturday.</p></div>`, `${headline} | Daily Example Weekend Edition`);
    const title = read(html, 'text/html', UNDATED_URL).title;
    expect(title).toMatchObject({ value: headline, source: 'h1' });
    expect(title.candidates.map((c) => c.value)).not.toContain('Daily Example Weekend Edition');
  });
});

describe('a section\'s name in an h2 is no headline, whatever the <title> starts with', () => {
  it.each([
    ['Department of Physics News | State University', '<div id="leftcol"><h2>Department of Physics News</h2><a href="/news">All news</a></div>'],
    ['Letters to the Editor | Daily Example', '<div class="section-head"><h2>Letters to the Editor</h2></div>'],
  ])('"%s"', (title, h2) => {
    const html = oldPage(`${h2}<div class="story"><h1>${headline}</h1>${filler}</div>`, title);
    expect(read(html, 'text/html', UNDATED_URL).title.value).toBe(headline);
  });
});

describe('a blog\'s name in a sidebar h2 is not the headline the <title> ends with', () => {
  it('"Post Title | My Harbour Notebook" with <h2>My Harbour Notebook</h2> in a side column', () => {
    const html = oldPage(`<div id="header"><h1><a href="/">Hi, I'm Jane.</a></h1></div><div id="col2"><h2>My Harbour Notebook</h2><p>Notes from the quay.</p></div>
      <div class="post"><h3>${headline}</h3>${filler}</div>`, `${headline} | My Harbour Notebook`);
    expect(read(html, 'text/html', UNDATED_URL).title.value).not.toBe('My Harbour Notebook');
    expect(check(html, { title: headline }, UNDATED_URL).verdict).toBe('verified');
  });
});

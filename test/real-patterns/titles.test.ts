import { describe, expect, it } from 'vitest';
import { article, check, PAGE_URL, read } from './helpers.js';

describe('headlines as real pages carry them', () => {
  it('reads a UTF-8 page whose template still declares a legacy charset', () => {
    const headline = '港口管理局批准新码头建设计划';
    const html = `<html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"><title>${headline}</title></head><body><h1>${headline}</h1></body></html>`;
    expect(read(html).title.value).toBe(headline);
    expect(check(html, { title: headline }).verdict).toBe('verified');
  });

  it('repairs a social title that a plugin wrote as UTF-8 read as windows-1252', () => {
    const html = article({
      head: '<meta name="twitter:title" content="La sanciÃ³n del puerto: &quot;No le soporto&quot;">',
      title: 'La sanción del puerto: "No le soporto"',
    });
    const page = read(html);
    expect(page.title.candidates.find((c) => c.source === 'twitter:title')?.value).toBe('La sanción del puerto: "No le soporto"');
  });

  it('verifies a citation that leaves out a long lead-in before the colon', () => {
    const html = article({ head: '<meta property="og:title" content="Nach erneuter Kritik am Hafenamt: Bürgermeister stoppt schon wieder den Neubau">' });
    expect(check(html, { title: 'Bürgermeister stoppt schon wieder den Neubau' }).verdict).toBe('verified');
    // What follows the colon must be a headline on its own, not two words.
    const short = article({ head: '<meta property="og:title" content="Nach erneuter Kritik am Hafenamt: Neubau gestoppt">' });
    expect(check(short, { title: 'Neubau gestoppt' }).verdict).toBe('title-mismatch');
  });

  it('verifies a citation that marks the words it leaves out with an ellipsis, the parts in the page\'s order', () => {
    const page = 'Yoon, Trump discuss alliance, North Korea and tariffs in first phone call';
    const html = article({ head: `<meta property="og:title" content="${page}">` });
    for (const cited of ['Yoon, Trump discuss alliance … in first phone call', 'Yoon, Trump discuss alliance ... in first phone call', '… North Korea and tariffs in first phone call']) {
      expect(check(html, { title: cited }).verdict).toBe('verified');
    }
    // The gap may hold a number or a month: the parts quoted are the page's own words.
    const minutes = article({ head: '<meta property="og:title" content="Yoon and Trump discuss alliance for 12 minutes in first phone call">' });
    expect(check(minutes, { title: 'Yoon and Trump discuss alliance … in first phone call' }).verdict).toBe('verified');
    // Parts out of order, a changed word in a part, too few words, or a gap that hides a negation: no match.
    const not = article({ head: '<meta property="og:title" content="Trump says he will not meet Kim Jong Un again this year">' });
    expect(check(not, { title: 'Trump says he will ... meet Kim Jong Un again this year' }).verdict).toBe('title-mismatch');
    for (const cited of ['In first phone call … Yoon, Trump discuss alliance', 'Yoon, Biden discuss alliance … in first phone call', 'Yoon … phone call']) {
      expect(check(html, { title: cited }).verdict).toBe('title-mismatch');
    }
  });

  it('folds away wire services\' version tags: Yonhap\'s (1보), (종합2보), [속보] and its reprinted editorials\' source', () => {
    const ko = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>x</title>
      <meta property="og:title" content="북한, 동해상 탄도미사일 발사…합참 &quot;모든 수단 강구&quot;(종합2보)"></head><body></body></html>`;
    for (const cited of ['북한, 동해상 탄도미사일 발사…합참 "모든 수단 강구"(1보)', '북한, 동해상 탄도미사일 발사…합참 "모든 수단 강구"(종합)', '[속보] 북한, 동해상 탄도미사일 발사…합참 "모든 수단 강구"']) {
      expect(check(ko, { title: cited }).verdict).toBe('verified');
    }
    // A number that is part of the headline still counts.
    expect(check(ko, { title: '북한, 동해상 탄도미사일 2발 발사…합참 "모든 수단 강구"' }).verdict).toBe('title-mismatch');
    const editorial = article({ head: '<meta property="og:title" content="(EDITORIAL from Korea JoongAng Daily on Nov. 6) Thorough response needed to the troop deployment">' });
    expect(check(editorial, { title: 'Thorough response needed to the troop deployment' }).verdict).toBe('verified');
  });

  it('verifies "Title: Subtitle" when the page prints the subtitle as the h2 under its headline', () => {
    const html = article({
      title: 'The Kursk Gamble | Example Institute',
      head: '<meta property="og:title" content="The Kursk Gamble"><meta property="article:published_time" content="2024-11-06T09:00:00+09:00">',
      body: '<header><h1>The Kursk Gamble</h1><h2 class="dek">Why North Korea sent troops to Russia</h2></header>',
    });
    for (const cited of ['The Kursk Gamble: Why North Korea Sent Troops to Russia', 'The Kursk Gamble — Why North Korea Sent Troops to Russia']) {
      expect(check(html, { title: cited, date: '2024-11-06' }).verdict).toBe('verified');
    }
    expect(check(html, { title: 'The Kursk Gamble: Why Seoul Should Stay Out of the War' }).verdict).toBe('title-mismatch');
    // The headline inspect names is still the headline alone.
    expect(read(html).title.value).toBe('The Kursk Gamble');
  });

  it('verifies "Title: Subtitle" when the subtitle is another element classed as one (Substack\'s h3, a dek paragraph)', () => {
    for (const subtitle of ['<h3 class="subtitle">Why North Korea sent troops to Russia</h3>', '<p class="article__dek">Why North Korea sent troops to Russia</p>']) {
      const html = article({
        title: 'The Kursk Gamble - by A. Writer',
        head: '<meta property="og:title" content="The Kursk Gamble">',
        body: `<div class="post-header"><h1 class="post-title">The Kursk Gamble</h1>${subtitle}</div>`,
      });
      expect(check(html, { title: 'The Kursk Gamble: Why North Korea Sent Troops to Russia' }).verdict, subtitle).toBe('verified');
      expect(check(html, { title: 'The Kursk Gamble: Why Seoul Should Stay Out of the War' }).verdict, subtitle).toBe('title-mismatch');
      expect(read(html).title.value, subtitle).toBe('The Kursk Gamble');
    }
  });

  it('verifies a citation that shortens the headline to five words, but not to four', () => {
    const page = 'North Korea fires missiles at Seoul as drills begin near the border';
    const html = article({ head: `<meta property="og:title" content="${page}">` });
    expect(check(html, { title: 'North Korea fires missiles' }).verdict).toBe('title-mismatch');
    expect(check(html, { title: 'North Korea fires missiles at Seoul' }).verdict).toBe('verified');
    // Nor five words that leave off the page's answer to them: the claim is what it refutes.
    const factCheck = article({ head: '<meta property="og:title" content="North Korea fires missiles at Seoul? Fact check of viral video finds no evidence">' });
    expect(check(factCheck, { title: 'North Korea fires missiles at Seoul' }).verdict).toBe('title-mismatch');
  });

  it('verifies a citation whose headline the page shortened in its title fields', () => {
    const html = article({ head: '<meta property="og:title" content="Harbour forum in Kansai: early detection and early response">' });
    const cited = 'Harbour forum in Kansai: early detection and early response, from defence to offence';
    expect(check(html, { title: cited }).verdict).toBe('verified');
    // Four words in common prove too little.
    const four = article({ head: '<meta property="og:title" content="Harbour forum in Kansai">' });
    expect(check(four, { title: cited }).verdict).toBe('title-mismatch');
  });

  it('verifies a citation that quotes the whole <title>, site name and all', () => {
    const html = article({
      title: 'JVNDB-2019-000123 - Harbour iPedia - Vulnerability database',
      head: '<meta property="og:title" content="JVNDB-2019-000123 - Harbour iPedia">',
    });
    expect(check(html, { title: 'JVNDB-2019-000123 - Harbour iPedia - Vulnerability database' }).verdict).toBe('verified');
  });
});

describe('a headline set over several lines or with annotations', () => {
  it('reads a line break or a block inside the h1 as a space, not as two words joined', () => {
    const html = article({
      head: '<meta property="og:title" content="Quake in western region: 12 killed, dozens hurt">',
      body: '<h1>A deadly quake shakes the western region, killing<br>12 and injuring dozens</h1>',
    });
    expect(read(html).title.candidates.find((c) => c.source === 'h1')?.value).toBe('A deadly quake shakes the western region, killing 12 and injuring dozens');
    expect(check(html, { title: 'A Deadly Quake Shakes the Western Region, Killing 12 and Injuring Dozens' }).verdict).toBe('verified');
    // A negation on the next line is read too: leaving it out is another headline.
    const not = article({ body: '<h1>Harbour chief says he will<br>not step down before the vote</h1>' });
    expect(check(not, { title: 'Harbour chief says he will step down before the vote' }).verdict).toBe('title-mismatch');
    const blocks = article({ body: '<h1><div class="kicker">Harbour works</div><span class="sr-only">: </span><div>Quay opens three months late</div></h1>' });
    expect(read(blocks).title.candidates.find((c) => c.source === 'h1')?.value).toBe('Harbour works: Quay opens three months late');
  });

  it('keeps a number a line break splits whole ("$1,<br>200 million")', () => {
    const html = article({ body: '<h1>Harbour authority approves $1,<br>200 million plan for the new quay</h1>' });
    expect(read(html).title.candidates.find((c) => c.source === 'h1')?.value).toBe('Harbour authority approves $1,200 million plan for the new quay');
  });

  it('leaves out a ruby reading and a button\'s label inside the h1', () => {
    const html = article({ body: '<h1><ruby>港湾<rt>こうわん</rt></ruby>の新しい岸壁が完成<button>共有</button></h1>' });
    expect(read(html).title.candidates.find((c) => c.source === 'h1')?.value).toBe('港湾の新しい岸壁が完成');
  });
});

describe('a JSON-LD @graph that also describes another article', () => {
  it('takes only the headline of the object that is this page, when the page says its URL', () => {
    const other = 'Ferry strike ends after two weeks of talks with the union';
    const own = 'Harbour authority approves the new quay after a decade of debate';
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', url: PAGE_URL, headline: own, datePublished: '2025-03-14T09:00:00Z' },
      { '@type': 'NewsArticle', url: 'https://news.example/2025/03/10/ferry-strike', headline: other, datePublished: '2025-03-10T09:00:00Z' },
    ] });
    const html = `<!doctype html><html lang="en"><head><title>Daily Example</title><link rel="canonical" href="${PAGE_URL}"><script type="application/ld+json">${graph}</script></head><body><main><article><p>${'The harbour authority met on Friday. '.repeat(12)}</p></article></main></body></html>`;
    expect(check(html, { title: own }).verdict).toBe('verified');
    expect(check(html, { title: other }).verdict).toBe('title-mismatch');
  });
});

describe('a name inside the headline is the headline\'s fact', () => {
  const page = (headline: string, lang = 'en') => article({ head: `<meta property="og:title" content="${headline}">`, body: `<h1>${headline}</h1>` }).replace('lang="en"', `lang="${lang}"`);

  it('calls a citation that swaps a name inside a sentence-case headline a title mismatch', () => {
    const html = page('Talks with Kim collapse as North Korea tests new missile');
    expect(check(html, { title: 'Talks with Moon collapse as North Korea tests new missile' }).verdict).toBe('title-mismatch');
    expect(check(page('Apple sues Google over patent dispute in California court'), { title: 'Apple Sues Samsung Over Patent Dispute in California Court' }).verdict).toBe('title-mismatch');
  });

  it('but verifies the same name spelled or typeset another way, and a name the citation only adds to', () => {
    const html = page('Talks with Kim collapse as North Korea tests new missile');
    for (const cited of ['Talks With Kim Collapse as N. Korea Tests New Missile', 'Talks with Kim Jong Un collapse as North Korea tests new missile']) {
      expect(check(html, { title: cited }).verdict).toBe('verified');
    }
    expect(check(page('Zelensky meets Biden in Washington to ask for more aid'), { title: 'Zelenskyy meets Biden in Washington to ask for more aid' }).verdict).toBe('verified');
    expect(check(page('Tariffs hit Chinese exports as demand slows in Europe'), { title: 'Tariffs hit China’s exports as demand slows in Europe' }).verdict).toBe('verified');
    expect(check(page('Talks with Kim collapse as US and South Korea hold drills'), { title: 'Talks with Kim collapse as U.S. and South Korea hold drills' }).verdict).toBe('verified');
  });

  it('calls the same words in another order a title mismatch: who did what to whom changed', () => {
    expect(check(page('Iran accuses Israel of attack on tanker in the Gulf of Oman'), { title: 'Israel Accuses Iran of Attack on Tanker in the Gulf of Oman' }).verdict).toBe('title-mismatch');
    expect(check(page('Manchester United beat Real Madrid in Champions League quarter-final'), { title: 'Real Madrid beat Manchester United in Champions League quarter-final' }).verdict).toBe('title-mismatch');
    // The order as printed, in citation typography, still verifies.
    expect(check(page('Iran accuses Israel of attack on tanker in the Gulf of Oman'), { title: 'Iran Accuses Israel of Attack on Tanker in the Gulf of Oman' }).verdict).toBe('verified');
  });

  it('reads no names in German, where every noun is capitalised: a changed noun is weighed as any other word', () => {
    expect(check(page('Regierung plant neue Steuer auf Zucker und Limonade ab Januar', 'de'), { title: 'Regierung plant neue Abgabe auf Zucker und Limonade ab Januar' }).verdict).not.toBe('title-mismatch');
  });
});

describe('site and section names joined to the headline without spaces', () => {
  it('drops "-정치ㅣ한국신문" (section, then the site after the bar Korean sites draw with ㅣ)', () => {
    const headline = '항만청, 10년 논란 끝에 새 부두 건설 승인… 주민 반발은 여전';
    const tail = `${headline}-정치ㅣ한국신문`;
    const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${tail}</title>
      <meta property="og:title" content="${tail}"><meta property="og:site_name" content="한국신문"></head>
      <body><div id="app"></div></body></html>`;
    expect(read(html).title.value).toBe(headline);
    expect(check(html, { title: headline }).verdict).toBe('verified');
  });

  it('drops a CJK masthead known only by its last word (日报, 株式会社), and the section before it', () => {
    const zh = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>这个港口软件想帮你找到合适的泊位_智能_好奇港口日报</title></head><body></body></html>`;
    expect(read(zh).title.value).toBe('这个港口软件想帮你找到合适的泊位');
    const ja = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港湾</title>
      <meta property="og:title" content="指紋認証で入港できる新しい桟橋を発売。 | ミナトサプライ株式会社"></head><body></body></html>`;
    expect(read(ja).title.value).toBe('指紋認証で入港できる新しい桟橋を発売。');
  });

  it('but never a headline that ends in such a word, after a kicker\'s bar or a colon, nor a name\'s "·"', () => {
    const titled = (title: string, siteName = '') => read(`<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title>
      <meta property="og:title" content="${title}">${siteName ? `<meta property="og:site_name" content="${siteName}">` : ''}</head><body></body></html>`).title.value;
    expect(titled('观察｜谁在制造假新闻')).toBe('观察｜谁在制造假新闻');
    expect(titled('特朗普：CNN是假新闻')).toBe('特朗普：CNN是假新闻');
    expect(titled('トランプ氏：CNNはフェイクニュース')).toBe('トランプ氏：CNNはフェイクニュース');
    expect(titled('联合国秘书长会见阿卜杜拉·阿齐兹-新华港口网', '新华港口网')).toBe('联合国秘书长会见阿卜杜拉·阿齐兹');
    // A long headline before the colon: only the separator tells the quote from a masthead.
    expect(titled('美国总统特朗普周一在白宫表示：CNN是假新闻')).toBe('美国总统特朗普周一在白宫表示：CNN是假新闻');
    // Only a section's name goes with the masthead, never a headline's last words.
    expect(titled('트럼프 관세 폭탄에 긴장하는 한-미-예시일보')).toBe('트럼프 관세 폭탄에 긴장하는 한-미');
    expect(titled('연휴 고속도로 가장 붐비는 구간은 서울-부산ㅣ한국항만일보', '한국항만일보')).toBe('연휴 고속도로 가장 붐비는 구간은 서울-부산');
    // Nor does a headline lose its last words to a masthead-like "telecom" ending.
    expect(titled('ソフトバンク決算発表—次世代の衛星通信')).toBe('ソフトバンク決算発表—次世代の衛星通信');
  });

  it('but not a long last part that merely ends in such a word', () => {
    const zh = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>港口_今天下午发布的关于新码头的重要新闻</title></head><body></body></html>`;
    expect(read(zh).title.value).toBe('港口_今天下午发布的关于新码头的重要新闻');
  });

  it('but keeps a Latin word after a hyphen, and any tail when the site name has spaces around it', () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour board convicted of negligence : The Two-Way : NPR</title>
      <meta property="og:site_name" content="NPR"></head><body><p>${'The board was found negligent. '.repeat(10)}</p></body></html>`;
    expect(read(html).title.candidates.map((c) => c.value)).toContain('Harbour board convicted of negligence : The Two-Way');
  });
});

describe('an authoring tool\'s placeholder is never the headline', () => {
  it('calls a print view unverifiable however its site\'s name is written, but keeps "Print - Headline"', () => {
    for (const title of ['Print : The Korea Times', '인쇄하기 | 한국신문']) {
      const html = `<!doctype html><html><head><title>${title}</title></head><body><div class="print-title">Harbour authority approves the new container quay</div><p>${'The harbour authority met on Friday. '.repeat(20)}</p></body></html>`;
      expect(check(html, { title: 'Harbour authority approves the new container quay' }).verdict, title).toBe('unverifiable');
    }
    const headline = '<!doctype html><html><head><title>Print - Harbour reopens after the storm</title></head><body><p>x</p></body></html>';
    expect(read(headline).title.value).toBe('Print - Harbour reopens after the storm');
  });

  it('calls a print view titled "Print : Site" unverifiable, never a mismatch against "Print"', () => {
    const html = '<!doctype html><html lang="en"><head><title>Print : The Harbour Times</title><meta property="og:site_name" content="The Harbour Times"></head><body><div class="print-title">Harbour authority approves the new container quay</div><p>' + 'The harbour authority met on Friday. '.repeat(20) + '</p></body></html>';
    expect(read(html).title.candidates.find((c) => c.value === 'Print')?.strong).not.toBe(true);
    expect(check(html, { title: 'Harbour authority approves the new container quay' }).verdict).toBe('unverifiable');
  });

  it('calls a page titled only "Untitled Document" unverifiable, not a title mismatch', () => {
    const html = `<html><head><title>Untitled Document</title></head><body><table><tr><td class="title">Harbour quay approved</td></tr>
      <tr><td>${'The harbour authority approved the quay on Friday. '.repeat(10)}</td></tr></table></body></html>`;
    expect(check(html, { title: 'Harbour quay approved' }).verdict).toBe('unverifiable');
    // A headline that starts with the word is a headline.
    const film = 'Untitled: the film the harbour did not want';
    expect(check(article({ title: film, head: `<meta property="og:title" content="${film}">` }), { title: film }).verdict).toBe('verified');
  });
});

describe('a site, blog or section name is never the headline', () => {
  const entry = 'Amended harbour act sparks a small uproar over default passwords';

  it('a blog whose only h1, above the entry, is its name', () => {
    const html = `<!doctype html><html><head><title>Diary of K. Harbour - ${entry}</title></head>
      <body><h1>Diary of K. Harbour</h1><div class="day"><h2>2019-02-17</h2><p>${'The act was amended last week and the default passwords debate followed. '.repeat(8)}</p></div></body></html>`;
    expect(read(html).title.value).toBe(entry);
    expect(check(html, { title: entry }).verdict).toBe('verified');
  });

  it('a short headline in the article with a long site name beside it in the <title> stays the headline', () => {
    const html = `<!doctype html><html><head><title>„Unermüdlicher Einsatz“ – Die Neue Südtiroler Hafenzeitung</title></head>
      <body><article><h1>„Unermüdlicher Einsatz“</h1><p>${'Der Hafenverein ehrte am Freitag seine Helfer für ihren Einsatz. '.repeat(8)}</p></article></body></html>`;
    expect(read(html).title.value).toBe('„Unermüdlicher Einsatz“');
  });

  it('a visually hidden h1 behind the logo', () => {
    const html = article({ head: `<meta property="og:title" content="${entry}">`, body: `<h1>${entry}</h1>` }).replace('<header class="site-header">', '<h1 class="hidden">Harbour Daily</h1><header class="site-header">');
    const page = read(html);
    expect(page.title.candidates.map((c) => c.value)).not.toContain('Harbour Daily');
  });

  it('an h1 that equals og:site_name', () => {
    const html = article({ head: `<meta property="og:site_name" content="Harbour Daily"><meta property="og:title" content="${entry}">`, body: `<h1>Harbour Daily</h1>` });
    expect(read(html).title.candidates.filter((c) => c.source === 'h1')).toEqual([]);
  });

  it('but an og:site_name that merely repeats the headline does not hide it', () => {
    const html = `<!doctype html><html><head><title>${entry}</title><meta property="og:site_name" content="${entry}"></head>
      <body><article><h1>${entry}</h1><p>${'The act was amended last week and the default passwords debate followed. '.repeat(8)}</p></article></body></html>`;
    expect(check(html, { title: entry }).verdict).toBe('verified');
  });
});

describe('pages that carry two headlines', () => {
  const web = 'Promises to take care of harbour towns were a con, the audit shows';

  it('verifies a citation of the print headline printed as a second h1 in the story', () => {
    const html = article({ head: `<meta property="og:title" content="${web}">`, body: `<h1>${web}</h1><h1 class="print-hed">Broken Harbour Pledge</h1>` });
    const result = check(html, { title: 'Broken Harbour Pledge' });
    expect(result.verdict).toBe('verified');
    expect(result.title.source).toBe('h1');
    expect(read(html).title.value).toBe(web);
  });

  it('verifies a citation of the headline a newsletter or analytics tag carries', () => {
    const html = article({ head: `<meta property="og:title" content="${web}"><meta name="sailthru.title" content="Harbour towns got fewer quays than promised">`, body: `<h1>${web}</h1>` });
    expect(check(html, { title: 'Harbour Towns Got Fewer Quays Than Promised' }).title).toMatchObject({ match: true, source: 'sailthru.title' });
  });

  it('verifies the h1 heading the story\'s <article> when a sticky header above repeats the social headline', () => {
    const body = (widget: string) => `<!doctype html><html><head><title>${web}</title><meta property="og:title" content="${web}"></head><body>
      <header class="roll-up" id="article_rollup"><h1 class="primary">${web}</h1></header>
      <article class="main"><header class="article-header"><div class="pub-date">March 9 2017</div><h1 class="hed">Broken Harbour Pledge</h1></header>
      <p>${'The harbour towns were promised new quays, and the audit shows how few were built. '.repeat(10)}</p>${widget}</article></body></html>`;
    const html = body('');
    expect(check(html, { title: 'Broken Harbour Pledge' })).toMatchObject({ verdict: 'verified', title: { source: 'h1' } });
    expect(read(html).title.value).toBe(web);
    // An h1 inside the text (a widget's) is no headline of the story.
    const widget = body('<h1 class="twitter-authors__headline">Follow the harbour desk on social media</h1>');
    expect(read(widget).title.candidates.map((c) => c.value)).not.toContain('Follow the harbour desk on social media');
  });

  it('does not take the h1 of a teaser card in another story container', () => {
    const html = article({ head: `<meta property="og:title" content="${web}">`, body: `<h1>${web}</h1>` })
      .replace('</main>', '</main><section class="more"><article><h1>Ferry fares rise again in the spring</h1></article></section>');
    expect(check(html, { title: 'Ferry fares rise again in the spring' }).verdict).toBe('title-mismatch');
  });
});

describe('check and inspect name the same source', () => {
  it('names the headline inspect chose when several candidates carry it', () => {
    const same = 'Harbour authority approves the new quay after a decade of debate';
    // og:title and the <title> carry the same words; the h1, confirmed by both, is the printed headline.
    const html = article({ title: same, head: `<meta property="og:title" content="${same}">`, body: `<h1>${same}</h1>` });
    const page = read(html);
    expect(check(html, { title: same }).title.source).toBe(page.title.source);
  });
});

describe('the headline inspect chooses', () => {
  /** A page whose og:title, twitter:title and <title> carry a social headline and JSON-LD the printed one. */
  const socialAndPrinted = (social: string, printed: string, body: string) => article({
    title: `${social} | Daily Example`,
    head: `<meta property="og:title" content="${social}"><meta name="twitter:title" content="${social}">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"${printed}"}</script>`,
    body,
  });

  it('does not take a short question as the bare form of a longer headline that goes on after it', () => {
    const long = 'Who is the new harbour master of Kansai port and how many ferries does she run?';
    const short = 'Who is the new harbour master of Kansai port?';
    const html = article({
      title: `${long} | Daily Example`,
      head: `<meta property="og:title" content="${short}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${long}"}</script>`,
      body: `<h1>${long}</h1>`,
    });
    expect(read(html).title.value).toBe(long);
  });

  it('still takes the bare headline under a kicker set off by a colon', () => {
    const bare = 'Mayor stops the new quay once again';
    const html = article({ title: `Harbour row: ${bare} | Daily Example`, head: `<meta property="og:title" content="Harbour row: ${bare}">`, body: `<h1>${bare}</h1>` });
    expect(read(html).title.value).toBe(bare);
  });

  it('takes the printed h1 that JSON-LD confirms over a social title og:title, twitter:title and <title> repeat', () => {
    const printed = 'Harbour authority approves the new quay after a decade of dispute';
    const social = 'New quay: what the harbour decision means for you';
    const html = socialAndPrinted(social, printed, `<h1>${printed}</h1>`);
    expect(read(html).title).toMatchObject({ value: printed, source: 'h1' });
  });

  it('takes the headline printed in the story\'s opening h2 when the h1 is a breadcrumb\'s copy of the SEO title', () => {
    const seo = 'Harbour quay approved: what changes for ferries and residents';
    const printed = 'A decade of dispute ends with a yes to the new quay';
    const page = (h2: string) => socialAndPrinted(seo, printed, `<nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><h1>${seo}</h1></li></ul></nav>
        <header><h2><span class="kicker">Harbour row</span> ${h2}</h2></header>`);
    // The kicker printed before it in the same heading is not part of the headline.
    expect(read(page(printed)).title).toMatchObject({ value: printed, source: 'h2' });
    // An opening h2 that shows none of the metadata headlines (a dek, a section) adds nothing.
    const dek = read(page('Ferry operators and residents react to the decision'));
    expect(dek.title.value).toBe(seo);
    expect(dek.title.candidates.some((c) => c.source === 'h2')).toBe(false);
  });

  it('never makes the chrome h1\'s own text a strong candidate through the h2 that shows it', () => {
    const fields = 'Hafen Hamburg: Neuer Terminal für Containerschiffe genehmigt';
    const chrome = 'Nach zehn Jahren Streit bekommt der Hafen seinen neuen Terminal';
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${fields}</title>
      <meta property="og:title" content="${fields}"><meta name="twitter:title" content="${fields}"></head>
      <body><nav class="breadcrumb"><ul><li><a href="/">Start</a></li><li><h1>${chrome}</h1></li></ul></nav>
      <main><article><header><h2><span class="kicker">Hafen Hamburg</span> <span>${chrome}</span></h2></header>
      <p>${'Der Hafenrat hat den neuen Terminal nach zehn Jahren Streit genehmigt. '.repeat(8)}</p></article></main></body></html>`;
    const page = read(html);
    expect(page.title.candidates.filter((c) => c.strong).map((c) => c.value)).not.toContain(chrome);
    expect(check(html, { title: 'Nach zehn Jahren Streit bekommt der Hafen' }).verdict).toBe('title-mismatch');
  });

  it('never takes another record\'s headline shown in an h2: a live blog\'s first update, a listing\'s first teaser', () => {
    const live = 'Live: storm over the harbour, the latest';
    const update = 'Ferries stop as the storm reaches the outer harbour';
    const liveBlog = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${live} | Daily Example</title>
      <meta property="og:title" content="${live}">
      <script type="application/ld+json">[{"@type":"LiveBlogPosting","headline":"${live}","datePublished":"2024-03-12T08:00:00+00:00"},
        {"@type":"BlogPosting","headline":"${update}","datePublished":"2024-03-14T09:00:00+00:00"}]</script></head>
      <body><div class="sticky-bar"><nav class="breadcrumb"><h1>${live}</h1></nav></div>
      <main><article class="liveblog"><div class="post"><h2>${update}</h2><p>${'The last ferry left at noon; the harbour master closed the outer basin. '.repeat(8)}</p></div></article></main></body></html>`;
    expect(read(liveBlog).title.value).toBe(live);
    // The update's headline would pick the update's record, and its day, to date the live blog.
    expect(check(liveBlog, { title: live, date: '2024-03-12' }).verdict).toBe('verified');
    const teasers = ['Ferries stop as the storm reaches the outer harbour', 'Quay approved after a decade of debate', 'Harbour master retires after thirty years'];
    const listing = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news | Daily Example</title>
      <meta property="og:title" content="Harbour news">
      <script type="application/ld+json">[${teasers.map((t) => `{"@type":"NewsArticle","headline":"${t}"}`).join(',')}]</script></head>
      <body><nav class="breadcrumb"><h1>Harbour news</h1></nav><main>
      ${teasers.map((t) => `<article class="teaser"><h2>${t}</h2><p>${'A short summary of the story, as the listing prints it for every teaser. '.repeat(2)}</p></article>`).join('')}
      </main></body></html>`;
    expect(read(listing).title.candidates.some((c) => c.source === 'h2')).toBe(false);
  });

  it('finds the printed headline in a later opening h2 (the kicker in an h2 of its own) and in unspaced CJK', () => {
    const seo = 'Harbour quay approved: what changes for ferries and residents';
    const printed = 'A decade of dispute ends with a yes to the new quay';
    const own = socialAndPrinted(seo, printed, `<nav class="breadcrumb"><ul><li><h1>${seo}</h1></li></ul></nav><header><h2 class="kicker">Harbour row</h2><h2>${printed}</h2></header>`);
    expect(read(own).title).toMatchObject({ value: printed, source: 'h2' });
    const zhSeo = '港口新码头获批：渡轮和居民将迎来哪些变化';
    const zhPrinted = '历经十年争议港口管理局终于批准新码头建设';
    const zh = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${zhSeo}</title>
      <meta property="og:title" content="${zhSeo}"><meta name="twitter:title" content="${zhSeo}">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"${zhPrinted}"}</script></head>
      <body><nav class="breadcrumb"><ul><li><h1>${zhSeo}</h1></li></ul></nav>
      <main><article><header><h2>${zhPrinted}</h2></header><p>${'港口管理局周五开会讨论新码头的建设计划，居民代表也出席了会议。'.repeat(6)}</p></article></main></body></html>`;
    expect(read(zh).title).toMatchObject({ value: zhPrinted, source: 'h2' });
  });

  it('but not a section\'s banner h1 or a newsletter\'s name that only the <title> repeats', () => {
    const headline = 'Researchers map the harbour seabed with autonomous drones';
    const section = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News and Events | Example University</title>
      <meta property="og:site_name" content="Example University"><meta property="og:title" content="${headline}"><meta name="twitter:title" content="${headline}">
      <script type="application/ld+json">{"@graph":[
        {"@type":"CollectionPage","name":"News and Events","datePublished":"2019-01-10T09:00:00+00:00","dateModified":"2024-09-12T10:00:00+00:00"},
        {"@type":"NewsArticle","headline":"${headline}","datePublished":"2024-03-05T10:00:00+00:00"}]}</script></head>
      <body><main><div class="hero-banner"><h1>News and Events</h1></div>
      <article><h2 class="node__title">${headline}</h2><p>${'The survey drones charted the seabed of the outer harbour for a month. '.repeat(8)}</p></article></main></body></html>`;
    expect(read(section).title.value).toBe(headline);
    // The chosen headline picks the JSON-LD record that dates the page: the story's, not the section's.
    expect(check(section, { title: headline, date: '2024-03-05' }).verdict).toBe('verified');
    const issue = 'Quay approved, ferry fares frozen and a storm on the way';
    const newsletter = article({
      title: 'The Morning Harbour Briefing | Daily Example',
      head: `<meta property="og:title" content="${issue}"><meta name="twitter:title" content="${issue}">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"${issue}"}</script>`,
      body: '<header><h1>The Morning Harbour Briefing</h1></header>',
    });
    expect(read(newsletter).title.value).toBe(issue);
  });

  it('names og:title, not the twitter:title that copies it', () => {
    const social = 'Harbour authority approves the new quay';
    const html = article({
      title: 'Harbour authority approves the new quay after a decade | Daily Example',
      head: `<meta name="twitter:title" content="${social}"><meta property="og:title" content="${social}">`,
      body: '<h1>The quay at last</h1>',
    });
    expect(read(html).title).toMatchObject({ value: social, source: 'og:title' });
  });
});

describe('a news agency page titled only with the agency\'s name', () => {
  const headline = 'Qatar Calls for Immediate Ceasefire in Gaza and Lebanon';
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Qatar News Agency</title></head>
    <body><div class="news-details"><h2 class="news-title">${headline}</h2><span class="news-date">Doha, November 06 (QNA)</span>
    <div class="news-text"><div>${'The Ministry of Foreign Affairs renewed its call for an immediate ceasefire. '.repeat(4)}</div></div></div></body></html>`;
  const url = 'https://www.qna.org.qa/en/News-Area/News/2024-11/06/qatar-calls-for-immediate-ceasefire';

  it('has no readable headline: unverifiable, never a mismatch against the agency\'s name', () => {
    // A heading of a listing can look the same (a linked teaser h2): it is not taken as the headline.
    expect(check(page, { title: headline }, url).verdict).toBe('unverifiable');
    expect(check(page, { title: 'Amir Receives Phone Call from Russian President' }, url).verdict).toBe('unverifiable');
  });
});

describe('names in a Title Case headline, told by the article that follows it', () => {
  // A state agency's shape: every headline word capitalised, the names written in full below it.
  const agency = (headline: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><header><a href="/">Agency</a></header><main><article><h1>${headline}</h1><p>${body}</p></article></main></body></html>`;
  const greetings = agency(
    'Kim Jong Un Sends Greetings to Russian President',
    'Kim Jong Un, general secretary of the party, sent a message of greeting to the Russian President on his birthday. ' +
      'In the message, Kim Jong Un wished the president and the people success in their work. The greetings were sent on Monday.',
  );
  const diplomacy = agency(
    'South Korea, Japan Agree to Resume Shuttle Diplomacy',
    'The foreign ministers of South Korea and Japan met in Seoul and agreed to resume regular visits. ' +
      'Officials said the talks with Japan covered trade and security. The agreement ends a pause of several years.',
  );

  it('catches one name cited for another where every word is capitalised', () => {
    const swapped = check(greetings, { title: 'Kim Jong Il Sends Greetings to Russian President' });
    expect(swapped.verdict).toBe('title-mismatch');
    expect(swapped.reason).toMatch(/a name differs/);
    expect(check(diplomacy, { title: 'South Korea, China Agree to Resume Shuttle Diplomacy' }).verdict).toBe('title-mismatch');
  });

  it('still verifies the headline as cited, with a changed word that is no name', () => {
    expect(check(greetings, { title: 'Kim Jong Un Sends Greetings to Russian President' }).verdict).toBe('verified');
    expect(check(greetings, { title: 'Kim Jong Un Sends Greeting to Russian President' }).verdict).toBe('verified');
    expect(check(diplomacy, { title: 'South Korea, Japan Agree To Resume Shuttle Diplomacy' }).verdict).toBe('verified');
  });
});

describe('a blog\'s name before a colon in its <title>', () => {
  const post = 'Parken in Paris: drei Tage im Kreis';
  const page = (title: string, masthead: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="header"><h1 class="title"><a href="/">${masthead}</a></h1></div><div class="main"><div class="post hentry"><h3 class="post-title entry-title">${post}</h3>
<div class="post-body entry-content"><p>${'Einen Parkplatz in der Altstadt zu finden ist eine Kunst für sich, und die Garagen sparen Stunden. '.repeat(4)}</p></div></div></div></body></html>`;

  it('is cut when the masthead prints that name (Blogger: "Blog Name: Post Title")', () => {
    const title = read(page(`Mein Blog: ${post}`, 'Mein Blog'), 'text/html', 'https://meinblog.example/2024/04/parken.html').title;
    expect(title.value).toBe(post);
    // The whole <title> stays a candidate, as a citation may give it.
    expect(title.candidates).toContainEqual({ value: `Mein Blog: ${post}`, source: '<title>', strong: false });
  });

  it('but not a name the hero prints over an interview, outside the site\'s header', () => {
    const interview = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jane Doe: I never wanted the harbour to close</title></head><body>
<div class="hero"><h1>Jane Doe</h1><h2>I never wanted the harbour to close</h2></div><article><p>${'The former harbour master talks about forty years on the quays and the day the cranes stopped. '.repeat(4)}</p></article></body></html>`;
    expect(read(interview, 'text/html', 'https://news.example/interviews/jane-doe').title.candidates.some((c) => c.value === 'Jane Doe')).toBe(true);
  });

  it('but a kicker before a colon stays when it is not the site\'s name', () => {
    expect(read(page(`Verkehr: ${post}`, 'Mein Blog'), 'text/html', 'https://meinblog.example/2024/04/parken.html').title.value).toBe(`Verkehr: ${post}`);
  });
});

// Small pages in the markup style of the commentary's outlets (see shared/references.md).

export function koreaTimesPage(title: string, posted: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${title} - The Korea Times</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="The Korea Times">
</head><body>
<header><div class="clock">Fri, November 29, 2026 | 16:40</div><nav><a href="/">Home</a></nav></header>
<article><h1 class="view_headline">${title}</h1>
<div class="view_date">Posted : ${posted} / Updated : ${posted}</div>
<p>By Yonhap</p><p>Body text of the article.</p></article>
<footer>© The Korea Times 2026</footer></body></html>`;
}

export function joongAngPage(title: string, published: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Korea JoongAng Daily">
</head><body>
<header><nav><a href="/">Korea JoongAng Daily</a></nav></header>
<article><h1 class="view-article-title">${title}</h1>
<div class="byline">SEO JI-EUN [seo.jieun@joongang.co.kr]</div>
<div class="date">Published: ${published}</div><p>Text.</p></article>
<footer>Copyright 2026</footer></body></html>`;
}

export function alJazeeraPage(title: string, isoDate: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${title} | Russia-Ukraine war News | Al Jazeera</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Al Jazeera">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"${isoDate}"}</script>
</head><body><main><div class="article-header"><h1>${title}</h1></div>
<div class="article-dates"><span>Published On ${isoDate.slice(0, 10)}</span></div><p>Text.</p></main></body></html>`;
}

export const NOT_FOUND_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page not found - The Korea Herald</title></head>
<body><h1>Page not found</h1><p>The page you requested does not exist.</p></body></html>`;

export const HOME_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Korea Times</title>
<meta property="og:title" content="The Korea Times"></head><body><h1>Top stories</h1></body></html>`;

export const CHALLENGE_PAGE = `<!DOCTYPE html><html><head><title>Just a moment...</title></head>
<body><div id="challenge-running">Checking your browser</div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>`;

export const JS_ONLY_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body><div id="root"></div><script src="/static/app.js"></script></body></html>`;

// Is this page the article at all? Not-found pages, bot walls and login walls are told by the
// page's title, main heading and structure — never by a word in the body, which an article about
// a "404 error" or with a reCAPTCHA on its comment form would trip.
import { isChallengeResponse } from '../challenge-headers.js';
import type { PageSignals, TitleCandidate } from '../types.js';
import type { ParsedPage } from './page.js';

const NOT_FOUND = new RegExp(
  [
    String.raw`\b404\b`, String.raw`\b410\b`, 'not found', 'page not found', String.raw`^\W*error\W*$`, String.raw`^\W*(?:an )?error (?:occurred|has occurred)`,
    "doesn[’']?t exist", 'does not exist', 'no longer (?:available|exists)', 'page (?:is )?(?:missing|unavailable)',
    'cannot be found', "can[’']?t be found", "couldn[’']?t find", 'could not find', 'page you requested',
    '(?:the )?page you(?: a|\'|’)?re looking for', '(?:the )?page you were looking for',
    '페이지를 찾을 수 없', '존재하지 않는', '존재하지 않습니다', '찾을 수 없는 페이지', '찾을 수 없습니다', '삭제된 기사', '없는 기사',
    '삭제되었습니다', '삭제되었거나', // ko
    'ページが見つかりません', '页面不存在', '找不到', // ja, zh
    'seite nicht gefunden', 'nicht gefunden', 'existiert nicht', // de
    'page introuvable', "n[’']existe pas", 'page non trouvée', // fr
    'página no encontrada', 'no existe', 'página não encontrada', // es, pt
    'pagina non trovata', 'pagina niet gevonden', // it, nl
    'страница не найдена', 'не найдена', 'сторінку не знайдено', 'сторінка не знайдена', 'не знайдено', // ru, uk
    'sayfa bulunamadı', 'bulunamadı', // tr
    'غير موجود', 'غير موجودة', 'غير متوفرة', 'غير متوفر', 'لم يتم العثور', // ar
    'has been removed', '(?:content|page|article|story) (?:is )?(?:currently )?unavailable', "can[’']?t find", 'has expired', // en, more
  ].join('|'),
  'i',
);
/** In a not-found heading the phrase is most of the text; a headline that mentions a 404 says more. */
const NOT_FOUND_MAX_OTHER_WORDS = 4;
/** More text outside chrome than a wall's teaser, offer and legal lines ever carry. */
const WALL_MAX_CONTENT_CHARS = 3000;
/** Paragraph-long blocks of text (ParsedPage.textBlocks) that make a body: a wall's teaser and offer are fewer. */
const MIN_BODY_BLOCKS = 5;
/** Words besides the sign-in phrase a login page's title has ("Sign in to your account | Site"). */
const LOGIN_TITLE_MAX_OTHER_WORDS = 4;
const NOT_FOUND_ALL = new RegExp(NOT_FOUND.source, 'gi');

/**
 * A notice that this article itself was taken down, as a dead article's page prints it: the page
 * speaking of itself ("This article has been removed", "The page you requested is no longer
 * available", "삭제된 기사입니다"), in the present. Narrower than NOT_FOUND: a brief reporting that
 * a post "was deleted" or a report "is no longer available on the ministry's website" is news.
 */
const REMOVED_NOTICE = new RegExp(
  [
    // A heading of a few words: "Article removed", "Story no longer available".
    String.raw`^\W*(?:article|story|page|content) (?:removed|deleted|unavailable|no longer available)\W*$`,
    String.raw`^\W*(?:sorry[,.!]?\s*)?this (?:article|story|page|content|post) (?:has been (?:removed|deleted|taken down|unpublished|withdrawn|archived)|is (?:no longer|not) (?:available|online)|has expired|no longer exists)`,
    String.raw`^\W*(?:sorry[,.!]?\s*)?the (?:article|story|page|content) you(?: requested| are looking for|['’]re looking for| were looking for) (?:has been (?:removed|deleted|archived)|is no longer available|no longer exists|has expired|(?:could not|cannot|can['’]t) be found)`,
    '삭제된 기사입니다', '기사가 삭제되었습니다', '기사는 삭제되었습니다', '존재하지 않는 기사입니다', '기사를 찾을 수 없습니다', // ko
    'この記事は削除されました', '記事は削除されました', '記事が見つかりません', '掲載期間(?:が|は)終了', // ja
    '^\\W*(?:该|此|這篇|该篇|本|該)?(?:文章|内容|內容|新闻|新聞)已(?:被(?:发布者|發布者)?)?(?:删除|刪除|下架)', // zh
    String.raw`^\W*(?:dieser (?:artikel|beitrag) (?:ist (?:leider )?nicht mehr verfügbar|wurde (?:entfernt|gelöscht|depubliziert))|(?:der )?(?:artikel|beitrag) ist (?:leider )?nicht mehr verfügbar)`, // de
    "^\\W*(?:cet|ce) (?:article|contenu) n['’]est plus disponible", // fr
    '^\\W*(?:este|esta) (?:artículo|contenido|noticia) ya no está disponible', // es
    '^\\W*(?:este|esta) (?:artigo|matéria|conteúdo) não está mais disponível', '^\\W*(?:questo|quest[’\']|la|l[’\']) ?(?:articolo|notizia|pagina) non è più disponibile', // pt, it
    '^\\W*(?:статья|материал) (?:удал[её]н[а]?|недоступ[ен][а]?)', '^\\W*(?:المقال|الخبر) غير (?:متوفر|موجود)', // ru, ar
  ].join('|'),
  'iu',
);
/** At most this much text outside chrome: a notice and its links, no article under it. */
const NOTICE_PAGE_MAX_CHARS = 500;

const BOT_TITLES = /^(just a moment\.{0,3}|attention required!? \| cloudflare|access denied|access to this page has been denied\.?|are you a robot\??|robot check|security check|verifying you are human.*|one more step|please verify you are a human|pardon our interruption|ddos-guard|checking your browser.*|please wait\.{0,3})$/i;
/** "Your browser is not supported": a page for clients a site turns away. */
const UNSUPPORTED_BROWSER = /^(?:your browser is not supported|unsupported browser|browser not supported|please (?:upgrade|update) your browser)\.?$/i;
const LOGIN_TITLES = /(^|\W)(sign ?in|log ?in|subscribe to (?:continue|read)|subscription required|로그인|회원가입|anmelden|einloggen|connexion|se connecter|iniciar sesión|войти|вход|увійти|giriş yap|oturum aç)(\W|$)/iu;

/** How cookie-consent interstitials title themselves (Google's "Before you continue", CMPs' privacy pages). */
const CONSENT_TITLES = /^(?:before you continue|bevor sie (?:fortfahren|weitergehen)|avant de continuer|antes de continuar|prima di continuare|voordat je verdergaat|zanim przejdziesz dalej|we value your privacy|your privacy choices|your privacy matters|cookie (?:consent|settings|preferences|policy consent)|manage (?:your )?(?:cookies|privacy|consent)|privacy (?:settings|preferences|gate)|wir respektieren ihre privatsphäre|datenschutz(?:einstellungen| ?hinweis)|(?:zustimmung|einwilligung) (?:zu )?cookies)\b/i;

export interface SignalInput {
  page: ParsedPage;
  titles: TitleCandidate[];
  headers: Record<string, string> | undefined;
  /** True when metadata says the page is an article with a publication date. */
  hasArticleEvidence: boolean;
}

export function detectSignals({ page, titles, headers, hasArticleEvidence }: SignalInput): PageSignals {
  const documentTitle = (page.title ?? '').replace(/\s+/g, ' ').trim();
  const h1s = page.h1s.filter((h) => !h.excluded && h.text).map((h) => h.text);
  // With no h1 of its own, a page's first h2 is its main heading ("페이지를 찾을 수 없습니다").
  const headings = h1s.length > 0 ? h1s : page.h2s.slice(0, 1).map((h) => h.text);
  const announcing = [documentTitle, ...titles.filter((t) => t.source === '<title>').map((t) => t.value), ...headings];

  const botWall = isBotWall(page, documentTitle, headers, hasArticleEvidence);
  const saysNotFound = !botWall && [...new Set(announcing)].some(saysNotFoundText);
  // A real article whose own metadata headline is normal is not a 404, whatever a widget says.
  const metaHeadlineNormal = (): boolean => titles.some((t) => t.strong && t.source !== '<title>' && t.source !== 'h1' && !saysNotFoundText(t.value));
  const notFound = saysNotFound && !(hasArticleEvidence && metaHeadlineNormal());
  // A dead article's page may keep its old og:title and date over nothing but a removal notice.
  const articleRemoved = !botWall && !notFound && hasNoBody(page) && isRemovedArticle(page, titles, announcing);

  // A body set in <div>s or between <br>s outweighs a sign-in box or a paywall element; against a
  // title that calls the page a login page only on a page dated as an article (a login page's
  // terms and FAQ may run as long, but carry no publication date).
  const bodyOfBlocks = page.textBlocks >= MIN_BODY_BLOCKS;
  const thin = hasFewParagraphs(page) && !(hasArticleEvidence && bodyOfBlocks);
  const loginStructure = page.walls.passwordInputs > 0 || page.walls.loginForms > 0 || page.walls.paywallElements > 0;
  const loginTitle = announcing.some(isLoginTitle);
  // A sign-in form or a subscribe box beside a long text is an article with a login option; the
  // text of a wall is a teaser and an offer.
  const bodyOfText = page.contentTextChars >= WALL_MAX_CONTENT_CHARS;
  const loginWall = !botWall && !notFound && thin && (loginTitle || (loginStructure && !hasArticleEvidence && !bodyOfText && !bodyOfBlocks));
  // A consent interstitial announces itself in its title or heading and carries no article.
  const consentWall = !botWall && !notFound && thin && !bodyOfText && announcing.some((t) => t.length > 0 && t.length < 120 && CONSENT_TITLES.test(t));
  return { notFound, botWall, loginWall, consentWall, ...(articleRemoved ? { articleRemoved } : {}) };
}

/** Almost no text outside chrome: not even the short item a news brief is. */
function hasNoBody(page: ParsedPage): boolean {
  return page.contentTextChars < NOTICE_PAGE_MAX_CHARS && page.paragraphs < 3 && page.textBlocks < 3;
}

/**
 * On a page with no body: a heading or title that says "not found", or a short heading or a line
 * of its little text that says this article was taken down — none of them the article's own kept
 * headline or a cut of it (a brief headlined "Dow falls 410 points" or "Gaza truce has expired"
 * is news).
 */
function isRemovedArticle(page: ParsedPage, titles: TitleCandidate[], announcing: string[]): boolean {
  const keptHeadlines = new Set(titles.filter((t) => t.strong && t.source !== '<title>' && t.source !== 'h1').map((t) => loose(t.value)));
  const notKept = (text: string) => !isPartOfKept(text, keptHeadlines);
  if (announcing.some((text) => saysNotFoundText(text) && notKept(text))) return true;
  const headings = [...page.h1s, ...page.h2s].filter((h) => !h.excluded && h.text.length <= 120 && notKept(h.text)).map((h) => h.text);
  // Each block of the lead text, and each sentence in it: a notice may follow a kept standfirst.
  const leadLines = page.leadText.split('\n').filter((line) => notKept(line) && !page.h1s.some((h) => h.text.trim() === line.trim()))
    .flatMap((line) => line.split(/(?<=[.!?。])\s+/u)).map((line) => line.trim());
  return [...headings, ...leadLines].some((text) => text.length > 0 && REMOVED_NOTICE.test(text));
}

/** The kept headline itself, or a part of it (a <title> cut short: "Dow falls 410 points"). */
function isPartOfKept(text: string, keptHeadlines: ReadonlySet<string>): boolean {
  // A document title's first part, before its site's name ("Twitter no longer exists | Site").
  return [text, text.split(/\s[|–—-]\s/u)[0]!].some((part) => {
    const folded = loose(part);
    return folded.length > 0 && [...keptHeadlines].some((kept) => kept.includes(folded));
  });
}

/** Case and spacing folded, to compare a heading with a kept headline. */
function loose(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Neither article paragraphs nor a body of text outside chrome: what an interstitial carries. */
function hasNoArticle(page: ParsedPage): boolean {
  return hasFewParagraphs(page) && page.contentTextChars < WALL_MAX_CONTENT_CHARS;
}

function hasFewParagraphs(page: ParsedPage): boolean {
  return page.articleTextChars < 600 && page.paragraphs < 3;
}

/**
 * A title that announces a sign-in or subscription page: it starts with the phrase ("Log in or
 * sign up to read this story") or is little else ("Subscribe to continue | Site"). A headline
 * that mentions logging in ("Millions unable to log in to Kakao after fire") is not one.
 */
function isLoginTitle(text: string): boolean {
  if (text.length === 0 || text.length >= 80) return false;
  // "Subscribers only" and its like name a wall only when they are little else ("Members Only
  // jacket makes a comeback" is a headline).
  const restricted = SUBSCRIBERS_ONLY.exec(text);
  if (restricted && wordsOutside(text, restricted) <= LOGIN_TITLE_MAX_OTHER_WORDS) return true;
  const matches = [...text.matchAll(LOGIN_TITLES_ALL)];
  if (matches.length === 0) return false;
  // At the start of the title or of one of its sentences ("This article is for subscribers only. Log in …").
  if (matches.some((match) => /(?:^|[.!?:]\s)\W*$/u.test(text.slice(0, match.index + match[1]!.length)))) return true;
  return wordsOutside(text, matches[0]!) <= LOGIN_TITLE_MAX_OTHER_WORDS;
}

const LOGIN_TITLES_ALL = new RegExp(LOGIN_TITLES.source, 'giu');
const SUBSCRIBERS_ONLY = /(?:for )?(?:subscribers|members) only|premium content/iu;

/** Words of `text` outside the matched phrase. */
function wordsOutside(text: string, match: RegExpExecArray | RegExpMatchArray): number {
  const rest = text.slice(0, match.index) + text.slice(match.index! + match[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function saysNotFoundText(text: string): boolean {
  if (text.length === 0 || text.length > 200 || !NOT_FOUND.test(text)) return false;
  const rest = text.replace(NOT_FOUND_ALL, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return rest.length <= NOT_FOUND_MAX_OTHER_WORDS;
}

function isBotWall(page: ParsedPage, title: string, headers: Record<string, string> | undefined, hasArticleEvidence: boolean): boolean {
  if (isChallengeResponse(headers)) return true;
  // Bot-management scripts (Cloudflare's invisible challenge, DataDome's tag) ride along on
  // ordinary articles too: they mark a wall only on a page with no article of its own.
  if (page.walls.challenge.length > 0 && hasNoArticle(page)) return true;
  // A server that turns our client away by its user agent says so in its title's first part or heading.
  if ([title.split(/\s+[|–—-]\s+/u)[0] ?? '', ...page.h1s.filter((h) => !h.excluded).map((h) => h.text)].some((text) => UNSUPPORTED_BROWSER.test(text.trim())) && hasFewParagraphs(page)) return true;
  if (BOT_TITLES.test(title)) {
    // "Access Denied" is also an ordinary headline word; Akamai's page carries its "Reference #".
    if (!/^access denied$/i.test(title)) return true;
    return page.segments.some((s) => /Reference\s*#\s*[\d.a-f]+/i.test(s.text)) || page.articleTextChars < 300;
  }
  // An interactive captcha on a page with no article is a challenge, not a comment form.
  // An article's body in <div>s or <br>s counts only on a page dated as an article: a challenge
  // page may explain itself in as many blocks.
  const bodyOfBlocks = hasArticleEvidence && page.textBlocks >= MIN_BODY_BLOCKS;
  const thin = page.articleTextChars < 300 && page.paragraphs < 2 && !bodyOfBlocks && page.contentTextChars < WALL_MAX_CONTENT_CHARS;
  return page.walls.captchaWidgets > 0 && thin && !page.h1s.some((h) => !h.excluded && h.text.length > 30);
}

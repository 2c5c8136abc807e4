// JSON-LD as real sites write it: @graph, arrays, nested objects, and broken JSON (trailing commas,
// raw newlines inside strings, HTML-escaped quotes, CDATA and comment wrappers).
import { decodeHTMLStrict } from '../entities.js';

export interface JsonLdFacts {
  headlines: string[];
  /** The `url` (or `@id`) of the object each headline came from, null when it gives none. */
  headlineUrls: (string | null)[];
  /** `name` of article-like objects: a headline when no `headline` is given. */
  names: string[];
  published: string[];
  created: string[];
  modified: string[];
  siteNames: string[];
  /** One entry per object that carries a date: which work the dates belong to. */
  records: JsonLdRecord[];
}

export interface JsonLdRecord {
  types: string[];
  headline: string | null;
  url: string | null;
  published: string[];
  created: string[];
  modified: string[];
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blog|webpage|creativework|scholarly|liveblog|review|analysis|opinion|backgroundnews/i;
const SITE_TYPE = /^(website|organization|newsmediaorganization|corporation|person)$/i;
/** Keys under which other works hang (lists, parts, mentions): their dates and names are not the page's. */
const FOREIGN_KEYS = new Set([
  'itemlistelement', 'haspart', 'relatedlink', 'mentions', 'about', 'citation', 'video', 'image', 'author',
  'creator', 'publisher', 'sourceorganization', 'comment', 'review', 'associatedmedia', 'thumbnail', 'logo',
  'breadcrumb', 'potentialaction', 'significantlink', 'workexample', 'recipeinstructions',
  // A live blog's entries, and works this one is based on or translates: each has its own date.
  'liveblogupdate', 'isbasedon', 'subjectof', 'worktranslation', 'translationofwork',
]);

export function readJsonLd(scripts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = { headlines: [], headlineUrls: [], names: [], published: [], created: [], modified: [], siteNames: [], records: [] };
  for (const script of scripts) {
    const data = parseLenient(script);
    if (data !== undefined) visit(data, facts, 0);
  }
  return facts;
}

function visit(node: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, facts, depth + 1);
    return;
  }
  const object = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(object['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  const isSite = types.some((t) => SITE_TYPE.test(t));
  const isArticle = types.some((t) => ARTICLE_TYPE.test(t)) && !isSite;
  const isWebPage = types.some((t) => /^webpage$/i.test(t));

  const name = text(object.name);
  if (isSite && name && /website|organization/i.test(types.join(' '))) facts.siteNames.push(name);
  const publisherName = text((object.publisher as Record<string, unknown> | undefined)?.name);
  if (publisherName) facts.siteNames.push(publisherName);

  if (!isSite) {
    const headline = text(object.headline);
    if (headline) {
      facts.headlines.push(headline);
      facts.headlineUrls.push(text(object.url) ?? text(object['@id']));
    }
    if (isArticle && !isWebPage && name) facts.names.push(name);
    const record: JsonLdRecord = {
      types, headline: headline ?? name, url: text(object.url) ?? text(object['@id']),
      published: pushDates(object.datePublished, []), created: pushDates(object.dateCreated, []), modified: pushDates(object.dateModified, []),
    };
    facts.published.push(...record.published);
    facts.created.push(...record.created);
    facts.modified.push(...record.modified);
    if (record.published.length + record.created.length + record.modified.length > 0 && facts.records.length < 50) facts.records.push(record);
  }
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && typeof value === 'object' && !FOREIGN_KEYS.has(key.toLowerCase())) visit(value, facts, depth + 1);
  }
}

function pushDates(value: unknown, into: string[]): string[] {
  for (const item of ([] as unknown[]).concat(value ?? [])) {
    if (typeof item === 'string' && item.trim()) into.push(item.trim());
    else if (typeof item === 'number' && item > 1000) into.push(String(item));
  }
  return into;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return text((value as { '@value': unknown })['@value']);
  return null;
}

/** JSON.parse, then again after repairing the faults real pages ship. */
export function parseLenient(source: string): unknown {
  let body = source.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '').trim();
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    // fall through to the repairs
  }
  if (/&quot;|&#34;|&#x22;/i.test(body) && !body.includes('"')) body = decodeHTMLStrict(body);
  try {
    return JSON.parse(repair(body));
  } catch {
    return undefined;
  }
}

/** Escapes raw control characters inside strings and drops trailing commas outside them. */
function repair(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inString) {
      if (ch === '\\') { out += ch + (source[i + 1] ?? ''); i++; continue; }
      if (ch === '"') inString = false;
      if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (ch < ' ') out += ' ';
      else out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      const next = /^\s*([}\]])/.exec(source.slice(i + 1, i + 64));
      if (next || /^\s*$/.test(source.slice(i + 1))) continue;
    }
    out += ch;
  }
  // A script holding two objects back to back ("}{" or "}\n{") is a list the author forgot to wrap.
  if (/}\s*{/.test(out) && !out.trimStart().startsWith('[')) {
    const wrapped = `[${out.replace(/}\s*{/g, '},{')}]`;
    try { JSON.parse(wrapped); return wrapped; } catch { /* keep the single repair */ }
  }
  return out;
}

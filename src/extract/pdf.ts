// A PDF's title and date from its document information dictionary (/Title, /CreationDate) and its
// XMP packet (dc:title, xmp:CreateDate, prism:publicationDate). No rendering, no text extraction.
import type { PageMetadata, TitleCandidate } from '../types.js';
import type { DateEvidence } from './date-candidates.js';
import { chooseDate } from './date-choose.js';
import { parseMachineDate } from './date-parse.js';
import { isPlaceholderTitle } from './placeholder-title.js';
import { decodeXML } from '../entities.js';
import { chooseTitle } from './title.js';
import { dictString, findObject, openPdf, streams, type PdfFile } from './pdf-objects.js';

/**
 * The file starts with %PDF- (after a BOM or whitespace some servers prepend). Looking anywhere in
 * the first kilobyte took an HTML page that mentions "%PDF-1.7" for a PDF.
 */
export function isPdf(body: Buffer): boolean {
  let at = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (at < body.length && at < 1024 && (body[at] === 0x20 || body[at] === 0x09 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x0c || body[at] === 0x00)) at++;
  return body.subarray(at, at + 5).toString('latin1') === '%PDF-';
}

export function extractPdfMetadata(body: Buffer, now?: Date): PageMetadata {
  const pdf = openPdf(body);
  const info = readInfo(pdf);
  const xmp = readXmp(pdf);
  const titles: TitleCandidate[] = [];
  for (const [value, source] of [[xmp.title, 'pdf:xmp'], [info.title, 'pdf:info']] as const) {
    const cleaned = value?.replace(/\s+/g, ' ').trim();
    if (cleaned && !titles.some((t) => t.value === cleaned)) titles.push({ value: cleaned, source, strong: !looksLikeFileName(cleaned) });
  }
  const evidence: DateEvidence[] = [];
  const add = (raw: string | null, source: string, kind: 'published' | 'modified', weight: number): void => {
    const parsed = raw ? parsePdfDate(raw) ?? parseMachineDate(raw) : null;
    if (parsed) evidence.push({ ...parsed, source, kind, weight });
  };
  add(xmp.publicationDate, 'pdf:xmp:publicationDate', 'published', 3);
  // A deliberate publication date outweighs both creation stamps together (they record the file).
  add(xmp.createDate, 'pdf:xmp:CreateDate', 'published', 1);
  add(info.creationDate, 'pdf:info:CreationDate', 'published', 1);
  add(xmp.modifyDate, 'pdf:xmp:ModifyDate', 'modified', 1);
  add(info.modDate, 'pdf:info:ModDate', 'modified', 1);
  const title = chooseTitle(titles);
  return {
    title: titles.some((t) => t.strong) ? title : { value: null, source: null, candidates: titles },
    date: chooseDate(evidence, now),
    canonical: null,
    siteName: null,
    language: xmp.language,
    signals: { notFound: false, botWall: false, loginWall: false, consentWall: false },
  };
}

interface InfoFields { title: string | null; creationDate: string | null; modDate: string | null }

function readInfo(pdf: PdfFile): InfoFields {
  const refs = [...pdf.text.matchAll(/\/Info\s+(\d+)\s+\d+\s+R/g)];
  const ref = refs[refs.length - 1];
  const dict = ref ? findObject(pdf, Number(ref[1])) : null;
  if (!dict) return { title: null, creationDate: null, modDate: null };
  return {
    title: dictString(pdf, dict, 'Title'),
    creationDate: dictString(pdf, dict, 'CreationDate'),
    modDate: dictString(pdf, dict, 'ModDate'),
  };
}

interface XmpFields {
  title: string | null; createDate: string | null; modifyDate: string | null;
  publicationDate: string | null; language: string | null;
}

function readXmp(pdf: PdfFile): XmpFields {
  let packet = xmpPacket(pdf.text);
  if (!packet) {
    // Some writers compress the metadata stream too.
    for (const stream of streams(pdf.text, (d) => /\/Metadata/.test(d) && /\/FlateDecode/.test(d))) {
      packet = xmpPacket(stream.data.toString('latin1'));
      if (packet) break;
    }
  }
  if (!packet) return { title: null, createDate: null, modifyDate: null, publicationDate: null, language: null };
  const xml = Buffer.from(packet, 'latin1').toString('utf8');
  const titleBody = elementBody(xml, 'dc:title');
  const title = (titleBody === null ? null : elementBody(titleBody, 'rdf:li')) ?? xmpValue(xml, 'dc:title');
  const languageBody = elementBody(xml, 'dc:language');
  const language = languageBody === null ? null : elementBody(languageBody, 'rdf:li');
  return {
    title: title ? decodeXML(title).trim() || null : null,
    createDate: xmpValue(xml, 'xmp:CreateDate'),
    modifyDate: xmpValue(xml, 'xmp:ModifyDate'),
    publicationDate: xmpValue(xml, 'prism:publicationDate') ?? xmpValue(xml, 'prism:coverDate'),
    language: language && !language.includes('<') ? language.trim() || null : null,
  };
}

/**
 * An XMP packet is a few kilobytes; a hostile or broken file can hold megabytes of unclosed tags.
 * Past this the reading below would still be linear, but there is nothing left worth reading.
 */
const XMP_PACKET_MAX = 64 * 1024;

function xmpPacket(text: string): string | null {
  const start = text.indexOf('<x:xmpmeta');
  if (start < 0) return null;
  const end = text.indexOf('</x:xmpmeta>', start);
  return text.slice(start, end < 0 ? start + XMP_PACKET_MAX : Math.min(end + 12, start + XMP_PACKET_MAX));
}

/**
 * What lies between the first <name ...> and its </name>, found with indexOf: regexes with a lazy
 * [\s\S]*? restart at every unclosed opening tag, which made a packet of repeated tags quadratic.
 */
function elementBody(xml: string, name: string): string | null {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml[at + open.length];
    if (next !== '>' && next !== '/' && next !== ' ' && next !== '\n' && next !== '\r' && next !== '\t') continue;
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0 || xml[tagEnd - 1] === '/') return null;
    const close = xml.indexOf(`</${name}>`, tagEnd);
    return close < 0 ? null : xml.slice(tagEnd + 1, close);
  }
  return null;
}

/** A simple XMP property, written as an element or as an attribute of rdf:Description. */
function xmpValue(xml: string, name: string): string | null {
  const element = elementBody(xml, name);
  if (element !== null && !element.includes('<') && element.trim()) return decodeXML(element.trim());
  // Bounded values: an unclosed quote must not make every later attribute rescan the packet.
  const attribute = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"<]{0,500})"|'([^'<]{0,500})')`).exec(xml);
  const value = attribute?.[1] ?? attribute?.[2];
  return value?.trim() ? decodeXML(value.trim()) : null;
}

/** "D:20220630142501+09'00'" → the day as written and the full timestamp. */
export function parsePdfDate(raw: string): Omit<DateEvidence, 'source' | 'kind' | 'weight'> | null {
  // XMP writes ISO dates ("2022-06-30"); those are parseMachineDate's, not this format's.
  if (!raw.trim().startsWith('D:') && /^\d{4}-/.test(raw.trim())) return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z, sign, oh, om] = m;
  const iso = d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y!;
  const zone = z ? 'Z' : sign ? `${sign}${oh}:${om ?? '00'}` : '';
  const parsed = parseMachineDate(h && mi ? `${iso}T${h}:${mi}:${s ?? '00'}${zone}` : iso);
  if (!parsed) return null;
  return { value: parsed.value, datetime: parsed.datetime, zone: parsed.zone, instant: parsed.instant, offsetMinutes: parsed.offsetMinutes };
}

/** Writers often leave the file name as the title ("Microsoft Word - report.docx", "report_2024_11.hwp"). */
const FILE_NAME_TITLE = /^microsoft (?:word|powerpoint|excel) - |\.(?:docx?|pdf|indd|idml|tex|pptx?|xlsx?|rtf|odt|hwpx?|pages|key)$/i;

function looksLikeFileName(title: string): boolean {
  const trimmed = title.trim();
  return FILE_NAME_TITLE.test(trimmed) || isPlaceholderTitle(trimmed);
}

import { extractMetadata } from '../../src/extract/index.js';

export const NOW = new Date('2026-11-29T12:00:00Z');

/** Extract from an inline HTML string as if fetched from `url` at NOW. */
export function extractHtml(html: string, url: string | null = 'https://news.example.com/article/1', headers?: Record<string, string>) {
  return extractMetadata(Buffer.from(html, 'utf8'), { contentType: 'text/html; charset=utf-8', url, now: NOW, headers });
}

export function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

export const PARAGRAPHS = '<p>' + 'The defence ministry said on Wednesday that the troops had been deployed to the front. '.repeat(3) + '</p>';

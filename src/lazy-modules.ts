// CommonJS libraries loaded by require on first use, not imported: importing made Node load them at
// every start (both of inspect's threads) though most runs never need them. tldts carries the whole
// public-suffix list (~0.07 s to lex), asked only for a site or a domain; iconv-lite only for pages
// not in UTF-8 or with mojibake to repair.
import { createRequire } from 'node:module';

function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(import.meta.url)(name) as T);
}

export const tldts = onFirstUse<typeof import('tldts')>('tldts');
export const iconv = onFirstUse<typeof import('iconv-lite')>('iconv-lite');

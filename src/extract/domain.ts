// tldts, loaded on first use and through require: it carries the whole public-suffix list, and
// importing it as ESM made Node lex that CommonJS file at every start (~0.1 s), even for `inspect`
// on saved files, which never ask for a domain.
import { createRequire } from 'node:module';

type Tldts = typeof import('tldts');
let tldts: Tldts | undefined;

export function getDomainWithoutSuffix(url: string): string | null {
  tldts ??= createRequire(import.meta.url)('tldts') as Tldts;
  return tldts.getDomainWithoutSuffix(url);
}

// tldts, loaded on first use and through require: it carries the whole public-suffix list, and
// importing it as ESM made Node lex that CommonJS file at every start (~0.07 s), even for `inspect`
// on saved files, which never ask for a domain.
import { createRequire } from 'node:module';

type Tldts = typeof import('tldts');
let tldtsModule: Tldts | undefined;

export function tldts(): Tldts {
  tldtsModule ??= createRequire(import.meta.url)('tldts') as Tldts;
  return tldtsModule;
}

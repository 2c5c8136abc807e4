// iconv-lite, loaded by require on first use: most pages are UTF-8 without mojibake, and importing
// it cost every start (both of inspect's threads) the loading of a CommonJS module.
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;

export function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

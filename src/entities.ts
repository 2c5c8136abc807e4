// Entity decoding for text the tokenizer does not decode (JSON-LD strings, double-encoded metas, PDF
// XMP, cited titles in verify/). The CommonJS copy of entities' decoder, by require: htmlparser2 has loaded that very module
// already, while importing the package as ESM loaded a second copy of its tables plus the encoder
// (~25 ms of every start, on both of inspect's threads).
import { createRequire } from 'node:module';

const decode = createRequire(import.meta.url)('entities/decode') as typeof import('entities/decode');

export const { decodeHTML, decodeHTMLStrict, decodeXML } = decode;

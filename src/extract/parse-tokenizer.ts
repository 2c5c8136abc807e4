// htmlparser2's Parser and Tokenizer, with the same events for everything the rules read but less
// work for what they never read. On real pages most of what is left after elide.ts is markup, and
// a fifth of it is attribute values no rule reads (srcset, data-* JSON, inline SVG path data). The
// tokenizer steps through every character in JavaScript; these subclasses jump with the native
// String indexOf where the stock one would only look for a single character anyway, and the parser
// builds attribute objects with only the names some rule reads.
// The overridden methods are the library's internals (htmlparser2 10.x): package.json pins its
// major, and test/extract/parse-tokenizer.test.ts compares every event with the stock classes'.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Parser as HtmlParser } from 'htmlparser2';

/** Every attribute name a rule reads (parse-stack.ts, parse-elements.ts, parse.ts). */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  'action', 'class', 'content', 'datetime', 'href', 'http-equiv', 'id', 'itemprop', 'itemtype', 'lang', 'name',
  'property', 'pubdate', 'rel', 'role', 'src', 'title', 'type', 'value', 'xml:lang',
]);

/** Every read name, undefined: the one shape every element's attributes are copied from. */
const ATTRIBUTES_TEMPLATE = Object.fromEntries([...READ_ATTRIBUTES].map((name) => [name, undefined])) as unknown as Readonly<Record<string, string>>;

/**
 * Every element's attributes in one object shape, each read name present (undefined when absent):
 * objects built by adding whichever attributes an element has take hundreds of shapes, and the
 * rules' reads (attribs.class, attribs.itemprop...) then kept V8 re-optimising them all run long.
 */
function newAttributes(): Record<string, string> {
  return { ...ATTRIBUTES_TEMPLATE };
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The parts of htmlparser2's Tokenizer these subclasses touch (private in its typings). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  cbs: { skipAttribute?: boolean };
  write(chunk: string): void;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
}
type TokenizerClass = new (...args: never[]) => TokenizerInternals;

/** The parts of htmlparser2's Parser the subclass touches. */
interface ParserInternals {
  startIndex: number;
  endIndex: number;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  onattribname(start: number, end: number): void;
  onattribdata(start: number, end: number): void;
  onattribentity(codepoint: number): void;
  onattribend(quote: number, endIndex: number): void;
}

export type FastParserClass = typeof HtmlParser;

/** The parser class parse.ts uses, or the stock one when the internals are not what we expect. */
export function loadFastParser(): FastParserClass {
  const require = createRequire(import.meta.url);
  let Parser: typeof HtmlParser;
  let Tokenizer: TokenizerClass;
  try {
    // The Parser module alone, by path: the package's index also loads its DOM builder and
    // serialiser (domhandler, domutils, dom-serializer, a second entities), never used here.
    const dir = dirname(require.resolve('htmlparser2'));
    Parser = (require(join(dir, 'Parser.js')) as { Parser: typeof HtmlParser }).Parser;
    Tokenizer = (require(join(dir, 'Tokenizer.js')) as { default: TokenizerClass }).default;
  } catch {
    const index = require('htmlparser2') as { Parser: typeof HtmlParser; Tokenizer: unknown };
    Parser = index.Parser;
    Tokenizer = index.Tokenizer as TokenizerClass;
  }
  const proto = Tokenizer?.prototype as Partial<TokenizerInternals> | undefined;
  const parserProto = Parser.prototype as unknown as Partial<ParserInternals>;
  const overridden = [proto?.write, proto?.fastForwardTo, proto?.stateText, proto?.stateInAttributeValueDoubleQuotes,
    proto?.stateInAttributeValueSingleQuotes, parserProto.onattribname, parserProto.onattribdata, parserProto.onattribentity,
    parserProto.onattribend, parserProto.emitOpenTag];
  if (overridden.some((method) => typeof method !== 'function')) return Parser;
  const Fast = fastParser(Parser, fastTokenizer(Tokenizer));
  // Renamed fields (attribname, attribvalue, attribs...) would not show in the methods above: a
  // parse of a small page, cut in pieces, must give what the stock parser gives, else stock it is.
  return parsesAsStock(Fast, Parser) ? Fast : Parser;
}

/** Markup with read and unread attributes, entities in text and values, a script and a comment. */
const SELF_TEST = ['<html lang="en"><head><meta property="og:title" content="A &amp; B" data-x="1&amp;2">',
  '<script>if (a < b && c) {}</script><!-- x & y --></head><body class="post" data-json=\'{"a":1}\'>',
  '<h1 id=main title="T&eacute;st">Fish &amp; chips</h1>', '<p>Fish &amp; chips</p>', '<p>Fish &amp; chips</p>', '</body></html>'];

function parsesAsStock(Fast: FastParserClass, Stock: typeof HtmlParser): boolean {
  const run = (Parser: typeof HtmlParser): string => {
    // Text may come in more or fewer events: what counts is all of it between two tags.
    const out: string[] = [];
    let text = '';
    const tag = (...parts: string[]): void => {
      out.push(text, ...parts);
      text = '';
    };
    const parser = new Parser({
      onopentag: (name, attribs) => tag(name, ...[...READ_ATTRIBUTES].map((key) => `${key}=${attribs[key] ?? ''}`)),
      ontext: (data) => { text += data; },
      onclosetag: (name) => tag(`/${name}`),
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    for (const piece of SELF_TEST) parser.write(piece);
    parser.end();
    tag();
    return JSON.stringify(out);
  };
  try {
    return run(Fast) === run(Stock);
  } catch {
    return false;
  }
}

function fastTokenizer(Tokenizer: TokenizerClass): TokenizerClass {
  return class FastTokenizer extends Tokenizer {
    /** Where the next '&' of the current piece is (its length when none), so text runs do not search again. */
    private nextAmp = -1;
    /** Which piece `nextAmp` belongs to: two pieces in a row may be the same text. */
    private piece = 0;
    private ampPiece = -1;

    override write(chunk: string): void {
      this.piece++;
      super.write(chunk);
    }

    /** The stock loop compares one character at a time; indexOf finds the same one natively. */
    override fastForwardTo(c: number): boolean {
      const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
      if (at >= 0) {
        this.index = at + this.offset;
        return true;
      }
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }

    /**
     * In text, only '<' (a tag) and '&' (an entity) mean anything to the stock state; every other
     * character is passed over. Jump to just before the next of them (the loop then steps onto it).
     */
    override stateText(c: number): void {
      if (c === LT || c === AMP) {
        super.stateText(c);
        return;
      }
      const from = this.index - this.offset + 1;
      const amp = this.nextAmpFrom(from);
      const lt = this.buffer.indexOf('<', from);
      const stop = lt >= 0 && lt < amp ? lt : amp;
      this.index = stop + this.offset - 1;
    }

    /** The next '&' at or after `from` in the current buffer (its length when none), found once per stretch. */
    private nextAmpFrom(from: number): number {
      const buffer = this.buffer;
      if (this.ampPiece !== this.piece || this.nextAmp < from) {
        const amp = buffer.indexOf('&', from);
        this.nextAmp = amp < 0 ? buffer.length : amp;
        this.ampPiece = this.piece;
      }
      return this.nextAmp;
    }

    /**
     * A value no rule reads ends at its closing quote whatever entities it holds: jump there. In a
     * value a rule reads, only the quote and '&' mean anything to the stock state: jump to the next.
     */
    override stateInAttributeValueDoubleQuotes(c: number): void {
      if (c === DOUBLE_QUOTE || (c === AMP && !this.cbs.skipAttribute)) super.stateInAttributeValueDoubleQuotes(c);
      else this.skipValue('"');
    }

    override stateInAttributeValueSingleQuotes(c: number): void {
      if (c === SINGLE_QUOTE || (c === AMP && !this.cbs.skipAttribute)) super.stateInAttributeValueSingleQuotes(c);
      else this.skipValue("'");
    }

    private skipValue(quote: string): void {
      const buffer = this.buffer;
      const from = this.index - this.offset + 1;
      let stop = buffer.indexOf(quote, from);
      if (stop < 0) stop = buffer.length;
      if (!this.cbs.skipAttribute) stop = Math.min(stop, this.nextAmpFrom(from));
      this.index = stop + this.offset - 1;
    }
  };
}

function fastParser(Parser: typeof HtmlParser, Tokenizer: TokenizerClass): FastParserClass {
  const Base = Parser as unknown as new (...args: ConstructorParameters<typeof HtmlParser>) => ParserInternals;
  class FastParser extends Base {
    /** Read by the tokenizer (its callbacks are this parser): the current attribute is never read. */
    skipAttribute = false;

    constructor(...args: ConstructorParameters<typeof HtmlParser>) {
      const [cbs, options] = args;
      super(cbs, { ...options, Tokenizer: Tokenizer as unknown as NonNullable<NonNullable<typeof options>['Tokenizer']> });
    }

    override onattribname(start: number, end: number): void {
      super.onattribname(start, end);
      this.skipAttribute = !READ_ATTRIBUTES.has(this.attribname);
    }

    override onattribdata(start: number, end: number): void {
      if (!this.skipAttribute) super.onattribdata(start, end);
    }

    override onattribentity(codepoint: number): void {
      if (!this.skipAttribute) super.onattribentity(codepoint);
    }

    override emitOpenTag(name: string): void {
      super.emitOpenTag(name);
      if (this.attribs) this.attribs = newAttributes();
    }

    /** The stock one, without its onattribute event (unused); the first of repeated names wins there too. */
    override onattribend(_quote: number, endIndex: number): void {
      this.endIndex = endIndex;
      const attribs = this.attribs;
      if (!this.skipAttribute && attribs !== null && attribs[this.attribname] === undefined) attribs[this.attribname] = this.attribvalue;
      this.attribvalue = '';
      this.skipAttribute = false;
    }
  }
  return FastParser as unknown as FastParserClass;
}

// The faster tokenizer and parser (src/extract/parse-tokenizer.ts) must give the rules exactly the
// events the stock htmlparser2 classes give: same tags, same text, same values for every attribute
// a rule reads, however the page is cut into pieces.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Parser as HtmlParser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { loadFastParser, READ_ATTRIBUTES } from '../../src/extract/parse-tokenizer.js';

const StockParser = (createRequire(import.meta.url)('htmlparser2') as { Parser: typeof HtmlParser }).Parser;
const FastParser = loadFastParser();

function events(Parser: typeof HtmlParser, pieces: readonly string[], keepAll: boolean): string[] {
  const out: string[] = [];
  let text = '';
  const flushText = () => { if (text) out.push(`text ${text}`); text = ''; };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flushText();
        // The fast parser's attributes come in one fixed order (and shape), absent ones undefined.
        const kept = Object.entries(attribs).filter(([key, value]) => value !== undefined && (keepAll || READ_ATTRIBUTES.has(key))).sort();
        out.push(`open ${name} ${JSON.stringify(kept)}`);
      },
      // Text may arrive in more or fewer events; its concatenation between tags is what counts.
      ontext(data) { text += data; },
      onclosetag(name) { flushText(); out.push(`close ${name}`); },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for (const piece of pieces) parser.write(piece);
  parser.end();
  flushText();
  return out;
}

const FRAGMENTS = [
  '<p>', '</p>', '<div class="article-body">', '</div>', 'plain text ', 'a &amp; b', '&lt;not a tag&gt;', '&copy;', '&#169;', '&#x2014;',
  '&notanentity;', '& ', 'x < y', '<<', '< p>', '<!-- a comment -->', '<!-- <p>inside</p> -->', '<![CDATA[ data ]]>', '<!doctype html>',
  '<script>if (a < b && c) { x = "</p>"; }</script>', '<style>p > a { color: red }</style>', '<title>A &amp; B</title>',
  '<svg viewBox="0 0 10 10"><path d="M0 0L10 10Z" fill="red"/><title>icon</title></svg>', '<img srcset="a.jpg 1x, b.jpg 2x" alt=\'x "y"\'>',
  '<a href="/x?a=1&amp;b=2" data-json=\'{"k":"v","n":1}\' title=&quot;t>', '<meta property="og:title" content="The &quot;Headline&quot;">',
  '<time datetime="2024-05-06T07:08:09Z" pubdate>May 6</time>', '<span itemprop="datePublished" content="2024-05-06">x</span>',
  '<input type=password data-x=y&amp;z>', '<br/>', '<li>', '</li>', '<h1 ID="Main" CLASS="Title">', '</h1>', 'ü日本語 ', '\n',
  '<div data-a="&amp;&#34;&quot;" data-b="x&yz;" class=unquoted&amp;>', '<form action="/login">', '<abbr class="published" title="2020-01-02">',
];

describe('the fast parser is in use', () => {
  it('loads the subclasses, not the stock parser (its self-test passed)', () => {
    expect(FastParser).not.toBe(StockParser);
  });

  it('decodes entities in a piece that repeats the text of the piece before it', () => {
    for (const pieces of [['a &amp; b', 'a &amp; b'], ['<p title="x &amp; y">', '<p title="x &amp; y">'], ['<p>Fish &amp; chips</p>', '<p>Fish &amp; chips</p>']]) {
      expect(events(FastParser, pieces, false)).toEqual(events(StockParser, pieces, false));
    }
  });
});

describe('the faster htmlparser2 classes', () => {
  it('give the same events for every attribute a rule reads, in whole and in pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (parts, cutsAt) => {
        const html = parts.join('');
        const cuts = [...new Set(cutsAt.map((cut) => cut % (html.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let from = 0;
        for (const cut of cuts) { pieces.push(html.slice(from, cut)); from = cut; }
        pieces.push(html.slice(from));
        expect(events(FastParser, pieces, false)).toEqual(events(StockParser, [html], false));
      }),
      { numRuns: 400 },
    );
  });

  it('leave out only attributes no rule reads', () => {
    const html = '<img src="a.jpg" srcset="a.jpg 1x" data-x="1" class="c"><meta name="n" content="v">';
    expect(events(FastParser, [html], true)).toEqual([
      'open img [["class","c"],["src","a.jpg"]]',
      'close img',
      'open meta [["content","v"],["name","n"]]',
      'close meta',
    ]);
  });

  it('know every attribute name the extraction rules read', () => {
    // A new rule reading attribs.foo must add "foo" to READ_ATTRIBUTES, or it would always see undefined.
    const dir = new URL('../../src/extract/', import.meta.url);
    const read = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const match of source.matchAll(/attribs(?:\.([a-zA-Z_$][\w$]*)|\[\s*'([^']+)'\s*\])/g)) read.add(match[1] ?? match[2]!);
    }
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !READ_ATTRIBUTES.has(name))).toEqual([]);
  });
});

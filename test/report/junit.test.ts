import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitReporter } from '../../src/report/junit.js';
import type { CheckResult } from '../../src/types.js';
import { CTX, makeReport, RESULTS } from './fixture.js';

type Node = Record<string, unknown>;

function parse(xml: string): { suites: Node; suite: Node; cases: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['testcase', 'property'].includes(name),
  });
  const doc = parser.parse(xml) as { testsuites: Node };
  const suite = doc.testsuites.testsuite as Node;
  return { suites: doc.testsuites, suite, cases: suite.testcase as Node[] };
}

describe('--format junit', () => {
  it('one suite with the counts CI readers need, one testcase per reference', () => {
    const { suites, suite, cases } = parse(junitReporter.render(makeReport(), CTX));
    for (const node of [suites, suite]) {
      expect(node['@tests']).toBe('12');
      expect(node['@failures']).toBe('6');
      expect(node['@errors']).toBe('0');
      expect(node['@skipped']).toBe('2');
      expect(node['@time']).toBe('8.123');
    }
    expect(cases).toHaveLength(12);
    expect(cases[7]!['@classname']).toBe('Korea JoongAng Daily');
    expect(cases[7]!['@name']).toBe('[8] North Korean troops deployed to Russian units');
    expect(cases[7]!['@line']).toBe('80');
  });

  it('failures carry the verdict as type and the fix as body; skipped and waived are skipped', () => {
    const { cases } = parse(junitReporter.render(makeReport(), CTX));
    const failure = (index: number) => cases[index]!.failure as Node | undefined;
    expect(failure(7)!['@type']).toBe('title-mismatch');
    expect(failure(7)!['#text']).toContain('[-deployed-] {+sent+}');
    expect(failure(0)).toBeUndefined();
    expect(cases[1]!.skipped).toBeDefined();
    expect((cases[10]!.skipped as Node)['@message']).toBe('waived: checked by hand in the library archive');
    expect(failure(11)!['@type']).toBe('dead');
    // blocked and moved are not in the default --fail-on: they pass.
    expect(failure(2)).toBeUndefined();
    expect(failure(9)).toBeUndefined();
  });

  it('records the url as a property', () => {
    const { cases } = parse(junitReporter.render(makeReport(), CTX));
    const properties = (cases[3]!.properties as Node).property as Node[];
    expect(properties.find((p) => p['@name'] === 'url')!['@value']).toBe('https://news.example/4');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const nasty: CheckResult = {
      ...RESULTS[3]!,
      outlet: 'A & B <Times> "quoted" \'single\'',
      reason: '404 </failure><injected/> \u0001\u0008 \ud800',
      title: { ...RESULTS[3]!.title, expected: ']]> <![CDATA[ x' },
    };
    const xml = junitReporter.render(makeReport([nasty]), CTX);
    expect(xml).toContain('classname="A &amp; B &lt;Times&gt; &quot;quoted&quot; &apos;single&apos;"');
    expect(xml).not.toMatch(/[\u0001\u0008\ud800]/);
    // Parsed back, the values are exactly the text, and no element was injected.
    const { cases } = parse(xml);
    expect(cases[0]!['@classname']).toBe('A & B <Times> "quoted" \'single\'');
    expect(cases[0]!['@name']).toBe('[4] ]]> <![CDATA[ x');
    expect((cases[0]!.failure as Node)['@message']).toBe('404 </failure><injected/>');
    expect(cases[0]!.injected).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { articleNames } from '../../src/extract/article-names.js';
import type { TitleCandidate } from '../../src/types.js';

const headline = (value: string): TitleCandidate[] => [{ value, source: 'h1', strong: true }];

describe('articleNames', () => {
  const text = [
    'Kim Jong Un, general secretary of the party, sent a message of greeting to Vladimir Putin, the Russian President. ',
    'In his message, Kim Jong Un wished the president success. Birthday wishes followed. ',
    'Sends and greetings are common words: the agency sends greetings every year.',
  ];

  it("keeps the headline's words the text capitalises inside a sentence", () => {
    const names = articleNames(text, headline('Kim Jong Un Sends Birthday Greetings to Russian President'));
    expect(names.sort()).toEqual(['jong', 'kim', 'russian', 'un']);
  });

  it('drops a word the text also writes in lower case, and one only seen at the start of a sentence', () => {
    const names = articleNames(text, headline('Kim Jong Un Sends Birthday Greetings to Russian President'));
    expect(names).not.toContain('president'); // "the president" in lower case
    expect(names).not.toContain('sends'); // opens a sentence, and in lower case later
    expect(names).not.toContain('birthday'); // only ever at the start of a sentence
  });

  it('reads a hyphenated name whole and by its parts, a possessive as the name, and a quoted word as no name', () => {
    const names = articleNames(
      ['The statement by Kim Yo-jong was read on state radio, and Biden-Xi talks were mentioned. Officials cited Japan\'s envoy and "Victory" day.'],
      headline('Kim Yo-jong Slams Biden-Xi Talks, Japan Victory Day'),
    );
    expect(names).toEqual(expect.arrayContaining(['kim', 'yojong', 'biden', 'xi', 'japan']));
    expect(names).not.toContain('victory');
  });

  it('reads nothing without a headline candidate or without text, and skips weak candidates', () => {
    expect(articleNames(text, [])).toEqual([]);
    expect(articleNames([], headline('Kim Jong Un Sends Greetings'))).toEqual([]);
    expect(articleNames(text, [{ value: 'Russian President', source: '<title>', strong: false }])).toEqual([]);
  });
});

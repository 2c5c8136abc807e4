import { describe, expect, it } from 'vitest';
import { articleNames, type ArticleParagraphs } from '../../src/extract/article-names.js';
import type { TitleCandidate } from '../../src/types.js';

const headline = (value: string): TitleCandidate[] => [{ value, source: 'h1', strong: true }];
/** One paragraph per string. */
const paragraphs = (...texts: string[]): ArticleParagraphs => ({ text: texts, paragraphs: texts.map((_, i) => texts.slice(0, i).join('').length), links: [] });

describe('articleNames', () => {
  const text = paragraphs(
    'Kim Jong Un, general secretary of the party, sent a message of greeting to Vladimir Putin, the Russian President. ',
    'In his message, Kim Jong Un wished the president success. Birthday wishes followed. ',
    'Sends and greetings are common words: the agency sends greetings every year.',
  );

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
      paragraphs('The statement by Kim Yo-jong was read on state radio, and Biden-Xi talks were mentioned. Officials cited Japan\'s envoy and "Victory" day.'),
      headline('Kim Yo-jong Slams Biden-Xi Talks, Japan Victory Day'),
    );
    expect(names).toEqual(expect.arrayContaining(['kim', 'yojong', 'biden', 'xi', 'japan']));
    expect(names).not.toContain('victory');
  });

  it('reads nothing without a headline candidate or without text, and skips weak candidates', () => {
    expect(articleNames(text, [])).toEqual([]);
    expect(articleNames(paragraphs(), headline('Kim Jong Un Sends Greetings'))).toEqual([]);
    expect(articleNames(text, [{ value: 'Russian President', source: '<title>', strong: false }])).toEqual([]);
  });

  it('opens a sentence at each paragraph, and reads nothing in a paragraph of links', () => {
    // A caption without a full stop, then a paragraph opening with a verb: no name.
    expect(articleNames(paragraphs('Photo by Park Sang-moon', 'Opens Sunday evening along the stream, the festival draws crowds.'), headline('Lantern Festival Opens Along Stream'))).toEqual([]);
    // Related stories, each a link in a paragraph of its own, are none of the article's sentences...
    const related: ArticleParagraphs = { text: ['The leader sent a message on Monday.', 'More: ', 'Kim Jong Un Sends Greetings to President of Laos'], paragraphs: [0, 36], links: [42, 90] };
    expect(articleNames(related, headline('Kim Jong Un Sends Greetings to Russian President'))).toContain('sends');
    const onlyLinks: ArticleParagraphs = { text: ['The leader sent a message on Monday.', 'Kim Jong Un Sends Greetings to President of Laos'], paragraphs: [0, 36], links: [36, 84] };
    expect(articleNames(onlyLinks, headline('Kim Jong Un Sends Greetings to Russian President'))).toEqual([]);
    // ...while a name linked inside a sentence is read.
    const linked: ArticleParagraphs = { text: ['The message was sent to ', 'Vladimir Putin', ' on Monday.'], paragraphs: [0], links: [24, 38] };
    expect(articleNames(linked, headline('Kim Sends Greetings to Putin'))).toEqual(['putin']);
  });
});

// classInfo answers a class string by joining its words' answers (a speed-up: words repeat across
// elements far more than whole strings do). That holds only while every class rule reads one word
// at a time; this test compares the join with the rules applied to the whole string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTCHA_CLASS, chromeClass, classInfo, HARD_WORDS, isArticleClass, PAYWALL_CLASS, PX_CAPTCHA_CLASS, sideColumnClass, SOFT_WORDS } from '../../src/extract/chrome.js';

const WORDS = [
  'nav', 'site-header', 'header', 'footer', 'entry-footer', 'post-footer', 'article-body', 'article__footer', 'story-meta',
  'related', 'related-list', 'popular', 'most-read', 'sidebar', 'widget', 'byline', 'date', 'published', 'list', 'cards',
  'teaser', 'article', 'story_list', 'news-view', 'g-recaptcha', 'h-captcha', 'cf-turnstile', 'px-captcha', 'Paywall',
  'piano-offer', 'login-wall', 'subscribe', 'comments', 'menu', 'clock', 'x', 'css-1q2w3e', 'post', 'entry-title', 'BREADCRUMB',
  'sidebar-left', 'aside', 'share', 'social-area', 'sns', 'sidebar-related', 'share__byline', 'image-caption', 'share-list',
  'jp-relatedposts', 'relatedArticles', 'share-relatedposts',
];

function wholeString(className: string | undefined, id: string | undefined) {
  const classAndId = `${className ?? ''} ${id ?? ''}`;
  return {
    article: isArticleClass(classAndId),
    chrome: chromeClass(classAndId, false),
    chromeInArticle: chromeClass(classAndId, true),
    sideColumn: sideColumnClass(classAndId),
    captcha: CAPTCHA_CLASS.test(classAndId),
    pxCaptcha: PX_CAPTCHA_CLASS.test(classAndId),
    paywall: PAYWALL_CLASS.test(classAndId),
  };
}

describe('classInfo', () => {
  it('gives what the rules give for the whole class and id string', () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-zA-Z_-]{1,12}$/));
    const spaces = fc.constantFrom(' ', '  ', '\t', '\n ');
    const classString = fc.tuple(fc.array(fc.tuple(word, spaces), { maxLength: 5 }), fc.boolean()).map(([parts, lead]) => (lead ? ' ' : '') + parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(fc.option(classString, { nil: undefined }), fc.option(word, { nil: undefined }), (className, id) => {
      if (!className && !id) return;
      expect(classInfo(className, id)).toEqual(wholeString(className, id));
    }), { numRuns: 3000 });
  });

  it('answers every rule word, in any case and inside longer words, as the rules do', () => {
    // classInfo skips strings that contain none of the rule words: a word missing from that
    // filter would be answered "nothing" here.
    const ruleWords = [...HARD_WORDS, ...SOFT_WORDS, 'list', 'lists', 'listing', 'feed', 'headlines', 'cards', 'teaser', 'teasers',
      'header', 'site-header', 'global-header', 'date', 'byline', 'info', 'meta', 'time', 'author', 'article', 'story', 'entry', 'post',
      'news', 'g-recaptcha', 'h-captcha', 'cf-turnstile', 'px-captcha', 'paywall', 'regwall', 'piano-offer', 'subscription-wall', 'login-wall'];
    for (const word of ruleWords) {
      for (const token of [word, word.toUpperCase(), `x-${word}`, `${word}_y`, `story-meta ${word}`, `a__${word}`, word.replace(/k/g, '\u212a')]) {
        expect(classInfo(token, undefined), token).toEqual(wholeString(token, undefined));
        expect(classInfo('row', token), token).toEqual(wholeString('row', token));
      }
    }
  });
});

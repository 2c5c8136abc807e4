// Dates in the Thai (Buddhist-era), Minguo and solar hijri calendars, as Thai, Taiwanese, Iranian
// and Afghan outlets print them in their bylines.
import { describe, expect, it } from 'vitest';
import { solarHijriToGregorian } from '../../src/extract/date-calendars.js';
import { parseTextDates } from '../../src/extract/date-parse.js';
import { classifyLabel } from '../../src/extract/date-labels.js';
import { extractHtml, page, PARAGRAPHS } from './helpers.js';

const read = (text: string) => parseTextDates(text, true).map((d) => d.datetime ?? d.value);

describe('dates of other calendars', () => {
  it.each([
    ['เผยแพร่: 5 พ.ย. 2567 14:30 น.', '2024-11-05T14:30:00'], // Buddhist era, abbreviated month
    ['๕ พฤศจิกายน ๒๕๖๗', '2024-11-05'], // Thai digits
    ['5 พ.ย. 67', '2024-11-05'], // the era year's last two digits
    ['05/11/2567 14:30 น.', '2024-11-05T14:30:00'], // numeric, Buddhist era, day first
    ['20 ธันวาคม 2024', '2024-12-20'], // a Thai month with a Common Era year
    ['民國113年11月5日 下午3:20', '2024-11-05T15:20:00'],
    ['發布日期：113年11月05日', '2024-11-05'],
    ['民国99年1月2日', '2010-01-02'],
    ['發布日期：113-11-05', '2024-11-05'], // numbers only, right after a label
    ['更新日期：113/12/20 14:30', '2024-12-20T14:30:00'],
    ['令和六年十一月五日', '2024-11-05'], // kanji numerals
    ['令和元年五月一日', '2019-05-01'],
    ['二〇二四年十一月二十五日', '2024-11-25'],
    ['تاریخ انتشار: ۱۵ آبان ۱۴۰۳ - ۱۲:۳۰', '2024-11-05T12:30:00'],
    ['سه‌شنبه ۱۵ آبان‌ماه ۱۴۰۳', '2024-11-05'], // "month" joined by a zero-width non-joiner
    ['۱۴۰۳/۰۸/۱۵', '2024-11-05'],
    ['۱۴۰۳/۰۸/۱۵ ه‍.ش', '2024-11-05'], // marked solar
    ['15 عقرب 1403', '2024-11-05'], // Afghan month name
    ['10 دي 1403', '2024-12-30'], // typed with the Arabic yeh
    ['30 اسفند 1403', '2025-03-20'], // a leap year's last day
    ['1 فروردین 1404', '2025-03-21'],
    ['Juche113(2024).11.5.', '2024-11-05'],
    ['주체113(2024)년 11월 5일', '2024-11-05'],
    ['Juche 113.11.5 15:20', '2024-11-05T15:20:00'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['30 اسفند 1402'], // 1402 is no leap year
    ['31 مهر 1403'], // Mehr has 30 days
    ['1446/05/03'], // a lunar hijri year of the web's years, not a solar one
    ['13年11月5日'], // a two-digit year without 民國 may be a Japanese era year
    ['電話：113-11-05'], // a Minguo date in numbers only after a date label
    ['2024年十一月三十一日'], // no such day
    ['第十一回'],
    ['وتاريخ 1403/5/12هـ'], // a lunar hijri date (1983), not a solar one
    ['1405/3/12 هـ'],
    ['12 آبان 1403 هـ.ق'],
    ['5 พ.ย. 14:30 น.'], // no year: "14" is the time's hour
    ['開校110年 11月3日に記念式典'], // a Japanese count of years, not a Minguo year
    ['2024年11月5日 上午10:00 and 2024/11/05'], // Gregorian years stay Gregorian (each read once)
  ])('does not take %s for a date of another calendar', (text) => {
    expect(read(text).every((value) => value.startsWith('2024-11-05'))).toBe(true);
    if (!text.startsWith('2024')) expect(read(text)).toEqual([]);
  });

  it('finds the first of Farvardin however the equinox falls (20 or 21 March)', () => {
    expect(solarHijriToGregorian(1403, 1, 1)).toEqual({ year: 2024, month: 3, day: 20 });
    expect(solarHijriToGregorian(1404, 1, 1)).toEqual({ year: 2025, month: 3, day: 21 });
    expect(solarHijriToGregorian(1399, 12, 30)).toEqual({ year: 2021, month: 3, day: 20 });
  });

  it.each([
    ['เผยแพร่', 'published'], ['อัปเดตล่าสุด', 'modified'], ['تاریخ انتشار:', 'published'], ['به‌روزرسانی:', 'modified'],
    ['發佈時間：', 'published'],
  ])('reads the label %s as %s', (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });

  it('does not take the Thai "on the day" of running text for a label', () => {
    expect(classifyLabel('เมื่อวันที่')).toBeNull();
  });
});

describe('pages dated only in another calendar', () => {
  const article = (lang: string, headline: string, byline: string) =>
    page(`<meta property="og:title" content="${headline}">`, `<article><h1>${headline}</h1><div class="byline">${byline}</div>${PARAGRAPHS}</article>`, lang);

  it.each([
    ['th', 'ฝนตกหนักในกรุงเทพฯ', 'เผยแพร่: 5 พ.ย. 2567 14:30 น.', '2024-11-05'],
    ['zh-TW', '颱風康芮登陸花蓮', '發布日期：民國113年10月31日 下午3:20', '2024-10-31'],
    ['fa', 'بارش شدید باران در تهران', 'تاریخ انتشار: ۱۵ آبان ۱۴۰۳ - ۱۲:۳۰', '2024-11-05'],
    ['th', 'น้ำท่วมเชียงใหม่', 'เผยแพร่: ๕ พ.ย. ๒๕๖๗', '2024-11-05'], // Thai digits only
    ['ja', '町営バス時刻表改正のお知らせ', '掲載日：令和六年十一月五日', '2024-11-05'], // kanji numerals only
    ['zh-TW', '市府公布公車路網調整計畫', '發布日期：113-11-05', '2024-11-05'],
  ])('dates a %s page by its byline', (lang, headline, byline, expected) => {
    const meta = extractHtml(article(lang, headline, byline));
    expect(meta.date).toMatchObject({ value: expected, source: 'text:published' });
  });

  it('reads a Minguo date in a table cell, its label in the cell before', () => {
    const html = page('<meta property="og:title" content="市府公布公車路網調整計畫">',
      `<article><h1>市府公布公車路網調整計畫</h1><table><tr><th>發布日期</th><td>113-11-05</td></tr><tr><th>發布單位</th><td>交通局</td></tr></table>${PARAGRAPHS}</article>`, 'zh-TW');
    expect(extractHtml(html).date).toMatchObject({ value: '2024-11-05', source: 'text:published' });
  });
});

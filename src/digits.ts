// Digits of other scripts as ASCII ones, shared by extract/ (dates: "٢٠٢٤", "๒๕๖๗") and verify/ (a
// headline's numbers: "١٢" and "12" are one number).

/** The other scripts' digit ranges, for a character class: Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth. */
export const OTHER_DIGIT_RANGES = '\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59\\uff10-\\uff19';

/** Digits of other scripts written as ASCII, one code unit for one, so positions stay valid. */
const OTHER_DIGITS = new RegExp(`[${OTHER_DIGIT_RANGES}]`, 'g');
const DIGIT_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

export function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  if (!OTHER_DIGITS.test(text)) return text;
  OTHER_DIGITS.lastIndex = 0;
  return text.replace(OTHER_DIGITS, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = DIGIT_ZERO.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

import type { WordDiffPart } from '../types.js';
import { normalizeTitle } from './normalize-title.js';

/**
 * A word-level diff of two titles (longest common subsequence on normalised words), keeping the
 * original spelling of each word so a person sees what changed.
 */
export function wordDiff(expected: string, found: string): WordDiffPart[] {
  const a = expected.split(/\s+/).filter(Boolean);
  const b = found.split(/\s+/).filter(Boolean);
  const keyA = a.map(normalizeTitle);
  const keyB = b.map(normalizeTitle);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = keyA[i] === keyB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && keyA[i] === keyB[j]) {
      push('equal', b[j]!);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  return parts;
}

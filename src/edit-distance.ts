// How far a typed word is from a known one, for "did you mean …?" (unknown keys, commands).

/**
 * Levenshtein distance; with `transpositions`, two swapped neighbours count as one edit (the
 * optimal-string-alignment distance: "chekc" is one away from "check").
 */
export function editDistance(a: string, b: string, options: { transpositions?: boolean } = {}): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (options.transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      }
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

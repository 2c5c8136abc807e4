// Similarity of two normalised titles, 0..1: the Sørensen–Dice coefficient of their character
// bigrams. It forgives a changed letter or a dropped word but not a rewritten headline.

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const compact = text.replace(/ /g, '');
  for (let i = 0; i < compact.length - 1; i++) {
    const gram = compact.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function diceSimilarity(a: string, b: string): number {
  return bigramProfile(a).similarity(b);
}

/**
 * `a`'s bigrams counted once, for comparing it with many titles: a page's headline candidates and
 * their variants are a dozen or more per reference, and each Map of bigrams is garbage at once.
 */
export function bigramProfile(a: string): { similarity(b: string): number } {
  const compactA = a.replace(/ /g, '');
  let gramsA: Map<string, number> | undefined;
  return {
    similarity(b) {
      if (a === b) return 1;
      const compactB = b.replace(/ /g, '');
      if (compactA.length < 2 || compactB.length < 2) return compactA === compactB ? 1 : 0;
      gramsA ??= bigrams(a);
      const gramsB = bigrams(b);
      let shared = 0;
      for (const [gram, count] of gramsA) shared += Math.min(count, gramsB.get(gram) ?? 0);
      return (2 * shared) / (compactA.length - 1 + (compactB.length - 1));
    },
  };
}

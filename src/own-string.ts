// Strings cut from a page (an attribute, a headline, a class name) are, in V8, slices or
// concatenations that keep the whole decoded page alive. Anything that outlives the page — a
// memo shared by every page of a run, a result kept until the report — holds its own copy.

/** A copy of `text` that shares no memory with the string it was cut from. */
export function ownString(text: string): string {
  // The structured clone algorithm writes the characters out and reads them into a new flat
  // string: exact for every string (lone surrogates too), about 2 µs each.
  return structuredClone(text);
}

// V8 makes no slice or concatenation shorter than this: such a string is its own already.
const SHORTEST_SHARED = 13;

/**
 * A deep copy of plain data (objects, arrays, primitives) that owns its strings. Equal strings
 * share one copy (a page's headline recurs in several candidates) and short ones, often the
 * program's own constants ("og:title", "published"), are kept as they are.
 */
export function ownData<T>(value: T): T {
  const copies = new Map<string, string>();
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (item.length < SHORTEST_SHARED) return item;
      let own = copies.get(item);
      if (own === undefined) {
        own = ownString(item);
        copies.set(own, own);
      }
      return own;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(item)) copy[key] = walk(field);
      return copy;
    }
    return item;
  };
  return walk(value) as T;
}

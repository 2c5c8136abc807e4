// Strings cut from a page (an attribute, a headline, a class name) are, in V8, slices or
// concatenations that keep the whole decoded page alive. Anything that outlives the page — a
// memo shared by every page of a run, a result kept until the report — holds its own copy.

import { intern } from './intern.js';

/** A copy of `text` that shares no memory with the string it was cut from. */
export function ownString(text: string): string {
  // The structured clone algorithm writes the characters out and reads them into a new flat
  // string: exact for every string (lone surrogates too), about 2 µs each.
  return structuredClone(text);
}

/**
 * A deep copy of plain data (objects, arrays, strings, finite numbers, booleans, null) that owns
 * its strings: a JSON round trip. V8's JSON.parse writes every string out flat, shares one copy
 * of each short one (up to 10 characters: "2024-11-20", "published") and lays each object's
 * fields inside the object itself — a copy made key by key needs an extra array of fields per
 * object of more than four. Equal strings share one copy. Fields whose value is undefined are
 * left out, as in JSON.
 */
export function ownData<T>(value: T): T {
  // Longer strings are shared by hand: a page's headline recurs in several candidates, and names
  // such as "article:published_time" recur on every page of a run (intern).
  const copies = new Map<string, string>();
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) => {
    if (typeof field !== 'string' || field.length <= 10) return field;
    if (field.length <= 24) return intern(field);
    const known = copies.get(field);
    if (known !== undefined) return known;
    copies.set(field, field);
    return field;
  }) as T;
}

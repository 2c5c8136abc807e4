// `--only 3,5-7`: ids and inclusive ranges of integer ids. Non-numeric ids ("3a", "intro") are
// allowed as single items because ids are strings; a range needs integers at both ends.
import { CitecheckError } from '../errors.js';

/** A range wider than this is a typo (3-70000), not a selection of references. */
const MAX_RANGE = 100_000;

function usage(list: string): CitecheckError {
  return new CitecheckError('USAGE', `invalid --only list "${list}"; expected ids and ranges like 3,5-7`);
}

export function parseOnly(list: string): { ids: Set<string> } {
  const ids = new Set<string>();
  const items = list.split(',').map((item) => item.trim());
  if (items.length === 0 || items.some((item) => item === '')) throw usage(list);
  for (const item of items) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(item);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > to || to - from > MAX_RANGE) throw usage(list);
      for (let id = from; id <= to; id++) ids.add(String(id));
    } else if (/^\d*\s*-\s*\d*$/.test(item) || /\s/.test(item)) {
      // A half-written range ("5-", "-7") or two ids without a comma.
      throw usage(list);
    } else {
      ids.add(item);
    }
  }
  return { ids };
}

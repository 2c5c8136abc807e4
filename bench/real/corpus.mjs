// The real corpus: manifest entries in `id` order, the blind split, and the labelled day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The manifest, sorted by id, each entry with its 0-based `index`, its `split` (the pages whose
 * 1-based position is 4, 9, 14, … are `blind`) and its labelled calendar day (`day`, or null).
 */
export function loadManifest(corpusDir) {
  const lines = readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8').split('\n').filter((line) => line.trim());
  const entries = lines.map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new Error(`${join(corpusDir, 'manifest.jsonl')} line ${i + 1}: not JSON (${error.message})`);
    }
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((entry, index) => ({
    ...entry,
    index,
    split: (index + 1) % 5 === 4 ? 'blind' : 'dev',
    day: labelDay(entry),
  }));
}

/**
 * The calendar day a label stands for: for `local-offset` and `no-offset` the day written in the
 * label (the page's own day); for `utc-instant` the UTC day (the page's local day may differ by
 * one: callers allow for it); for `day` the day as given.
 */
export function labelDay(entry) {
  if (!entry.date) return null;
  switch (entry.datePrecision) {
    case 'local-offset':
    case 'no-offset':
    case 'day': {
      // One mercury label writes the day without its leading zero (2016-12-1).
      const day = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(entry.date);
      if (!day) throw new Error(`${entry.id}: date label ${JSON.stringify(entry.date)} does not start with a day`);
      return `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`;
    }
    case 'utc-instant': {
      const instant = new Date(entry.date);
      if (Number.isNaN(instant.getTime())) throw new Error(`${entry.id}: date label ${JSON.stringify(entry.date)} is not an instant`);
      return instant.toISOString().slice(0, 10);
    }
    default:
      throw new Error(`${entry.id}: unknown datePrecision ${JSON.stringify(entry.datePrecision)}`);
  }
}

/** The page's raw bytes, gunzipped and not decoded. */
export function pageBytes(corpusDir, entry) {
  return gunzipSync(readFileSync(join(corpusDir, entry.file)));
}

/** A day shifted by whole days (UTC arithmetic on a calendar day). */
export function shiftDay(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

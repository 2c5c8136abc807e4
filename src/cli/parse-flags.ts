// Value parsers for commander: a bad value stops the run with a message naming the flag.
import { InvalidArgumentError } from 'commander';
import { VERDICTS, type Verdict } from '../types.js';

export function integerAtLeast(minimum: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < minimum) {
      throw new InvalidArgumentError(`expected a whole number of at least ${minimum}, got "${raw}".`);
    }
    return value;
  };
}

export function fraction(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${raw}".`);
  }
  return value;
}

/** `none` (or an empty list) turns failing off: a report-only run. */
export function verdictList(raw: string): Verdict[] {
  if (raw.trim() === 'none') return [];
  const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !(VERDICTS as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown verdict ${unknown.map((u) => `"${u}"`).join(', ')}; verdicts are ${VERDICTS.join(', ')}.`);
  }
  return items as Verdict[];
}

// citecheck's own words for what the validation library reports about a user's file. Zod's
// defaults ("Invalid input: expected string, received undefined", "Too small: expected number to
// be >=1") read like a stack trace to someone editing a sources or config file. Installed once,
// globally, before any user file is validated; a message a schema sets itself always wins.
import { z } from 'zod';

const ARTICLE: Record<string, string> = { int: 'a whole number', array: 'a list', object: 'an object', string: 'text', number: 'a number', boolean: 'true or false' };

function shown(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function kind(expected: string): string {
  return ARTICLE[expected] ?? expected;
}

type Issue = Parameters<NonNullable<Parameters<typeof z.config>[0]>['customError'] & {}>[0];

export function schemaMessage(issue: Issue): string | undefined {
  const raw = issue as unknown as Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (raw.input === undefined) return `is missing; it must be ${kind(String(raw.expected))}`;
      return `must be ${kind(String(raw.expected))}, not ${shown(raw.input)}`;
    case 'too_small': {
      const min = String(raw.minimum);
      if (raw.origin === 'string') return Number(min) <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
      if (raw.origin === 'array') return Number(min) <= 1 ? 'must list at least one item' : `must list at least ${min} items`;
      return raw.inclusive === false ? `must be more than ${min}` : `must be ${min} or more`;
    }
    case 'too_big': {
      const max = String(raw.maximum);
      if (raw.origin === 'string') return `must be at most ${max} characters long`;
      if (raw.origin === 'array') return `must list at most ${max} items`;
      return raw.inclusive === false ? `must be less than ${max}` : `must be ${max} or less`;
    }
    case 'invalid_value': {
      const values = (raw.values as unknown[] | undefined) ?? [];
      return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    case 'invalid_format':
      return raw.format === 'url' ? 'must be a URL such as https://example.org/page' : `must be written as a ${String(raw.format)}`;
    case 'not_multiple_of':
      return raw.divisor === 1 ? 'must be a whole number' : `must be a multiple of ${String(raw.divisor)}`;
    default:
      return undefined;
  }
}

let installed = false;

export function installSchemaMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => schemaMessage(issue as Issue) });
}

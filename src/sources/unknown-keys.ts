// zod reports unknown keys once per object, at the object. A person fixing a typo wants each key
// located at itself, with the allowed keys and the likely intended one.
import type { z } from 'zod';
import { editDistance } from '../edit-distance.js';
import { referenceSchema, alternateSchema, documentSchema, sourcesFileSchema } from './schema.js';

type Issue = z.core.$ZodIssue;

const KNOWN_KEYS: { depth: number; keys: string[]; where: (path: readonly PropertyKey[]) => boolean }[] = [
  { depth: 0, keys: Object.keys(sourcesFileSchema.shape), where: () => true },
  { depth: 1, keys: Object.keys(documentSchema.shape), where: (path) => path[0] === 'document' },
  { depth: 2, keys: Object.keys(referenceSchema.shape), where: (path) => path[0] === 'references' },
  { depth: 4, keys: Object.keys(alternateSchema.shape), where: (path) => path[2] === 'alternates' },
];

export function sourcesKeysAt(path: readonly PropertyKey[]): string[] {
  return KNOWN_KEYS.find((entry) => entry.depth === path.length && entry.where(path))?.keys ?? [];
}

export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const closest = allowed
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .sort((x, y) => x.distance - y.distance)[0];
  const suggestion = closest && closest.distance <= 2 ? `did you mean "${closest.candidate}"? ` : '';
  const list = allowed.length > 0 ? `allowed keys: ${allowed.join(', ')}` : 'remove it';
  return `unknown key "${key}": ${suggestion}${list}`;
}

/** One issue per unknown key, at the key itself; `allowedAt` names the keys allowed at a path. */
export function explainUnknownKeys(issues: readonly Issue[], allowedAt: (path: readonly PropertyKey[]) => string[] = sourcesKeysAt): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code !== 'unrecognized_keys') return [issue];
    const allowed = allowedAt(issue.path);
    return issue.keys.map((key) => ({ ...issue, path: [...issue.path, key], message: unknownKeyMessage(key, allowed) }));
  });
}

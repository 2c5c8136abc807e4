// The committed schema/state.schema.json must be exactly what src/state/schema.ts generates.
// After changing it: UPDATE_SCHEMAS=1 npx vitest run test/state/schema-drift.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stateJsonSchema } from '../../src/state/index.js';
import { strictAjv } from '../report/ajv.js';

const path = fileURLToPath(new URL('../../schema/state.schema.json', import.meta.url));

const observation = {
  at: '2026-12-01T06:17:00.000Z',
  verdict: 'verified',
  status: 200,
  title: 'Yoon, Trump discuss alliance in first phone call',
  date: '2024-11-07',
  fingerprint: 'sha256:0123456789abcdef0123456789abcdef',
};

describe('schema/state.schema.json', () => {
  const generated = `${JSON.stringify(stateJsonSchema(), null, 2)}\n`;

  it('equals the schema generated from the code (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('accepts a state file and rejects a foreign key, a bad verdict and a newer version', () => {
    const validate = strictAjv().compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    const state = {
      $schema: './node_modules/citecheck/schema/state.schema.json',
      stateVersion: 1,
      references: [{ id: '26', url: 'https://example.org/a', validators: { etag: '"x1"', lastModified: null }, observations: [observation] }],
    };
    expect(validate(state), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...state, stateVersion: 2 })).toBe(false);
    expect(validate({ ...state, schemaVersion: 1 })).toBe(false);
    const badVerdict = { ...state.references[0], observations: [{ ...observation, verdict: 'ok' }] };
    expect(validate({ ...state, references: [badVerdict] })).toBe(false);
    const tooMany = { ...state.references[0], observations: Array.from({ length: 21 }, () => observation) };
    expect(validate({ ...state, references: [tooMany] })).toBe(false);
    expect(validate({ ...state, references: [{ ...state.references[0], id: undefined }] })).toBe(false);
  });
});

import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CitecheckError, formatProblem } from '../../src/errors.js';
import { emptyState, loadState, recordObservation, saveState, serializeState, stateForSave, type Observation, type State } from '../../src/state/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<CitecheckError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(CitecheckError);
  return error as CitecheckError;
}

function observation(verdict: Observation['verdict'], at: string): Observation {
  return { at, verdict, status: 200, title: 'A headline', date: '2024-11-07', fingerprint: null };
}

function stateWith(ids: string[]): State {
  const state = emptyState();
  for (const id of ids) state.entries.set(id, recordObservation(undefined, `https://example.org/${id}`, observation('verified', '2026-12-01T06:00:00.000Z')));
  return state;
}

describe('loadState', () => {
  it('a missing file is an empty memory (the first run)', async () => {
    expect(await loadState(join(dir, 'citecheck.state.json'))).toEqual({
      schemaRef: './node_modules/citecheck/schema/state.schema.json',
      entries: new Map(),
    });
  });

  it('reads back what saveState wrote', async () => {
    const path = join(dir, 'citecheck.state.json');
    const state = stateWith(['3', '4']);
    state.entries.get('3')!.validators = { etag: 'W/"abc"', lastModified: 'Thu, 07 Nov 2024 09:20:00 GMT' };
    await saveState(path, state);
    expect(await loadState(path)).toEqual(state);
  });

  it('reads a file an editor saved with a byte-order mark', async () => {
    const path = join(dir, 'citecheck.state.json');
    await writeFile(path, `\uFEFF${serializeState(stateWith(['3']))}`);
    expect([...(await loadState(path)).entries.keys()]).toEqual(['3']);
  });

  it('refuses damaged JSON with its line and column, and leaves the file as it was', async () => {
    const path = join(dir, 'citecheck.state.json');
    const damaged = '{\n  "stateVersion": 1,\n  "references": {\n';
    await writeFile(path, damaged);
    const error = await refusal(loadState(path, 'citecheck.state.json'));
    expect(error.code).toBe('STATE_INVALID_JSON');
    expect(error.message).toBe('state file citecheck.state.json is not valid JSON');
    expect(formatProblem(error.problems[0]!)).toMatch(/^citecheck\.state\.json:\d+:\d+ /);
    expect(error.hint).toContain('git checkout -- citecheck.state.json');
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it.each([
    ['a sources file', '{ "references": [] }'],
    ['an array', '[1, 2]'],
    ['a string', '"state"'],
    ['a report', '{ "schemaVersion": 1, "tool": { "name": "citecheck" } }'],
  ])('refuses a foreign file (%s)', async (_, text) => {
    await writeFile(join(dir, 'other.json'), text);
    const error = await refusal(loadState(join(dir, 'other.json'), 'other.json'));
    expect(error.code).toBe('STATE_FOREIGN');
    expect(error.message).toBe('other.json is not a citecheck state file (it has no "stateVersion")');
    expect(error.hint).toMatch(/citecheck\.state\.json/);
  });

  it('refuses a newer stateVersion and says to upgrade', async () => {
    await writeFile(join(dir, 's.json'), '{ "stateVersion": 2, "references": {}, "later": true }');
    const error = await refusal(loadState(join(dir, 's.json'), 's.json'));
    expect(error.code).toBe('STATE_VERSION');
    expect(error.message).toContain('stateVersion 2; this one reads 1');
    expect(error.hint).toMatch(/upgrade citecheck/);
  });

  it('refuses a file that breaks the schema, each problem located', async () => {
    const text = '{\n  "stateVersion": 1,\n  "references": [\n    { "id": "3", "url": "https://example.org/3", "validators": {"etag":null,"lastModified":null},\n      "observations": [{ "at": "yesterday", "verdict": "fine", "status": 200, "title": null, "date": null, "fingerprint": null }] },\n    { "id": "3", "url": "https://example.org/3", "validators": {"etag":null,"lastModified":null}, "observations": [] }\n  ]\n}\n';
    await writeFile(join(dir, 's.json'), text);
    const error = await refusal(loadState(join(dir, 's.json'), 's.json'));
    expect(error.code).toBe('STATE_SCHEMA');
    const lines = error.problems.map(formatProblem);
    expect(lines.some((line) => line.startsWith('s.json:5:') && line.includes('references[0].observations[0].at'))).toBe(true);
    expect(lines.some((line) => line.includes('observations[0].verdict'))).toBe(true);
  });

  it('refuses a reference id that appears twice', async () => {
    const entry = '{ "id": "3", "url": "https://example.org/3", "validators": {"etag":null,"lastModified":null}, "observations": [] }';
    await writeFile(join(dir, 's.json'), `{\n  "stateVersion": 1,\n  "references": [\n    ${entry},\n    ${entry}\n  ]\n}\n`);
    const error = await refusal(loadState(join(dir, 's.json'), 's.json'));
    expect(error.code).toBe('STATE_SCHEMA');
    expect(error.problems.map(formatProblem)).toEqual(['s.json:5:7 references[1].id: id "3" appears twice']);
  });

  it('a folder in place of the file is refused, not treated as missing', async () => {
    await mkdir(join(dir, 'state.json'));
    expect((await refusal(loadState(join(dir, 'state.json')))).code).toBe('STATE_UNREADABLE');
  });
});

describe('stateForSave and saveState', () => {
  it("writes references in the sources file's order, prunes the removed, keeps the unchecked", () => {
    const previous = stateWith(['1', '2', '3', 'old']);
    const updated = new Map([['3', recordObservation(previous.entries.get('3'), 'https://example.org/3', observation('dead', '2026-12-02T06:00:00.000Z'))]]);
    // Reference 2 was left out by --only this run; "old" is gone from the sources; 9 is new and unchecked.
    const next = stateForSave(previous, updated, ['3', '2', '1', '9']);
    expect([...next.entries.keys()]).toEqual(['3', '2', '1']);
    expect(next.entries.get('2')).toBe(previous.entries.get('2'));
    expect(next.entries.get('3')!.observations.map((o) => o.verdict)).toEqual(['verified', 'dead']);
  });

  it('a reference whose URL changed starts a new history', () => {
    const previous = stateWith(['3']);
    previous.entries.get('3')!.validators = { etag: '"e"', lastModified: null };
    const entry = recordObservation(previous.entries.get('3'), 'https://example.org/new', observation('dead', '2026-12-02T06:00:00.000Z'));
    expect(entry.url).toBe('https://example.org/new');
    expect(entry.observations.map((o) => o.verdict)).toEqual(['dead']);
    expect(entry.validators).toEqual({ etag: null, lastModified: null });
  });

  it('writes atomically: no temp file is left, and the JSON is one observation per line', async () => {
    const path = join(dir, 'citecheck.state.json');
    await saveState(path, stateWith(['1']));
    await saveState(path, stateWith(['1', '2']));
    expect(await readdir(dir)).toEqual(['citecheck.state.json']);
    const text = await readFile(path, 'utf8');
    expect(text).toBe(`{
  "$schema": "./node_modules/citecheck/schema/state.schema.json",
  "stateVersion": 1,
  "references": [
    {
      "id": "1",
      "url": "https://example.org/1",
      "validators": {"etag":null,"lastModified":null},
      "observations": [
        {"at":"2026-12-01T06:00:00.000Z","verdict":"verified","status":200,"title":"A headline","date":"2024-11-07","fingerprint":null}
      ]
    },
    {
      "id": "2",
      "url": "https://example.org/2",
      "validators": {"etag":null,"lastModified":null},
      "observations": [
        {"at":"2026-12-01T06:00:00.000Z","verdict":"verified","status":200,"title":"A headline","date":"2024-11-07","fingerprint":null}
      ]
    }
  ]
}
`);
    expect(serializeState(emptyState())).toBe('{\n  "$schema": "./node_modules/citecheck/schema/state.schema.json",\n  "stateVersion": 1,\n  "references": []\n}\n');
  });

  it('a daily run at the cap is a small diff per reference: one observation in, the oldest out', () => {
    let entry = recordObservation(undefined, 'https://example.org/1', observation('verified', '2026-11-01T06:00:00.000Z'));
    for (let day = 2; day <= 20; day++) entry = recordObservation(entry, 'https://example.org/1', observation('verified', `2026-11-${String(day).padStart(2, '0')}T06:00:00.000Z`));
    const before = emptyState();
    before.entries.set('1', entry);
    const after = emptyState();
    after.entries.set('1', recordObservation(entry, 'https://example.org/1', observation('dead', '2026-11-21T06:00:00.000Z')));
    const a = serializeState(before).split('\n');
    const b = serializeState(after).split('\n');
    // Out: the oldest line, and the last one as it was without its comma; in: that one with it, and the new one.
    expect(a.filter((line) => !b.includes(line))).toEqual([a[9], a[28]]);
    expect(b.filter((line) => !a.includes(line))).toEqual([`${a[28]},`, b[28]]);
    expect(b[28]).toContain('"verdict":"dead"');
  });

  it('a folder that does not exist is a STATE_WRITE error, and nothing is left behind', async () => {
    const error = await refusal(saveState(join(dir, 'missing', 'state.json'), emptyState(), 'missing/state.json'));
    expect(error.code).toBe('STATE_WRITE');
    expect(error.message).toBe('cannot write state file missing/state.json: ENOENT');
    expect(await readdir(dir)).toEqual([]);
  });

  it('two saves at once: the last rename wins and the file is whole', async () => {
    const path = join(dir, 'citecheck.state.json');
    await Promise.all([saveState(path, stateWith(['1'])), saveState(path, stateWith(['1', '2', '3']))]);
    const loaded = await loadState(path);
    expect([['1'], ['1', '2', '3']]).toContainEqual([...loaded.entries.keys()]);
    expect(await readdir(dir)).toEqual(['citecheck.state.json']);
  });
});

// Reading and writing the state file. A damaged, foreign or newer file is refused with a stable
// code and never replaced: it lives in git or a CI cache, and silently starting over would throw
// away the memory the confirmations depend on.
import { readFile } from 'node:fs/promises';
import { CitecheckError } from '../errors.js';
import { replaceFileAtomically } from '../write-atomic.js';
import { unreadableReason } from '../read-user-file.js';
import { parseLocatedJson, zodIssuesToProblems } from '../sources/located-json.js';
import { STATE_SCHEMA_REF, STATE_VERSION, stateFileSchema, type Observation, type State, type StateEntry, type StateFile, type StateRecord } from './schema.js';

export function emptyState(): State {
  return { schemaRef: STATE_SCHEMA_REF, entries: new Map() };
}

const KEEP_HINT = 'citecheck never overwrites a state file it cannot read';

/** A missing file is an empty memory (the first run); anything else unreadable stops the run. */
export async function loadState(path: string, shownAs: string = path): Promise<State> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new CitecheckError('STATE_UNREADABLE', `cannot read state file ${shownAs}: ${unreadableReason(error)}`, [], 'give --state a readable file, or a path that does not exist yet');
  }
  // JSON.parse and the schema first: a 10,000-reference file parses in well under a second this
  // way, where the located parse (offsets for every node) takes many. It runs only to say where a
  // problem is.
  let value: unknown;
  try {
    // An editor may have added a byte-order mark; JSON.parse would refuse it.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const located = parseLocatedJson(text, shownAs);
    throw new CitecheckError(
      'STATE_INVALID_JSON',
      `state file ${shownAs} is not valid JSON`,
      located.ok ? [] : located.problems,
      `restore it (e.g. git checkout -- ${shownAs}) or delete it to start a new memory; ${KEEP_HINT}`,
    );
  }
  const version = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).stateVersion : undefined;
  if (typeof version !== 'number') {
    throw new CitecheckError(
      'STATE_FOREIGN',
      `${shownAs} is not a citecheck state file (it has no "stateVersion")`,
      [],
      `give --state the file citecheck writes (citecheck.state.json) or a path that does not exist yet; ${KEEP_HINT}`,
    );
  }
  if (version > STATE_VERSION) {
    throw new CitecheckError(
      'STATE_VERSION',
      `state file ${shownAs} was written by a newer citecheck (stateVersion ${version}; this one reads ${STATE_VERSION})`,
      [],
      'upgrade citecheck, or give --state another file',
    );
  }
  const checked = stateFileSchema.safeParse(value);
  if (!checked.success) {
    const located = parseLocatedJson(text, shownAs);
    const problems = located.ok
      ? zodIssuesToProblems(checked.error.issues, located.json, shownAs).sort((a, b) => a.line - b.line || a.column - b.column)
      : located.problems;
    throw new CitecheckError(
      'STATE_SCHEMA',
      `state file ${shownAs} does not follow the state file schema`,
      problems,
      `see schema/state.schema.json; restore the file (e.g. git checkout -- ${shownAs}) or delete it to start a new memory; ${KEEP_HINT}`,
    );
  }
  const entries = new Map<string, StateEntry>();
  for (const { id, ...entry } of checked.data.references) entries.set(id, entry);
  return { schemaRef: checked.data.$schema ?? STATE_SCHEMA_REF, entries };
}

/**
 * The state to write after a run: references in the sources file's order, those no longer in it
 * pruned, and those not checked this run (left out by --only, say) kept as they were.
 */
export function stateForSave(previous: State, updated: ReadonlyMap<string, StateEntry>, sourceIds: readonly string[]): State {
  const entries = new Map<string, StateEntry>();
  for (const id of sourceIds) {
    const entry = updated.get(id) ?? previous.entries.get(id);
    if (entry && !entries.has(id)) entries.set(id, entry);
  }
  return { schemaRef: previous.schemaRef, entries };
}

/** The file's form of a state. */
function stateFile(state: State): StateFile {
  return {
    $schema: state.schemaRef,
    stateVersion: STATE_VERSION,
    references: [...state.entries].map(([id, entry]) => ({ id, url: entry.url, validators: entry.validators, observations: entry.observations })),
  };
}

/**
 * Indented by two spaces, one observation per line: a daily run changes two lines per reference
 * (one observation added, the oldest dropped), a small git diff, and the file stays a third
 * smaller than with one line per field.
 */
export function serializeState(state: State): string {
  const file = stateFile(state);
  const references = file.references.length === 0 ? '[]' : `[\n${file.references.map(entryText).join(',\n')}\n  ]`;
  return `{\n  "$schema": ${JSON.stringify(file.$schema)},\n  "stateVersion": ${file.stateVersion},\n  "references": ${references}\n}\n`;
}

function entryText(entry: StateRecord): string {
  const lines = entry.observations.map(observationLine);
  const observations = lines.length === 0 ? '[]' : `[\n        ${lines.join(',\n        ')}\n      ]`;
  const { etag, lastModified } = entry.validators;
  return [
    '    {',
    `      "id": ${JSON.stringify(entry.id)},`,
    `      "url": ${JSON.stringify(entry.url)},`,
    `      "validators": ${JSON.stringify({ etag, lastModified })},`,
    `      "observations": ${observations}`,
    '    }',
  ].join('\n');
}

/** A fresh object fixes the key order whatever order the caller built the observation in. */
function observationLine(o: Observation): string {
  return JSON.stringify({ at: o.at, verdict: o.verdict, status: o.status, title: o.title, date: o.date, fingerprint: o.fingerprint });
}

/**
 * Temp file beside the target (same file system) renamed over it: a crash or a full disk never
 * leaves half a state file. Two runs writing at once: the last rename wins, whole.
 */
export async function saveState(path: string, state: State, shownAs: string = path): Promise<void> {
  try {
    await replaceFileAtomically(path, serializeState(state));
  } catch (error) {
    throw new CitecheckError(
      'STATE_WRITE',
      `cannot write state file ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      [],
      'give --state a path in an existing, writable folder',
    );
  }
}

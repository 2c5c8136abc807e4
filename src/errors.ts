// Known failures are values with a stable code. Only src/cli/ turns them into exit codes.

export type CitecheckErrorCode =
  | 'USAGE'
  | 'SOURCES_NOT_FOUND'
  | 'SOURCES_INVALID_JSON'
  | 'SOURCES_SCHEMA'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID_JSON'
  | 'CONFIG_SCHEMA'
  | 'DOCUMENT_NOT_FOUND'
  | 'TARGET_NOT_FOUND'
  | 'OUTPUT_WRITE'
  | 'STATE_UNREADABLE'
  | 'STATE_INVALID_JSON'
  | 'STATE_FOREIGN'
  | 'STATE_VERSION'
  | 'STATE_SCHEMA'
  | 'STATE_WRITE'
  | 'SOURCES_WRITE';

/** One located problem in a user's file: `sources.json:12:5 references[2].url: must be http(s)`. */
export interface FileProblem {
  file: string;
  /** JSON path such as `references[2].url`, or `` for the whole file. */
  path: string;
  line: number;
  column: number;
  message: string;
}

export class CitecheckError extends Error {
  override readonly name = 'CitecheckError';
  constructor(
    readonly code: CitecheckErrorCode,
    message: string,
    readonly problems: FileProblem[] = [],
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function formatProblem(problem: FileProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}

// Files the user names (sources, documents, pages, config): one way to say why one cannot be read.
import { readFile } from 'node:fs/promises';
import { CitecheckError, type CitecheckErrorCode } from './errors.js';

export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function readUserFile(path: string, code: CitecheckErrorCode, hint: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CitecheckError(code, `cannot read ${path}: ${unreadableReason(error)}`, [], hint);
  }
}

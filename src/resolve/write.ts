// resolve --write: the verified URLs go into the sources file by editing its text, so its
// formatting, key order, comments and everything else stay exactly as the author left them.
import { copyFile } from 'node:fs/promises';
import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit } from 'jsonc-parser';
import { CitecheckError } from '../errors.js';
import { replaceFileAtomically } from '../write-atomic.js';

export interface UrlEdit {
  id: string;
  url: string;
}

/**
 * The sources text with each reference's `url` value replaced (or added after its last
 * property when the key is missing). Only those values change. `applied` lists the ids edited,
 * in the order given; `missing` the ids not found in the file.
 */
export function applyUrlEdits(text: string, edits: readonly UrlEdit[]): { text: string; applied: string[]; missing: string[] } {
  const root = parseTree(text);
  const references = root ? findNodeAtLocation(root, ['references']) : undefined;
  const indexOf = new Map<string, number>();
  references?.children?.forEach((element, index) => {
    const id = findNodeAtLocation(element, ['id']);
    if (typeof id?.value === 'string' && !indexOf.has(id.value)) indexOf.set(id.value, index);
  });
  const detected = /^( +|\t)"/m.exec(text.slice(text.indexOf('\n') + 1));
  const formattingOptions = {
    insertSpaces: !detected?.[1]?.startsWith('\t'),
    tabSize: detected?.[1]?.startsWith('\t') ? 1 : (detected?.[1]?.length ?? 2),
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  let out = text;
  const applied: string[] = [];
  const missing: string[] = [];
  for (const edit of edits) {
    const index = indexOf.get(edit.id);
    if (index === undefined) {
      missing.push(edit.id);
      continue;
    }
    // One edit at a time on the text so far: offsets stay right whatever was changed before.
    const changes: Edit[] = modify(out, ['references', index, 'url'], edit.url, { formattingOptions });
    out = applyEdits(out, changes);
    applied.push(edit.id);
  }
  return { text: out, applied, missing };
}

/**
 * Keeps the file as it was in `<file>.bak`, then replaces the file atomically (temp + rename),
 * so an interrupted write leaves either the old file or the new one.
 */
export async function writeSourcesWithBackup(path: string, text: string, shownAs: string = path): Promise<{ backup: string }> {
  const backup = `${path}.bak`;
  try {
    await copyFile(path, backup);
    await replaceFileAtomically(path, text);
  } catch (error) {
    throw new CitecheckError(
      'SOURCES_WRITE',
      `cannot write ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      [],
      'make the sources file and its folder writable, or run resolve without --write',
    );
  }
  return { backup };
}

// --output FILE must never leave a half-written report where a CI step or a person will read it:
// write a temp file beside the target (same file system, so rename is atomic) and rename it over.
import { constants } from 'node:fs';
import { access, appendFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CitecheckError } from '../errors.js';
import { unreadableReason } from '../read-user-file.js';
import { replaceFileAtomically } from '../write-atomic.js';

export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  try {
    await replaceFileAtomically(path, content);
  } catch (error) {
    throw new CitecheckError('OUTPUT_WRITE', `cannot write ${path}: ${unreadableReason(error)}`);
  }
}

/** Checked before a run, so a typo in --output costs no requests to anyone. */
export async function assertWritableFolder(path: string): Promise<void> {
  const folder = dirname(path);
  const hint = 'choose a file path in an existing, writable folder for --output';
  const isFolder = await stat(path).then((info) => info.isDirectory(), () => false);
  if (isFolder) throw new CitecheckError('OUTPUT_WRITE', `cannot write ${path}: it is a folder`, [], hint);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new CitecheckError('OUTPUT_WRITE', `cannot write ${path}: the folder ${folder} does not exist or is not writable`, [], hint);
  }
}

/** GitHub Actions shows this Markdown on the run's summary page; other environments skip it. */
export async function appendStepSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendFile(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  } catch (error) {
    throw new CitecheckError('OUTPUT_WRITE', `cannot append to GITHUB_STEP_SUMMARY (${path}): ${unreadableReason(error)}`);
  }
}

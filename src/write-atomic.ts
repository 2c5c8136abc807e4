// Every file citecheck writes (reports, the state file, a resolved sources file) is replaced whole:
// a temp file beside the target (same file system, so rename is atomic), synced, renamed over it.
// A crash or a full disk never leaves half a file; of two writers at once, the last rename wins.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `content`; rejects with the system error (the temp file removed). Given in
 * pieces, each is written whole before the next is made: one piece at a time is held as text and
 * as UTF-8 bytes (a 10,000-result report is never one string plus its copy).
 */
export async function replaceFileAtomically(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      // writeFile carries on from the current position: the pieces follow one another.
      for (const piece of typeof content === 'string' ? [content] : content) await handle.writeFile(piece, 'utf8');
      // Without fsync a crash after rename can leave an empty file under the final name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

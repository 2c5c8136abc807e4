// GitHub resolves an annotation's or a SARIF result's file against the repository root. A sources
// file in a subfolder, named relative to the working folder, would point at nothing there: paths
// are made relative to GITHUB_WORKSPACE when set, else the git top level, else the working folder.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { shownPath } from '../read-user-file.js';
import { STDIN_NAME } from '../sources/input.js';

/** The nearest folder at or above `start` that holds `.git` (a folder, or a file in a worktree). */
export function gitTopLevel(start: string): string | null {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, '.git'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

export function repoPathResolver(cwd: string, env: NodeJS.ProcessEnv): (file: string) => string {
  // Looked up on first use: only the github and sarif reports name files.
  let base: string | undefined;
  return (file) => {
    if (file === STDIN_NAME) return file;
    base ??= env.GITHUB_WORKSPACE || gitTopLevel(cwd) || cwd;
    // Outside the repository a relative path would climb out of it: the absolute one is truer.
    return shownPath(isAbsolute(file) ? file : resolve(cwd, file), base).split(sep).join('/');
  };
}

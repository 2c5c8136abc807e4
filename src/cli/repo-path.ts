// GitHub resolves an annotation's or a SARIF result's file against the repository root. A sources
// file in a subfolder, named relative to the working folder, would point at nothing there: paths
// are made relative to GITHUB_WORKSPACE when set, else the git top level, else the working folder.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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
  const base = env.GITHUB_WORKSPACE || gitTopLevel(cwd) || cwd;
  return (file) => {
    if (file === '<stdin>') return file;
    const absolute = isAbsolute(file) ? file : resolve(cwd, file);
    const shown = relative(base, absolute);
    // Outside the repository a relative path would climb out of it: the absolute one is truer.
    if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return absolute.split(sep).join('/');
    return shown.split(sep).join('/');
  };
}

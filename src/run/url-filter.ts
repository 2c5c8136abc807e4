// --exclude / --include and .citecheckignore, as lychee users know them: a URL that matches an
// exclude and no include is not requested; --include alone narrows the run to matching URLs.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { shownPath } from '../read-user-file.js';
import { CitecheckError, type FileProblem } from '../errors.js';

const IGNORE_FILE = '.citecheckignore';

export interface UrlFilter {
  /** True when the URL is not to be requested. */
  excludes(url: string): boolean;
  /** Where the excludes came from, for --dump and the report. */
  ignoreFile: string | null;
}

function compile(pattern: string, flag: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw new CitecheckError('USAGE', `${flag} "${pattern}" is not a regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`, [], 'write a JavaScript regular expression, without slashes around it, e.g. --exclude "^https://(www\\.)?twitter\\.com/"');
  }
}

/** One regular expression per line, no slashes around it; `#` starts a comment; blank lines are skipped. */
function parseIgnoreFile(text: string, file: string): RegExp[] {
  const patterns: RegExp[] = [];
  const problems: FileProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    try {
      patterns.push(new RegExp(line));
    } catch (error) {
      problems.push({ file, path: '', line: index + 1, column: raw.indexOf(line) + 1, message: `not a regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}` });
    }
  });
  if (problems.length > 0) {
    throw new CitecheckError('USAGE', `${file} has a line that is not a regular expression`, problems, 'one regular expression per line, without slashes around it; # starts a comment');
  }
  return patterns;
}

export async function urlFilter(
  flags: { exclude?: readonly string[]; include?: readonly string[] },
  sourcesPath: string,
  cwd: string,
): Promise<UrlFilter> {
  const excludes = (flags.exclude ?? []).map((pattern) => compile(pattern, '--exclude'));
  const includes = (flags.include ?? []).map((pattern) => compile(pattern, '--include'));
  const ignorePath = join(dirname(resolve(cwd, sourcesPath)), IGNORE_FILE);
  let ignoreFile: string | null = null;
  const text = await readFile(ignorePath, 'utf8').catch(() => null);
  if (text !== null) {
    ignoreFile = shownPath(ignorePath, cwd);
    excludes.push(...parseIgnoreFile(text, ignoreFile));
  }
  return {
    ignoreFile,
    excludes(url) {
      if (includes.some((pattern) => pattern.test(url))) return false;
      if (excludes.some((pattern) => pattern.test(url))) return true;
      return includes.length > 0;
    },
  };
}

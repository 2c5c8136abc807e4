// JSON files written by people (sources, config) must report problems where they are:
// line and column, and the JSON path. jsonc-parser keeps offsets for every node.
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { FileProblem } from '../errors.js';

export type JsonPath = (string | number)[];

export interface LocatedJson {
  value: unknown;
  /** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath): { line: number; column: number };
}

export type LocatedJsonResult = { ok: true; json: LocatedJson } | { ok: false; problems: FileProblem[] };

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * lineColumnAt for many offsets of one text: the line starts are found once, then each offset is
 * a binary search. Locating every reference of a 10,000-entry file by scanning from the start each
 * time took most of a minute.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const parseErrorText: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'nothing may follow the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

const STRICT = { allowTrailingComma: false, disallowComments: true };

/**
 * Parses strict JSON; every syntax error comes back located. The syntax is checked by a pass that
 * builds nothing: the tree of nodes that `locate` walks (about 4 KB per reference of a sources
 * file, 40 MB for 10,000) is built only when something asks where a path stands, which on a
 * valid file is nothing but a schema problem.
 */
export function parseLocatedJson(text: string, file: string): LocatedJsonResult {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body === text ? 0 : 1;
  let empty = true;
  const sawValue = () => {
    empty = false;
  };
  visit(
    body,
    {
      onError: (error, offset, length) => errors.push({ error, offset, length }),
      onObjectBegin: sawValue,
      onArrayBegin: sawValue,
      onLiteralValue: sawValue,
    },
    STRICT,
  );
  if (errors.length > 0 || empty) {
    const problems = errors.map((error) => {
      const code = printParseErrorCode(error.error);
      return {
        file,
        path: '',
        ...lineColumnAt(text, error.offset + offsetShift),
        message: `invalid JSON: ${parseErrorText[code] ?? code}`,
      };
    });
    if (problems.length === 0) problems.push({ file, path: '', line: 1, column: 1, message: 'invalid JSON: the file is empty' });
    return { ok: false, problems };
  }
  const value: unknown = JSON.parse(body);
  let root: Node | undefined;
  let locateOffset: ReturnType<typeof lineLocator> | undefined;
  return {
    ok: true,
    json: {
      value,
      locate(path) {
        root ??= parseTree(body, [], STRICT)!; // the pass above found a value without errors
        let node: Node | undefined;
        for (let depth = path.length; depth >= 0 && node === undefined; depth--) {
          node = findNodeAtLocation(root, path.slice(0, depth));
        }
        // A property's problem is best shown at its key, where the eye looks.
        const at = node?.parent?.type === 'property' ? node.parent : node;
        locateOffset ??= lineLocator(text);
        return locateOffset((at?.offset ?? 0) + offsetShift);
      },
    },
  };
}

/**
 * Where each item of the top-level object's array `key` starts, and where the value of its own
 * `property` starts (the first such key; null when the item is not an object or lacks it), as
 * offsets into `text`. One pass that builds no tree, for files of any number of references.
 */
export function arrayItemOffsets(text: string, key: string, property: string): { item: number; property: number | null }[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body === text ? 0 : 1;
  const items: { item: number; property: number | null }[] = [];
  let depth = 0; // containers open around the current token
  let topKey: string | null = null; // the top-level property whose value is being read
  let inArray = false; // inside the wanted array (the first one: findNodeAtLocation's choice)
  let seen = false; // that array has begun
  let itemDepth = 0; // `depth` of the array's items
  let wanted = false; // the next value is the current item's `property`
  const value = (offset: number) => {
    if (inArray && depth === itemDepth) items.push({ item: offset + shift, property: null });
    else if (wanted) items[items.length - 1]!.property = offset + shift;
    wanted = false;
  };
  visit(
    body,
    {
      onObjectBegin: (offset) => {
        value(offset);
        depth++;
      },
      onArrayBegin: (offset) => {
        const starts = depth === 1 && topKey === key && !seen;
        value(offset);
        depth++;
        if (starts) [inArray, seen, itemDepth] = [true, true, depth];
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayEnd: () => {
        if (inArray && depth === itemDepth) inArray = false;
        depth--;
      },
      onLiteralValue: (_value, offset) => value(offset),
      onObjectProperty: (name) => {
        if (depth === 1) topKey = name;
        wanted = inArray && depth === itemDepth + 1 && name === property && items[items.length - 1]?.property === null;
      },
    },
    STRICT,
  );
  return items;
}

/** Turns zod issues into located problems, one per issue. */
export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[], json: LocatedJson, file: string): FileProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { file, path: formatJsonPath(path) || '(root)', ...json.locate(path), message: issue.message };
  });
}

// Whether to colour, decided once, and the only module that imports chalk: every other module asks
// for a Palette, so turning colour off is one boolean and never a stray escape code.
import { Chalk } from 'chalk';
import type { Verdict } from '../types.js';

export interface ColorDecisionInput {
  /** --color (true) / --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** --color/--no-color, then NO_COLOR (https://no-color.org: any non-empty value), then FORCE_COLOR, then the TTY. */
export function decideColor({ flag, env, isTTY }: ColorDecisionInput): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

type Paint = (text: string) => string;

export interface Palette {
  readonly enabled: boolean;
  verdict(verdict: Verdict, text: string): string;
  /** Words the citation has and the page lost. */
  removed: Paint;
  /** Words the page has and the citation lacks. */
  added: Paint;
  dim: Paint;
  bold: Paint;
  failure: Paint;
  warning: Paint;
  success: Paint;
}

export function makePalette(enabled: boolean): Palette {
  // Level 1 (16 colours) is enough for these roles and renders the same in every terminal.
  const chalk = new Chalk({ level: enabled ? 1 : 0 });
  const byVerdict: Record<Verdict, Paint> = {
    verified: chalk.green,
    moved: chalk.cyan,
    skipped: chalk.gray,
    unverifiable: chalk.yellow,
    blocked: chalk.magenta,
    'date-mismatch': chalk.yellow,
    'title-mismatch': chalk.red,
    'soft-404': chalk.red,
    dead: chalk.red,
    error: chalk.red,
  };
  return {
    enabled,
    verdict: (verdict, text) => byVerdict[verdict](text),
    removed: chalk.red.strikethrough,
    added: chalk.green,
    dim: chalk.dim,
    bold: chalk.bold,
    failure: chalk.red,
    warning: chalk.yellow,
    success: chalk.green,
  };
}

// The only module that imports chalk: every reporter asks for a Palette, so turning colour off
// is one boolean (decided in cli/color.ts) and never a stray escape code.
import { Chalk } from 'chalk';
import type { Verdict } from '../types.js';

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

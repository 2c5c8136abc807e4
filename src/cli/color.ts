// Whether to colour, decided once for the run; report/palette.ts turns the answer into colours.

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

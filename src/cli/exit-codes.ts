// The one place that knows what each exit code means (SPEC "Exit codes").
export const EXIT = {
  ok: 0,
  failingVerdicts: 1,
  usage: 2,
  networkUnavailable: 3,
  /** A bug in citecheck itself: the stack is printed. Not in the SPEC's table, which it extends. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

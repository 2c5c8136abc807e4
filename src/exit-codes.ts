// What each exit code means, in one place. run/ states the outcome of a check as one of these in
// the report's summary; only src/cli/ hands it to the process.
export const EXIT = {
  ok: 0,
  failingVerdicts: 1,
  usage: 2,
  /** No site could be reached, or some references could not be checked for want of DNS. */
  networkUnavailable: 3,
  /** A bug in citecheck itself: the stack is printed. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

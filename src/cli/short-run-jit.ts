// `inspect` over saved pages is a short run of hot code: a process reading 100 real pages spent
// more CPU in V8's optimising compiler (on its background threads, once per thread) than in the
// optimised code, mostly recompiling the tokenizer's state loop with every state inlined into it
// each time a rarely taken state deoptimised it. A small inlining budget keeps those compilations
// small. Measured on bench:inspect (5 processes of 100 real pages, medians of 4 interleaved
// rounds): 11.96 -> 9.83 CPU-s; no inlining at all gave about the same, the default budget the former.
// V8 flags are process-wide (worker threads share them) and this one is read per compilation, so
// setting it before any page is read is in time; it changes no result, only compiled code.
// Set before the CLI is loaded: bin/ calls this (through bundle/load.ts) for `inspect` and
// `extract` before it compiles the bundle from a code cache the build made under these same
// flags, as V8 requires. inspect-command sets the inlining budget again for a CLI run from its
// modules or in-process (in the bundle, its own copy of this module: setting the same flag twice
// changes nothing), but not the regexp flag, which is safe only before any pattern has run.
import { setFlagsFromString } from 'node:v8';

let inliningTuned = false;
let regexpTuned = false;

/**
 * Both flags, for a process that has run nothing yet: bin/ (through bundle/load.ts) before it
 * loads the CLI.
 */
export function tuneJitForShortRun(): void {
  tuneInliningForShortRun();
  if (regexpTuned) return;
  regexpTuned = true;
  // And regular expressions compiled to machine code once, at first use, instead of interpreted
  // first and compiled again when hot: a process's ~190 patterns compile in 16 ms instead of 28,
  // and no recompilation (paired runs of 100 real pages: ~5 % less wall time; /work/h-speed, R).
  // Only before any pattern has run: switched off under a pattern V8 is interpreting and counting
  // towards its compilation, Node 20's V8 can crash the process (seen: a segmentation fault in a
  // test process that ran `check` in-process before `inspect` turned it off).
  setFlagsFromString('--no-regexp-tier-up');
}

/** The inlining budget alone: safe at any time, as V8 reads it per compilation. */
export function tuneInliningForShortRun(): void {
  if (inliningTuned) return;
  inliningTuned = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}

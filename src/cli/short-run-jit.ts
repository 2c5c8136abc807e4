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
// flags, as V8 requires. inspect-command calls it again for a CLI run from its modules or
// in-process (in the bundle, its own copy of this module: setting the same flags twice changes
// nothing).
import { setFlagsFromString } from 'node:v8';

let tuned = false;

export function tuneJitForShortRun(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
  // And regular expressions compiled to machine code once, at first use, instead of interpreted
  // first and compiled again when hot: a process's ~190 patterns compile in 16 ms instead of 28,
  // and no recompilation (paired runs of 100 real pages: ~5 % less wall time; /work/h-speed, R).
  setFlagsFromString('--no-regexp-tier-up');
}

// The failing policy, in one place: which results count for exit code 1, and what the run's exit
// code is. Reporters read the `failing` it sets on each result; they never decide it themselves.
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CheckResult, Verdict } from '../types.js';

/**
 * A result fails the run when its verdict is in --fail-on and no live waiver covers it. A result
 * that could not be checked for want of a network (`notChecked`) never fails: it says nothing
 * about the page, and exit code 3 speaks for it.
 */
export function isFailing(result: CheckResult, failOn: readonly Verdict[]): boolean {
  if (result.notChecked) return false;
  // --confirm holds it back: reported as a warning until seen failing often enough.
  if (result.pending) return false;
  if (!failOn.includes(result.verdict)) return false;
  return result.waiver === undefined || result.waiver.expired;
}

/**
 * 3 when no site could be reached at all; else 1 when a result fails; else 3 when some references
 * went unchecked (no DNS); else 1 when footnotes of a document given as input could not be read
 * (a finding in itself); else 0. Independent of --fail-on except through `failing`.
 */
export function runExitCode(results: readonly CheckResult[], networkUnavailable: boolean, unreadFootnotes = 0): ExitCode {
  if (networkUnavailable) return EXIT.networkUnavailable;
  if (results.some((result) => result.failing)) return EXIT.failingVerdicts;
  if (results.some((result) => result.notChecked)) return EXIT.networkUnavailable;
  return unreadFootnotes > 0 ? EXIT.failingVerdicts : EXIT.ok;
}

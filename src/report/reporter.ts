// The one shape every format implements, kept apart from the map so reporters can import it
// without importing each other.
import type { CheckResult, RunReport } from '../types.js';

export interface ReportContext {
  color: boolean;
  /**
   * How a sources-file path is written where CI resolves it against the repository (GitHub
   * annotations, SARIF): relative to GITHUB_WORKSPACE, else the git top level. Default: as given.
   */
  pathOf?: (file: string) => string;
}

export interface Reporter {
  /** The whole report, ending with a newline. */
  render(report: RunReport, ctx: ReportContext): string;
  /** Streaming formats: one line (newline included) per result as it finishes. */
  renderResult?(result: CheckResult, ctx: ReportContext): string;
  /** Streaming formats: what follows the results (newline included). */
  renderEnd?(report: RunReport, ctx: ReportContext): string;
  /**
   * The text of render() in pieces, for writing to a file: 10,000 results make a report of tens of
   * megabytes, which as one string (and its UTF-8 copy) would be most of the run's memory.
   */
  renderChunks?(report: RunReport, ctx: ReportContext): Iterable<string>;
}

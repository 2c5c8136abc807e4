// --archive in a run: a dead, soft-404, blocked or mismatched result gets the capture of its page
// as published, checked like a live page, and the capture as the proposed fix when it verifies.
// p-limit caps how many references are looked up at once (memory, open lookups); politeness
// toward the archive stays with the fetcher's per-site gate and the index client's interval.
import pLimit from 'p-limit';
import { ARCHIVE_VERDICTS, archiveField, archiveFix, createIndexClient, findArchivedCopy, type IndexClient } from '../archive/index.js';
import type { Fetcher } from '../fetch/index.js';
import type { CheckResult, LocatedReference } from '../types.js';
import type { ProxySetting } from '../fetch/proxy.js';
import type { VerifyOptions } from '../verify/index.js';

export interface ArchiveSettings {
  endpoint: string;
  userAgent: string;
  timeout: number;
  /** Pause between two index queries (the archive's own interval). */
  interval: number;
  /** References looked up at once [4]. */
  concurrency?: number;
  /** HTTP(S)_PROXY and NO_PROXY, as for the run's other requests. */
  proxy?: ProxySetting | null;
}

export interface ArchiveStep {
  /** The result with `archive` and `fix` set when a capture was checked; never rejects. */
  apply(reference: LocatedReference, result: CheckResult): Promise<CheckResult>;
  close(): Promise<void>;
}

export function createArchiveStep(settings: ArchiveSettings, fetcher: Fetcher, verify: VerifyOptions): ArchiveStep {
  const index: IndexClient = createIndexClient({ userAgent: settings.userAgent, timeout: settings.timeout, interval: settings.interval, proxy: settings.proxy });
  const limit = pLimit(settings.concurrency ?? 4);
  return {
    async apply(reference, result) {
      if (!ARCHIVE_VERDICTS.has(result.verdict) || result.notChecked || !result.url) return result;
      const cited = result.url;
      const lookup = await limit(() =>
        findArchivedCopy(reference, cited, {
          endpoint: settings.endpoint,
          queryIndex: (url) => index.query(url),
          fetchCapture: (url) => fetcher.fetchPage(url),
          verify,
        }),
      ).catch(() => null);
      if (!lookup) return result;
      const archive = archiveField(lookup);
      const fix = archiveFix(lookup);
      return { ...result, ...(archive ? { archive } : {}), ...(fix ? { fix } : {}) };
    },
    close: () => index.close(),
  };
}

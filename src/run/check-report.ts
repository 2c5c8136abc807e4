// The whole check as one function from options to a report (data): config, sources, --only,
// the run itself, waivers, and which results fail. The CLI only parses, prints and exits.
import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { shownPath } from '../read-user-file.js';
import { applyWaivers, loadConfig, waiversNamingNothing, type CitecheckConfig } from '../config/index.js';
import { CitecheckError } from '../errors.js';
import type { FetchEvent, FetchOptions } from '../fetch/index.js';
import type { ProxySetting } from '../fetch/proxy.js';
import { siteKey } from '../fetch/site-key.js';
import { formatDocumentProblem, loadSourcesInput } from '../sources/input.js';
import { parseOnly } from '../sources/only.js';
import type { CheckResult, LocatedReference, RunReport, Verdict } from '../types.js';
import { loadState, saveState, stateForSave, type State } from '../state/index.js';
import { packageInfo } from '../version.js';
import { runCheck } from './check.js';
import { RunMemory } from './memory.js';
import { clockFromEnv, memorySettings, type MemoryFlags, type MemorySettings } from './memory-settings.js';
import { isFailing, runExitCode } from './failing.js';
import { checkSettings, maskedHeader, type CheckFlags, type CheckSettings } from './settings.js';
import { urlFilter, type UrlFilter } from './url-filter.js';

export interface CheckRequest {
  /** The sources file as the user named it [sources.json]; read relative to `cwd`. */
  sources: string | undefined;
  flags: CheckFlags & MemoryFlags & { config?: string };
  cwd: string;
  /** The environment, for CITECHECK_NOW (a test clock shared by several runs). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock, for tests: waiver expiry and "dates after now". */
  now?: () => Date;
  /** HTTP(S)_PROXY and NO_PROXY from the environment (the CLI reads them). */
  proxy?: ProxySetting | null;
  /** Standard input, read when `sources` is `-`. */
  stdin?: string | (NodeJS.ReadableStream & { isTTY?: boolean });
  /** Test seams for the fetch stage (a DNS table, a test CA); never set by the CLI. */
  fetch?: Pick<FetchOptions, 'lookup' | 'ca' | 'backoffBaseMs'>;
}

/** Everything known before the first request: bad input has been refused by now. */
export interface PreparedCheck {
  settings: CheckSettings;
  config: CitecheckConfig;
  configPath: string | null;
  sourcesPath: string;
  references: LocatedReference[];
  only: ReadonlySet<string> | null;
  filter: UrlFilter;
  /** Said on stderr before the run (a waiver that names no reference, a footnote that could not be read). */
  warnings: string[];
  /** Footnotes of a document given as input that could not be read: the exit code is at least 1. */
  unreadFootnotes: number;
  now: () => Date;
  /** --state, --max-age, --confirm, --archive. */
  memory: MemorySettings;
  /** The state file as read (empty on the first run); null without --state. */
  state: State | null;
}

export interface CheckReportHooks {
  onFetchEvent?(event: FetchEvent): void;
  /** Each result as it gets its verdict, waivers applied and `failing` set. */
  onResult?(result: CheckResult): void;
}

function checkOnlyIds(only: ReadonlySet<string>, references: readonly LocatedReference[], sourcesPath: string): void {
  const known = new Set(references.map((reference) => reference.id));
  const unknown = [...only].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CitecheckError('USAGE', `the --only list names ${unknown.join(', ')}, not an id in ${sourcesPath}`, [], 'use the ids of the sources file, e.g. --only 3,5-7');
  }
}

export async function prepareCheck(request: CheckRequest): Promise<PreparedCheck> {
  const sourcesPath = request.sources ?? 'sources.json';
  const { config, path: configPath } = await loadConfig(request.flags.config, request.cwd, [dirname(resolve(request.cwd, sourcesPath)), request.cwd]);
  const settings = checkSettings(request.flags, config);
  if (request.proxy) settings.fetch = { ...settings.fetch, proxy: request.proxy };
  if (request.fetch) settings.fetch = { ...settings.fetch, ...request.fetch };
  const only = settings.only === undefined ? null : parseOnly(settings.only).ids;
  const filter = await urlFilter(request.flags, sourcesPath, request.cwd);
  const memory = memorySettings(request.flags, request.cwd);
  const now = request.now ?? clockFromEnv(request.env ?? {}) ?? (() => new Date());
  const { references, problems, path: sourcesName } = await loadSourcesInput(sourcesPath, request.stdin, { cwd: request.cwd, locateUrls: true });
  if (only) checkOnlyIds(only, references, sourcesName);
  const state = memory.statePath === null ? null : await loadState(memory.statePath, memory.stateShown ?? memory.statePath);
  if (memory.statePath !== null) await assertStateWritable(memory.statePath, memory.stateShown ?? memory.statePath);
  const shownConfig = configPath === null ? null : shownPath(configPath, request.cwd);
  return {
    settings,
    config,
    configPath: shownConfig,
    sourcesPath: sourcesName,
    references,
    only,
    filter,
    warnings: [
      ...problems.map((problem) => formatDocumentProblem(problem, sourcesName)),
      ...waiversNamingNothing(config.waivers ?? [], references, shownConfig ?? 'the config file', siteKey),
    ],
    unreadFootnotes: problems.length,
    now,
    memory,
    state,
  };
}

/** The state file is written at the end: a folder it cannot be written to is refused before any request. */
async function assertStateWritable(path: string, shown: string): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
  } catch {
    throw new CitecheckError('STATE_WRITE', `cannot write state file ${shown}: its folder does not exist or is not writable`, [], 'give --state a path in an existing, writable folder');
  }
}

function countVerdicts(results: readonly CheckResult[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const result of results) counts[result.verdict] = (counts[result.verdict] ?? 0) + 1;
  return counts;
}

export async function executeCheck(prepared: PreparedCheck, hooks: CheckReportHooks = {}): Promise<RunReport> {
  const { settings, config, references, only, now } = prepared;
  const today = now().toISOString().slice(0, 10);
  const memory = prepared.state
    ? new RunMemory({ state: prepared.state, maxAgeMs: prepared.memory.maxAgeMs, confirm: prepared.memory.confirm }, now)
    : undefined;
  const judged: CheckResult[] = [];
  // `failing` is written into the run's own result (a waiver's copy when one applies): a copy of
  // every result would hold 10,000 objects twice until the run ends.
  const judge = (result: CheckResult): CheckResult => {
    const waived = applyWaivers([result], config.waivers ?? [], today, siteKey)[0]!;
    waived.failing = isFailing(waived, settings.failOn);
    return waived;
  };
  const run = await runCheck(
    references,
    {
      fetch: settings.fetch,
      verify: { titleThreshold: settings.titleThreshold, dateTolerance: settings.dateTolerance },
      only,
      excludes: (url) => prepared.filter.excludes(url),
      now,
      ...(memory ? { memory } : {}),
      ...(prepared.memory.archiveEndpoint
        ? {
            archive: {
              endpoint: prepared.memory.archiveEndpoint,
              userAgent: settings.fetch.userAgent,
              timeout: settings.fetch.timeout,
              interval: settings.fetch.hostInterval,
              proxy: settings.fetch.proxy,
            },
          }
        : {}),
    },
    {
      onFetchEvent: hooks.onFetchEvent,
      // Judged once, as it settles: the streamed result and the report's are the same object.
      onResult: (result, index) => {
        judged[index] = judge(result);
        hooks.onResult?.(judged[index]);
      },
    },
  );
  // Every result went through onResult, as it settled.
  const results = judged;
  if (memory && prepared.state && prepared.memory.statePath) {
    // Sources order, references gone from the file pruned, those not checked (--only) kept as they were.
    const next = stateForSave(prepared.state, memory.updated, references.map((reference) => reference.id));
    await saveState(prepared.memory.statePath, next, prepared.memory.stateShown ?? prepared.memory.statePath);
  }
  return {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: packageInfo().version },
    sources: prepared.sourcesPath,
    startedAt: run.startedAt.toISOString(),
    durationMs: run.durationMs,
    options: {
      failOn: [...settings.failOn],
      titleThreshold: settings.titleThreshold,
      dateTolerance: settings.dateTolerance,
      hostInterval: settings.fetch.hostInterval,
      hostConcurrency: settings.fetch.hostConcurrency,
      timeout: settings.fetch.timeout,
      retries: settings.fetch.retries,
      config: prepared.configPath,
      state: prepared.memory.stateShown,
      ...(settings.fetch.headers ? { headers: Object.keys(settings.fetch.headers).map((name) => maskedHeader(`${name}:`)) } : {}),
    },
    summary: {
      total: results.length,
      verdicts: countVerdicts(results),
      exitCode: runExitCode(results, run.networkUnavailable, prepared.unreadFootnotes),
      slowedSites: run.slowedSites,
      networkUnavailable: run.networkUnavailable,
      waived: results.filter((result) => result.waiver && !result.waiver.expired).length,
      ...(prepared.memory.confirm ? { pending: results.filter((result) => result.pending).length } : {}),
    },
    results,
  };
}

/** Options in, the report out (as data). Throws CitecheckError for bad input before any request. */
export async function checkReport(request: CheckRequest, hooks: CheckReportHooks = {}): Promise<RunReport> {
  return executeCheck(await prepareCheck(request), hooks);
}

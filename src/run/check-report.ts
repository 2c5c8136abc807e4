// The whole check as one function from options to a report (data): config, sources, --only,
// the run itself, waivers, and which results fail. The CLI only parses, prints and exits.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { applyWaivers, loadConfig, type CitecheckConfig } from '../config/index.js';
import { CitecheckError } from '../errors.js';
import type { FetchEvent, FetchOptions } from '../fetch/index.js';
import { siteKey } from '../fetch/site-key.js';
import { unreadableReason } from '../read-user-file.js';
import { installSchemaMessages } from '../schema-messages.js';
import { parseSources } from '../sources/load.js';
import { arrayItemOffsets, lineLocator } from '../sources/located-json.js';
import { parseOnly } from '../sources/only.js';
import type { CheckResult, LocatedReference, RunReport, Verdict } from '../types.js';
import { packageInfo } from '../version.js';
import { runCheck } from './check.js';
import { isFailing, runExitCode } from './failing.js';
import { checkSettings, maskedHeader, type CheckFlags, type CheckSettings } from './settings.js';
import { urlFilter, type UrlFilter } from './url-filter.js';
import { waiversNamingNothing } from './waiver-warnings.js';

export interface CheckRequest {
  /** The sources file as the user named it [sources.json]; read relative to `cwd`. */
  sources: string | undefined;
  flags: CheckFlags & { config?: string };
  cwd: string;
  /** The clock, for tests: waiver expiry and "dates after now". */
  now?: () => Date;
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
  /** Said on stderr before the run (a waiver that names no reference). */
  warnings: string[];
  now: () => Date;
}

export interface CheckReportHooks {
  onFetchEvent?(event: FetchEvent): void;
  /** Each result as it gets its verdict, waivers applied and `failing` set. */
  onResult?(result: CheckResult): void;
}

const SOURCES_HINT = 'create it with `citecheck extract DOCUMENT > sources.json` or pass its path';

async function readSources(path: string, cwd: string): Promise<LocatedReference[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new CitecheckError('SOURCES_NOT_FOUND', `cannot read ${path}: ${unreadableReason(error)}`, [], SOURCES_HINT);
  }
  installSchemaMessages();
  return withUrlLocations(parseSources(text, path).references, text);
}

/** Adds where each `url` value stands (the reference's own location points at its opening brace). */
function withUrlLocations(references: LocatedReference[], text: string): LocatedReference[] {
  // One pass over the text, then a binary search per reference: 10,000 references stay linear.
  const items = arrayItemOffsets(text, 'references', 'url');
  const at = lineLocator(text);
  return references.map((reference, index) => {
    const url = items[index]?.property;
    if (url === null || url === undefined) return reference;
    return { ...reference, location: { ...reference.location, url: at(url) } };
  });
}

/** A path inside the working folder is shown relative to it, as the user would type it. */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
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
  if (request.fetch) settings.fetch = { ...settings.fetch, ...request.fetch };
  const only = settings.only === undefined ? null : parseOnly(settings.only).ids;
  const filter = await urlFilter(request.flags, sourcesPath, request.cwd);
  const references = await readSources(sourcesPath, request.cwd);
  if (only) checkOnlyIds(only, references, sourcesPath);
  const shownConfig = configPath === null ? null : shownPath(configPath, request.cwd);
  return {
    settings,
    config,
    configPath: shownConfig,
    sourcesPath,
    references,
    only,
    filter,
    warnings: waiversNamingNothing(config.waivers ?? [], references, shownConfig ?? 'the config file', siteKey),
    now: request.now ?? (() => new Date()),
  };
}

function countVerdicts(results: readonly CheckResult[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const result of results) counts[result.verdict] = (counts[result.verdict] ?? 0) + 1;
  return counts;
}

export async function executeCheck(prepared: PreparedCheck, hooks: CheckReportHooks = {}): Promise<RunReport> {
  const { settings, config, references, only, now } = prepared;
  const today = now().toISOString().slice(0, 10);
  const judge = (result: CheckResult): CheckResult => {
    const waived = applyWaivers([result], config.waivers ?? [], today, siteKey)[0]!;
    return { ...waived, failing: isFailing(waived, settings.failOn) };
  };
  const run = await runCheck(
    references,
    {
      fetch: settings.fetch,
      verify: { titleThreshold: settings.titleThreshold, dateTolerance: settings.dateTolerance },
      only,
      excludes: (url) => prepared.filter.excludes(url),
      now,
    },
    {
      onFetchEvent: hooks.onFetchEvent,
      onResult: hooks.onResult ? (result) => hooks.onResult!(judge(result)) : undefined,
    },
  );
  const results = run.results.map(judge);
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
      state: null,
      ...(settings.fetch.headers ? { headers: Object.keys(settings.fetch.headers).map((name) => maskedHeader(`${name}:`)) } : {}),
    },
    summary: {
      total: results.length,
      verdicts: countVerdicts(results),
      exitCode: runExitCode(results, run.networkUnavailable),
      slowedSites: run.slowedSites,
      networkUnavailable: run.networkUnavailable,
      waived: results.filter((result) => result.waiver && !result.waiver.expired).length,
    },
    results,
  };
}

/** Options in, the report out (as data). Throws CitecheckError for bad input before any request. */
export async function checkReport(request: CheckRequest, hooks: CheckReportHooks = {}): Promise<RunReport> {
  return executeCheck(await prepareCheck(request), hooks);
}

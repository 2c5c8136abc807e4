// `citecheck resolve` as one function from options to data: the references without a URL, each
// searched in the archive index by its outlet's URL shapes, the best candidate verified; with
// --write the verified URLs go into the sources file (its text edited, a backup kept).
// p-limit caps how many references are resolved at once; politeness toward the archive and the
// outlets stays with the index client's interval and the fetcher's per-site gate.
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import pLimit from 'p-limit';
import { createIndexClient, DEFAULT_ARCHIVE_ENDPOINT } from '../archive/index.js';
import { loadConfig } from '../config/index.js';
import { CitecheckError } from '../errors.js';
import { createFetcher, type FetchOptions } from '../fetch/index.js';
import type { ProxySetting } from '../fetch/proxy.js';
import { applyUrlEdits, resolveReference, writeSourcesWithBackup, type Proposal, type ResolveOutcome } from '../resolve/index.js';
import { isDocumentPath, loadSourcesInput, STDIN_NAME } from '../sources/input.js';
import type { LocatedReference } from '../types.js';
import { parseArchiveEndpoint } from './memory-settings.js';
import { DEFAULTS, fetchSettings, type CheckFlags } from './settings.js';

export interface ResolveFlags extends Pick<CheckFlags, 'timeout' | 'maxBytes' | 'userAgent' | 'ignoreRobots' | 'allowPrivate' | 'hostInterval' | 'retries'> {
  write?: boolean;
  archiveEndpoint?: string;
  format?: 'text' | 'json';
  config?: string;
}

export interface ResolveRequest {
  sources: string | undefined;
  flags: ResolveFlags;
  cwd: string;
  /** Standard input for `-`. */
  stdin?: string | (NodeJS.ReadableStream & { isTTY?: boolean });
  /** HTTP(S)_PROXY and NO_PROXY from the environment (the CLI reads them). */
  proxy?: ProxySetting | null;
  /** Test seams for the fetch stage; never set by the CLI. */
  fetch?: Pick<FetchOptions, 'lookup' | 'ca' | 'backoffBaseMs'>;
}

export interface ResolveEntry {
  reference: LocatedReference;
  outcome: ResolveOutcome;
}

export interface ResolveRun {
  sourcesPath: string;
  entries: ResolveEntry[];
  proposals: Proposal[];
  /** True when references were searched and neither the archive nor any site answered (exit 3). */
  unreachable: boolean;
  /** --write: ids written and the backup, when something was written. */
  written: { ids: string[]; backup: string } | null;
}

/** References resolved at once. */
const CONCURRENCY = 4;
/** Candidate captures being read at once, over all references. */
const CANDIDATE_CONCURRENCY = 8;

export async function runResolve(request: ResolveRequest): Promise<ResolveRun> {
  const sourcesArg = request.sources ?? 'sources.json';
  const flags = request.flags;
  // --write edits a sources file in place: a document's footnotes or a pipe have no url values to edit.
  if (flags.write && (sourcesArg === '-' || isDocumentPath(sourcesArg))) {
    throw new CitecheckError(
      'USAGE',
      `--write cannot edit ${sourcesArg === '-' ? 'standard input' : `the document ${sourcesArg}`}: it writes url values into a sources file (JSON)`,
      [],
      sourcesArg === '-' ? 'give the sources file by its path' : `run \`citecheck extract ${sourcesArg} > sources.json\` and resolve sources.json, or drop --write`,
    );
  }
  const endpoint = flags.archiveEndpoint === undefined ? DEFAULT_ARCHIVE_ENDPOINT : parseArchiveEndpoint(flags.archiveEndpoint);
  const sourcesPath = sourcesArg === '-' ? STDIN_NAME : sourcesArg;
  // Standard input has no folder of its own: its config is the working folder's (as for check).
  const absolute = sourcesArg === '-' ? request.cwd : resolvePath(request.cwd, sourcesArg);
  const searchFolders = sourcesArg === '-' ? [request.cwd] : [dirname(absolute), request.cwd];
  const { config } = await loadConfig(flags.config, request.cwd, searchFolders);
  const input = await loadSourcesInput(sourcesArg, request.stdin, { cwd: request.cwd });
  const references = input.references.filter((reference) => reference.url === null);

  const fetchOptions: FetchOptions = { ...fetchSettings(flags, config), ...(request.proxy ? { proxy: request.proxy } : {}), ...request.fetch, trustedOrigins: [endpoint] };
  let siteReached = false;
  let archiveReached = false;
  const fetcher = createFetcher(fetchOptions);
  const index = createIndexClient({ userAgent: fetchOptions.userAgent, timeout: fetchOptions.timeout, interval: fetchOptions.hostInterval, proxy: fetchOptions.proxy });
  const limit = pLimit(CONCURRENCY);
  // Candidate captures read at once across the run; the fetcher's per-site gate still spaces them.
  const candidateLimit = pLimit(CANDIDATE_CONCURRENCY);
  let entries: ResolveEntry[];
  try {
    entries = await Promise.all(
      references.map((reference) =>
        limit(async (): Promise<ResolveEntry> => {
          const outcome = await resolveReference(reference, {
            endpoint,
            queryIndex: async (url) => {
              const answer = await index.query(url);
              if (answer.ok || answer.reachedServer) archiveReached = true;
              return answer;
            },
            fetchPage: async (url) => {
              const fetched = await fetcher.fetchPage(url);
              if (fetched.reachedServer) siteReached = true;
              return fetched;
            },
            verify: { titleThreshold: config.titleThreshold ?? DEFAULTS.titleThreshold, dateTolerance: config.dateTolerance ?? DEFAULTS.dateTolerance },
            configOutlets: config.outlets,
            limit: candidateLimit,
          });
          return { reference, outcome };
        }),
      ),
    );
  } finally {
    await index.close();
    await fetcher.close();
  }
  const proposals = entries.flatMap(({ outcome }) => (outcome.status === 'proposed' ? [outcome.proposal] : []));
  const searched = entries.some(({ outcome }) => outcome.status !== 'unknown-outlet' && outcome.status !== 'no-date');
  const unreachable = searched && !archiveReached && !siteReached;

  let written: ResolveRun['written'] = null;
  const verified = proposals.filter((proposal) => proposal.verified);
  if (flags.write && verified.length > 0) {
    const text = await readFile(absolute, 'utf8');
    const edited = applyUrlEdits(text, verified.map(({ id, url }) => ({ id, url })));
    await writeSourcesWithBackup(absolute, edited.text, sourcesPath);
    written = { ids: edited.applied, backup: `${sourcesPath}.bak` };
  }
  return { sourcesPath, entries, proposals, unreachable, written };
}

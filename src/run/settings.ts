// One place where flags, the config file and the defaults meet: a flag wins over the file,
// the file over the default.
import type { CitecheckConfig } from '../config/index.js';
import type { FetchOptions } from '../fetch/index.js';
import type { ReportFormat } from '../report/index.js';
import { CitecheckError } from '../errors.js';
import { siteKey } from '../fetch/site-key.js';
import { DEFAULT_FAIL_ON, type Verdict } from '../types.js';
import { defaultUserAgent } from '../version.js';

export interface CheckSettings {
  format: ReportFormat;
  /** True when the format was taken from --output's extension (the CLI says so on stderr). */
  formatFromExtension: boolean;
  output: string | undefined;
  only: string | undefined;
  failOn: readonly Verdict[];
  titleThreshold: number;
  dateTolerance: number;
  quiet: boolean;
  color: boolean | undefined;
  fetch: FetchOptions;
}

/** What commander hands over: only the flags the user gave (no defaults are set there), named as in the config file. */
export type CheckFlags = Omit<CitecheckConfig, '$schema' | 'sites' | 'waivers' | 'outlets'> & {
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  dump?: boolean;
  /** --exclude / --include: regular expressions over URLs, repeatable. */
  exclude?: string[];
  include?: string[];
  /** --accept: statuses besides 2xx whose body is read and judged. */
  accept?: number[];
  /** --header "Name: value", repeatable. */
  header?: string[];
};

/** "Name: value" → [name, value]; the CLI's parser has already refused other shapes. */
function splitHeader(header: string): [string, string] {
  const colon = header.indexOf(':');
  const name = colon > 0 ? header.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    // The text is not repeated: it may be the secret itself.
    throw new CitecheckError('USAGE', 'a --header is not written "Name: value"', [], 'write it like --header "Authorization: Bearer …" (its value is never printed)');
  }
  return [name, header.slice(colon + 1).trim()];
}

/** How a header is shown anywhere (-v, --dump, the JSON options): its value never is. */
export function maskedHeader(header: string): string {
  return `${splitHeader(header)[0]}: ***`;
}

export const DEFAULTS = {
  format: 'text' as ReportFormat,
  concurrency: 8,
  hostInterval: 1000,
  hostConcurrency: 2,
  timeout: 15_000,
  retries: 2,
  maxBytes: 5_242_880,
  titleThreshold: 0.85,
  dateTolerance: 1,
};

/** Politeness is per site, so hosts of one site ("m.x.com", "www.x.com") must not compete. */
function siteOverrides(config: CitecheckConfig): FetchOptions['siteOverrides'] {
  const overrides: NonNullable<FetchOptions['siteOverrides']> = {};
  const keyOf = new Map<string, string>();
  for (const [key, site] of Object.entries(config.sites ?? {})) {
    const folded = siteKey(`http://${key}/`);
    const earlier = keyOf.get(folded);
    if (earlier !== undefined) {
      throw new CitecheckError('CONFIG_SCHEMA', `config "sites" names one site twice: "${earlier}" and "${key}" are both ${folded}`, [], `merge them under "${folded}"`);
    }
    keyOf.set(folded, key);
    overrides[folded] = site;
  }
  return overrides;
}

export function fetchSettings(flags: CheckFlags, config: CitecheckConfig = {}): FetchOptions {
  return {
    concurrency: flags.concurrency ?? config.concurrency ?? DEFAULTS.concurrency,
    hostInterval: flags.hostInterval ?? config.hostInterval ?? DEFAULTS.hostInterval,
    hostConcurrency: flags.hostConcurrency ?? config.hostConcurrency ?? DEFAULTS.hostConcurrency,
    timeout: flags.timeout ?? config.timeout ?? DEFAULTS.timeout,
    retries: flags.retries ?? config.retries ?? DEFAULTS.retries,
    maxBytes: flags.maxBytes ?? config.maxBytes ?? DEFAULTS.maxBytes,
    userAgent: flags.userAgent ?? config.userAgent ?? defaultUserAgent(),
    ignoreRobots: flags.ignoreRobots ?? config.ignoreRobots ?? false,
    allowPrivate: flags.allowPrivate ?? config.allowPrivate ?? false,
    siteOverrides: siteOverrides(config),
    ...(flags.header?.length ? { headers: Object.fromEntries(flags.header.map(splitHeader)) } : {}),
    ...(flags.accept?.length ? { acceptStatuses: [...flags.accept] } : {}),
  };
}

const FORMAT_BY_EXTENSION: Record<string, ReportFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.xml': 'junit',
  '.sarif': 'sarif',
  '.md': 'markdown',
};

/** `--output r.json` without a format means a JSON report, not text in a file named .json. */
function formatForFile(path: string): ReportFormat | undefined {
  const match = /\.[a-z]+$/i.exec(path);
  return match ? FORMAT_BY_EXTENSION[match[0].toLowerCase()] : undefined;
}

export function checkSettings(flags: CheckFlags, config: CitecheckConfig): CheckSettings {
  const output = flags.output ?? config.output;
  const given = flags.format ?? config.format;
  const fromExtension = given === undefined && output !== undefined ? formatForFile(output) : undefined;
  return {
    format: given ?? fromExtension ?? DEFAULTS.format,
    formatFromExtension: fromExtension !== undefined,
    output,
    only: flags.only ?? config.only,
    failOn: flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON,
    titleThreshold: flags.titleThreshold ?? config.titleThreshold ?? DEFAULTS.titleThreshold,
    dateTolerance: flags.dateTolerance ?? config.dateTolerance ?? DEFAULTS.dateTolerance,
    quiet: flags.quiet ?? false,
    color: flags.color,
    fetch: fetchSettings(flags, config),
  };
}

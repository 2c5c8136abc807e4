// The config file: defaults for every check option, per-site overrides, and waivers.
import type { ReportFormat } from '../report/formats.js';
import type { Verdict } from '../types.js';
import type { WaiverRule } from './waivers.js';

export { applyWaivers, isExpired, waiversNamingNothing, type WaiverRule } from './waivers.js';
export { DEFAULT_CONFIG_FILE, loadConfig } from './load.js';
export { configFileSchema, configJsonSchema } from './config-schema.js';

/** A site's overrides are exactly what the fetch stage takes per site. */
export type { SiteOverride as SiteConfig } from '../fetch/index.js';
import type { SiteOverride as SiteConfig } from '../fetch/index.js';

/** Defaults for every check option, named as the flags in camelCase. */
export interface CitecheckConfig {
  $schema?: string;
  format?: ReportFormat;
  output?: string;
  only?: string;
  concurrency?: number;
  hostInterval?: number;
  hostConcurrency?: number;
  timeout?: number;
  retries?: number;
  maxBytes?: number;
  userAgent?: string;
  titleThreshold?: number;
  dateTolerance?: number;
  failOn?: Verdict[];
  ignoreRobots?: boolean;
  allowPrivate?: boolean;
  /** Keyed by a site (registrable domain like "koreatimes.co.kr") or a host. */
  sites?: Record<string, SiteConfig>;
  waivers?: WaiverRule[];
  /** For `resolve`: an outlet's name → its site ("The Korea Times": "koreatimes.co.kr"). */
  outlets?: Record<string, string>;
}

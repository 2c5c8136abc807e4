// --state, --max-age, --confirm, --archive and --archive-endpoint, and the test clock: checked
// before the first request (bad input is exit 2 and nothing happens), turned into run options.
import { resolve } from 'node:path';
import { DEFAULT_ARCHIVE_ENDPOINT } from '../archive/index.js';
import { parseConfirm, parseDuration, type ConfirmSetting } from '../duration.js';
import { CitecheckError } from '../errors.js';

export interface MemoryFlags {
  state?: string;
  maxAge?: string;
  confirm?: string;
  archive?: boolean;
  archiveEndpoint?: string;
}

export interface MemorySettings {
  /** Absolute path of the state file, or null without --state. */
  statePath: string | null;
  /** The path as the user wrote it (shown in messages and the report's options). */
  stateShown: string | null;
  maxAgeMs?: number;
  confirm?: ConfirmSetting;
  /** The CDX endpoint when --archive is on, else null. */
  archiveEndpoint: string | null;
}

function requiresState(flag: string): CitecheckError {
  return new CitecheckError('USAGE', `${flag} needs --state FILE: it works from what earlier runs remembered`, [], `add --state citecheck.state.json (the file is created on the first run)`);
}

/** An http(s) URL with nothing after the origin but an optional path (the CDX API lives under it). */
export function parseArchiveEndpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CitecheckError('USAGE', `--archive-endpoint "${raw}" is not a URL`, [], 'give the archive server, e.g. --archive-endpoint https://web.archive.org');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CitecheckError('USAGE', `--archive-endpoint "${raw}" is not an http(s) URL`, [], 'give the archive server, e.g. --archive-endpoint https://web.archive.org');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function memorySettings(flags: MemoryFlags, cwd: string): MemorySettings {
  if (flags.state === undefined) {
    if (flags.maxAge !== undefined) throw requiresState('--max-age');
    if (flags.confirm !== undefined) throw requiresState('--confirm');
  }
  const endpoint = flags.archiveEndpoint === undefined ? null : parseArchiveEndpoint(flags.archiveEndpoint);
  return {
    statePath: flags.state === undefined ? null : resolve(cwd, flags.state),
    stateShown: flags.state ?? null,
    ...(flags.maxAge !== undefined ? { maxAgeMs: parseDuration(flags.maxAge, '--max-age') } : {}),
    ...(flags.confirm !== undefined ? { confirm: parseConfirm(flags.confirm) } : {}),
    // --archive-endpoint alone means the user wants the archive: it turns --archive on.
    archiveEndpoint: flags.archive || endpoint !== null ? (endpoint ?? DEFAULT_ARCHIVE_ENDPOINT) : null,
  };
}

/**
 * CITECHECK_NOW (for tests only): an ISO time the run takes as "now", so several runs can share a
 * moved clock (--confirm's days apart, --max-age's age). Unset, the real clock.
 */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>>): (() => Date) | undefined {
  const raw = env.CITECHECK_NOW;
  if (raw === undefined || raw === '') return undefined;
  const at = Date.parse(raw);
  if (!Number.isFinite(at) || !/^\d{4}-\d{2}-\d{2}T/.test(raw)) {
    throw new CitecheckError('USAGE', `CITECHECK_NOW "${raw}" is not an ISO time`, [], 'unset it (it is for tests only), or write it like 2026-12-01T06:00:00Z');
  }
  return () => new Date(at);
}

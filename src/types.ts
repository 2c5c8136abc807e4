// The data that flows through the pipeline: sources → fetch → extract → verify → report.
// Every stage reads and returns these shapes; none of them carries behaviour.

export const VERDICTS = [
  'skipped',
  'blocked',
  'dead',
  'error',
  'soft-404',
  'unverifiable',
  'title-mismatch',
  'date-mismatch',
  'moved',
  'verified',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The reason of a reference --only left out: the text report counts these instead of listing them. */
export const LEFT_OUT_BY_ONLY = 'left out by --only';

export const DEFAULT_FAIL_ON: readonly Verdict[] = [
  'dead',
  'soft-404',
  'title-mismatch',
  'date-mismatch',
  'error',
];

/** Where a reference stands in the sources file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** Where the reference's `url` value stands, for an editor to put the cursor on it. */
  url?: { line: number; column: number };
}

export type AlternateRelation = 'mirror' | 'syndication' | 'archive';

export interface Alternate {
  url: string;
  relation: AlternateRelation;
}

export interface Reference {
  id: string;
  authors: string[];
  title: string;
  outlet: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the outlet printed it. */
  date?: string;
  url: string | null;
  alternates?: Alternate[];
  volume?: string | number;
  issue?: string | number;
  pages?: string;
  doi?: string;
}

export interface LocatedReference extends Reference {
  location: SourceLocation;
}

export interface DocumentInfo {
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
}

export interface SourcesFile {
  $schema?: string;
  document?: DocumentInfo;
  references: Reference[];
}

// ---------------------------------------------------------------- fetch

export const FETCH_ERROR_CODES = [
  'timeout',
  'dns',
  'refused',
  'reset',
  'tls',
  'too-large',
  'too-many-redirects',
  'redirect-loop',
  'bad-redirect',
  'private-address',
  'unsupported-content',
  'http-status',
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

export interface RedirectHop {
  status: number;
  url: string;
  location: string;
}

export interface FetchResult {
  url: string;
  finalUrl: string;
  /** Last HTTP status received, null when no response came. */
  status: number | null;
  redirects: RedirectHop[];
  attempts: number;
  durationMs: number;
  contentType: string | null;
  /** Lower-cased response header names of the final response. */
  headers: Record<string, string>;
  /** The decoded (decompressed) body, when it was HTML or PDF and within limits. */
  body: Buffer | null;
  error: FetchErrorCode | null;
  /** A human-readable detail: the errno (ENOTFOUND, EAI_AGAIN...), the TLS reason, what a site asked for. */
  errorDetail: string | null;
  /** True when no such host (NXDOMAIN): the domain is gone, as opposed to a temporary DNS failure. */
  noSuchHost: boolean;
  /** True once a TCP connection to some server was established (a TLS failure or a timeout after connecting counts as reached). */
  reachedServer: boolean;
  /** Retry-After the site asked for on the last response, in ms, when it sent one. */
  retryAfterMs: number | null;
  /** Set when robots.txt disallowed the URL: nothing was requested. */
  robotsDisallowed: boolean;
}

// ---------------------------------------------------------------- extract

export type TitleSource =
  | 'citation_title'
  | 'og:title'
  | 'json-ld'
  | 'twitter:title'
  | 'dc.title'
  | 'h1'
  | '<title>'
  | 'pdf:info'
  | 'pdf:xmp';

export interface TitleCandidate {
  value: string;
  source: TitleSource | string;
  /** Strong candidates are meant to be the headline; weak ones (e.g. a bare <title>) may carry other words. */
  strong?: boolean;
}

export type DateKind = 'published' | 'modified' | 'visible-text' | 'url';

export interface DateCandidate {
  /** Calendar date `YYYY-MM-DD` (or coarser) in the page's own time zone. */
  value: string;
  /** The full timestamp as the page states it, when it has a time. */
  datetime?: string | null;
  source: string;
  kind: DateKind;
  /** Where the page states it: its metadata, the article, elsewhere on the page, or the URL. */
  where?: DateWhere;
  /** The page speaking of itself (metadata, a labelled or headline date), not a passing mention. */
  strong?: boolean;
}

export type DateWhere = 'metadata' | 'article' | 'page' | 'url';

export interface PageSignals {
  notFound: boolean;
  botWall: boolean;
  /** Login or paywall interstitial instead of the article. */
  loginWall?: boolean;
  /** A cookie-consent interstitial ("Before you continue", "Accept all") instead of the article. */
  consentWall?: boolean;
  /**
   * The page keeps an article's headline fields (og:title, a date) but shows only a notice that
   * it was removed or is not found, and no text: a dead article. Present only when true.
   */
  articleRemoved?: boolean;
}

export interface PageMetadata {
  title: { value: string | null; source: string | null; candidates: TitleCandidate[] };
  date: {
    value: string | null;
    datetime: string | null;
    source: string | null;
    kind: DateKind | null;
    candidates: DateCandidate[];
  };
  canonical: string | null;
  siteName: string | null;
  language: string | null;
  signals: PageSignals;
  /** A hash of the article's paragraph text (--state notices a rewrite by it); null when none was read. */
  fingerprint?: string | null;
  /**
   * The headline's words (folded) that the article's text capitalises inside a sentence: names,
   * where a Title Case headline's own case cannot tell them. Read by the title comparison only.
   */
  articleNames?: string[];
}

// ---------------------------------------------------------------- verify

export interface TitleComparison {
  expected: string;
  found: string | null;
  source: string | null;
  similarity: number | null;
  match: boolean | null;
  /** Word-level diff when the titles do not match. */
  diff?: WordDiffPart[];
  /** Every headline candidate the page offered, so an editor can see what was compared. */
  candidates?: TitleCandidate[];
}

export interface WordDiffPart {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

export interface DateComparison {
  expected: string | null;
  found: string | null;
  source: string | null;
  kind?: DateKind | null;
  deltaDays: number | null;
  match: boolean | null;
  /** Every date candidate the page offered (dates in lists of other stories never are). */
  candidates?: DateCandidate[];
}

export interface HttpSummary {
  status: number | null;
  redirects: RedirectHop[];
  attempts: number;
  durationMs: number;
  contentType: string | null;
  error: FetchErrorCode | null;
  detail?: string | null;
  retryAfterMs?: number | null;
}

export interface Waiver {
  reason: string;
  expires?: string;
  expired: boolean;
}

/** A copy of the cited text elsewhere (a reference's `alternates`), checked when the cited URL itself does not verify. */
export interface AlternateResult {
  url: string;
  relation: AlternateRelation;
  verdict: Verdict;
  reason: string;
  finalUrl: string | null;
}

export interface CheckResult {
  id: string;
  verdict: Verdict;
  reason: string;
  location: SourceLocation;
  outlet?: string;
  url: string | null;
  finalUrl: string | null;
  /** The URL to put in the citation when the verdict is `moved`. */
  suggestedUrl?: string | null;
  http: HttpSummary | null;
  title: TitleComparison;
  date: DateComparison;
  waiver?: Waiver;
  alternates?: AlternateResult[];
  /** The alternate that carried the verdict, for a reference without a URL of its own. */
  via?: { relation: AlternateRelation; url: string };
  /** A replacement URL the report proposes (an alternate or archived copy that verifies). */
  fix?: { url: string; why: string };
  /** True when this result counts for exit code 1 (set by run/failing.ts). */
  failing?: boolean;
  /** Not checked for want of a network (DNS down, offline): says nothing about the page. */
  notChecked?: boolean;
  /** --state: the verdict came from a stored reading (a 304 answer, or --max-age without a request). */
  cached?: 'not-modified' | 'max-age';
  /** --confirm holds this failing result back: seen failing `seen` of `needed` times since `since`. */
  pending?: { seen: number; needed: number; since: string };
  /** --archive: the capture that was checked. */
  archive?: { url: string; timestamp: string; verdict: Verdict; title: string | null; date: string | null };
  /** --state: the article text's fingerprint differs from the last stored one (no verdict changes). */
  drift?: boolean;
}

export interface RunSummary {
  total: number;
  verdicts: Partial<Record<Verdict, number>>;
  exitCode: number;
  /** Sites that asked us to slow down (429 / Retry-After / Crawl-delay). */
  slowedSites?: { site: string; reason: string }[];
  networkUnavailable?: boolean;
  /** Results a live waiver covers. */
  waived?: number;
  /** Results --confirm holds back (reported, not counted for the exit code). */
  pending?: number;
}

/** What the run used, so a report can be read without the command line that made it. */
export interface RunOptionsSummary {
  failOn: Verdict[];
  titleThreshold: number;
  dateTolerance: number;
  hostInterval: number;
  hostConcurrency: number;
  timeout: number;
  retries: number;
  /** The config file's path, or null when none was read. */
  config: string | null;
  /** The --state file's path, or null. */
  state: string | null;
  /** --header names, each as `Name: ***`: a value is never printed. */
  headers?: string[];
}

export interface RunReport {
  schemaVersion: 1;
  tool: { name: 'citecheck'; version: string };
  sources: string;
  startedAt: string;
  durationMs: number;
  options?: RunOptionsSummary;
  summary: RunSummary;
  results: CheckResult[];
}

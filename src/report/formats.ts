// The list of formats lives apart from the reporters' map so that the config schema can name the
// formats without loading every reporter.
export const REPORT_FORMATS = ['text', 'json', 'ndjson', 'junit', 'github', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export { decideVerdict, httpSummary, skippedResult, unreadableResult, wantsNotFoundProbe } from './decide-verdict.js';
export type { NotFoundProbe, VerifyOptions } from './decide-verdict.js';
export { compareTitle } from './compare-title.js';
export { compareDate } from './compare-date.js';
export { daysApart } from '../calendar.js';
export { normalizeTitle } from './normalize-title.js';
export { isLandingPageFor, isSameUrl } from './url-shape.js';
export { wordDiff } from './word-diff.js';

export { extractPageSample } from './extract-page-sample';
export { normalizeText } from './normalize-text';
export { DEFAULT_PAGE_SAMPLE_LIMITS, pageSampleSchema } from './page-sample';
export type { PageSample, PageSampleLimits } from './page-sample';
export { scorePage } from './score-page';
export type { MatchedTerm, PageScore } from './score-page';
export { BLOCK_THRESHOLDS, shouldBlock } from './should-block';
export { HARM_CATEGORIES } from './term-types';
export type { HarmCategory } from './term-types';

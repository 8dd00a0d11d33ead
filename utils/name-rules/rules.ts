import { ADULT_NAME_RULES } from './adult-rules';
import { GAMBLING_NAME_RULES } from './gambling-rules';
import type { NameRule } from './name-rule';
import { SCAM_NAME_RULES } from './scam-rules';

/** All curated host-name rules, gambling first. */
export const NAME_RULES: readonly NameRule[] = [
  ...GAMBLING_NAME_RULES,
  ...ADULT_NAME_RULES,
  ...SCAM_NAME_RULES,
];

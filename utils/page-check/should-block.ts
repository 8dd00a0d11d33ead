import type { AgeGroup } from '../age-groups';
import type { PageScore } from './score-page';

/**
 * Minimum score of a page's top category that blocks the page, per age group. Younger children get
 * lower thresholds, and `off` never blocks.
 */
export const BLOCK_THRESHOLDS: Readonly<Record<AgeGroup, number>> = {
  preschool: 4,
  primary: 5,
  lowerSecondary: 6,
  upperSecondary: 7,
  off: Number.POSITIVE_INFINITY,
};

/** Lowest threshold of any age group: a content script reports a page only from this score up. */
export const MIN_VERDICT_SCORE = Math.min(...Object.values(BLOCK_THRESHOLDS));

/** Returns true when the page's top category reaches the threshold of the age group. */
export function shouldBlock(result: PageScore, ageGroup: AgeGroup): boolean {
  if (ageGroup === 'off' || result.category === null) return false;

  return result.scores[result.category] >= BLOCK_THRESHOLDS[ageGroup];
}

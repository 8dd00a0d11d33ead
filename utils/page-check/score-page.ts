import { normalizeText } from './normalize-text';
import type { PageSample } from './page-sample';
import { termTable } from './term-table';
import type { TermRole } from './term-table';
import { HARM_CATEGORIES } from './term-types';
import type { HarmCategory } from './term-types';

/** Hits of one term counted at most this often, so a repeated word cannot carry a page alone. */
const MAX_HITS_PER_TERM = 3;

/** Support terms add at most this multiple of the core score. */
const MAX_SUPPORT_RATIO = 2;

/** About-term weight that halves a score: score / (1 + about / ABOUT_HALVING_WEIGHT). */
const ABOUT_HALVING_WEIGHT = 3;

/** A category below this score is not reported at all. */
const MIN_REPORTED_SCORE = 2;

export interface MatchedTerm {
  category: HarmCategory;
  role: TermRole;
  phrase: string;
  hits: number;
}

export interface PageScore {
  /** Highest-scoring category, or null when none reaches the reporting floor. */
  category: HarmCategory | null;
  /** Final score per category after about terms scaled it down. */
  scores: Record<HarmCategory, number>;
  matchedTerms: MatchedTerm[];
}

type RoleSums = Record<TermRole, number>;

/**
 * Scores a page sample per harm category from a precompiled term table. A page that does the harm
 * (odds, deposits, explicit titles, credential or money requests) scores high. About terms scale
 * down a page about the harm (news, lessons, laws, warnings).
 */
export function scorePage(sample: PageSample): PageScore {
  const prominent = [sample.title, sample.description, ...sample.headings, ...sample.buttonLabels].join(' ');
  const haystack = ` ${normalizeText(prominent)} ${normalizeText(sample.text)} `;
  const titleHaystack = ` ${normalizeText(sample.title)} `;

  const sums = emptySums();
  const matchedTerms: MatchedTerm[] = [];
  for (const term of termTable()) {
    const hits = Math.min(MAX_HITS_PER_TERM, countOccurrences(haystack, term.needle));
    if (hits === 0) continue;
    const titleBonus = titleHaystack.includes(term.needle) ? 1 : 0;
    sums[term.category][term.role] += (hits + titleBonus) * term.weight;
    matchedTerms.push({ category: term.category, role: term.role, phrase: term.phrase, hits });
  }
  addFormSignals(sums, sample);

  const scores = finalScores(sums);
  return { category: topCategory(scores), scores, matchedTerms };
}

function emptySums(): Record<HarmCategory, RoleSums> {
  return {
    gambling: { core: 0, support: 0, about: 0 },
    adult: { core: 0, support: 0, about: 0 },
    scam: { core: 0, support: 0, about: 0 },
  };
}

/** Counts whole-word occurrences. Needles carry their own spaces, and two hits can share one. */
function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1 && count < MAX_HITS_PER_TERM) {
    count += 1;
    from = haystack.indexOf(needle, from + needle.length - 1);
  }
  return count;
}

/** Adds form signals: a password input supports gambling and scam, a code or card input supports scam. */
function addFormSignals(sums: Record<HarmCategory, RoleSums>, sample: PageSample): void {
  if (sample.passwordInputs > 0) {
    sums.gambling.support += 1;
    sums.scam.support += 1;
  }
  if (sample.secretInputs > 0) sums.scam.support += 2;
}

function finalScores(sums: Record<HarmCategory, RoleSums>): Record<HarmCategory, number> {
  const scores = { gambling: 0, adult: 0, scam: 0 };
  for (const category of HARM_CATEGORIES) {
    const { core, support, about } = sums[category];
    if (core === 0) continue;
    const harm = core + Math.min(support, core * MAX_SUPPORT_RATIO);
    scores[category] = Math.round((harm / (1 + about / ABOUT_HALVING_WEIGHT)) * 100) / 100;
  }
  return scores;
}

function topCategory(scores: Record<HarmCategory, number>): HarmCategory | null {
  let best: HarmCategory | null = null;
  for (const category of HARM_CATEGORIES) {
    if (scores[category] < MIN_REPORTED_SCORE) continue;
    if (best === null || scores[category] > scores[best]) best = category;
  }
  return best;
}

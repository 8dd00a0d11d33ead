export const HARM_CATEGORIES = ['gambling', 'adult', 'scam'] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

/** A phrase as people write it (any case, with or without diacritics) and its weight. */
export type WeightedPhrase = readonly [phrase: string, weight: number];

/**
 * Terms of one category. Core terms show the harm itself. Support terms (money, urgency, forms)
 * count only when a core term matched. About terms show a page that reports on, teaches about or
 * warns against the harm, and they scale the score down.
 */
export interface CategoryTerms {
  core: readonly WeightedPhrase[];
  support: readonly WeightedPhrase[];
  about: readonly WeightedPhrase[];
}

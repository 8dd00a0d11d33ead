import type { AgeGroup } from '../age-groups';
import { CATEGORY_TEXTS_EN } from './category-explanations.en';
import { CATEGORY_TEXTS_VI } from './category-explanations.vi';
import { GUIDE_EN } from './guide.en';
import { GUIDE_VI } from './guide.vi';
import { HARM_LIKELY } from './harm-likely';
import { SKILL_CARDS_EN } from './skills.en';
import { SKILL_CARDS_VI } from './skills.vi';
import { TIPS_EN } from './tips.en';
import { TIPS_VI } from './tips.vi';
import type {
  CategoryExplanation,
  CategoryTexts,
  ContentAgeGroup,
  ExplainedCategoryId,
  GuideSection,
  Language,
  SkillCard,
  Tip,
} from './types';

export { HELPLINE, HELPLINE_TEXT } from './helpline';
export type { HelplineText } from './helpline';
export * from './types';

const SKILL_CARDS: Record<Language, readonly SkillCard[]> = { vi: SKILL_CARDS_VI, en: SKILL_CARDS_EN };
const TIPS: Record<Language, readonly Tip[]> = { vi: TIPS_VI, en: TIPS_EN };
const GUIDES: Record<Language, readonly GuideSection[]> = { vi: GUIDE_VI, en: GUIDE_EN };
const CATEGORY_TEXTS: Record<Language, CategoryTexts> = { vi: CATEGORY_TEXTS_VI, en: CATEGORY_TEXTS_EN };

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * Maps an age group to the one whose content it gets. `off` (filtering turned off) gets the
 * oldest group's content, because the skills page and block page still need words to show.
 */
export function contentAgeGroupFor(ageGroup: AgeGroup): ContentAgeGroup {
  return ageGroup === 'off' ? 'upperSecondary' : ageGroup;
}

/** Returns the skill cards for an age group, in area order. */
export function getSkillCards(lang: Language, ageGroup: AgeGroup): SkillCard[] {
  const group = contentAgeGroupFor(ageGroup);
  return SKILL_CARDS[lang].filter((card) => card.ageGroups.includes(group));
}

/** Returns the tips for an age group. */
export function getTips(lang: Language, ageGroup: AgeGroup): Tip[] {
  const group = contentAgeGroupFor(ageGroup);
  return TIPS[lang].filter((tip) => tip.ageGroups.includes(group));
}

/**
 * Picks the tip for the local calendar day of `date`: the same all day, the next one in the list
 * the day after, wrapping around. Both languages pick the same tip id on the same day.
 */
export function tipOfTheDay(lang: Language, ageGroup: AgeGroup, date: Date = new Date()): Tip {
  const tips = getTips(lang, ageGroup);
  const dayNumber = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
  // Days before 1970 have a negative day number, so the double modulo keeps the index in range.
  const tip = tips[((dayNumber % tips.length) + tips.length) % tips.length];
  if (!tip) {
    throw new Error(`No tips found for age group "${ageGroup}" in language "${lang}". Add tips in utils/content/tips.${lang}.ts.`);
  }

  return tip;
}

export function getGuide(lang: Language): readonly GuideSection[] {
  return GUIDES[lang];
}

/** Returns the name, parent description and age-appropriate block-page text for a block reason. */
export function getCategoryExplanation(
  lang: Language,
  category: ExplainedCategoryId,
  ageGroup: AgeGroup,
): CategoryExplanation {
  const texts = CATEGORY_TEXTS[lang][category];
  return {
    id: category,
    name: texts.name,
    parentDescription: texts.parentDescription,
    childText: texts.child[contentAgeGroupFor(ageGroup)],
    harmLikely: HARM_LIKELY[category],
  };
}

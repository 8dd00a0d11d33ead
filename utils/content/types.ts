import { z } from 'zod/mini';
import { CATEGORY_IDS } from '../categories';

/** Age groups that get content. `off` has none of its own because filtering is turned off. */
export const CONTENT_AGE_GROUPS = ['preschool', 'primary', 'lowerSecondary', 'upperSecondary'] as const;
export const contentAgeGroupSchema = z.enum(CONTENT_AGE_GROUPS);
export type ContentAgeGroup = z.infer<typeof contentAgeGroupSchema>;

export const LANGUAGES = ['vi', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/**
 * Skill areas: `internet` (the internet and social networks), `security` (passwords, links,
 * downloads), `privacy` (personal information, photos, location), `abuse` (grooming, sextortion,
 * scams, gambling lures, bullying) and `help` (where to get help and how to report).
 */
export const SKILL_AREAS = ['internet', 'security', 'privacy', 'abuse', 'help'] as const;
export const skillAreaSchema = z.enum(SKILL_AREAS);
export type SkillArea = z.infer<typeof skillAreaSchema>;

const nonEmptyText = z.string().check(z.trim(), z.minLength(1));
const contentId = z
  .string()
  .check(z.regex(/^[a-z][a-zA-Z0-9]*$/, 'invalid id: expected camelCase letters and digits, for example "internetAskFirst"'));

export const checkOptionSchema = z.object({
  text: nonEmptyText,
  correct: z.boolean(),
  /** Shown after the child picks this option. */
  feedback: nonEmptyText,
});
export type CheckOption = z.infer<typeof checkOptionSchema>;

/** A question at the end of a card, with exactly one correct option. */
export const skillCheckSchema = z.object({
  question: nonEmptyText,
  options: z.array(checkOptionSchema).check(
    z.minLength(2),
    z.maxLength(4),
    z.refine((options) => options.filter((option) => option.correct).length === 1, {
      message: 'invalid check: expected exactly one option with correct: true',
    }),
  ),
});
export type SkillCheck = z.infer<typeof skillCheckSchema>;

export const skillCardSchema = z.object({
  id: contentId,
  area: skillAreaSchema,
  ageGroups: z.array(contentAgeGroupSchema).check(z.minLength(1)),
  title: nonEmptyText,
  /** Two to four short sentences, one per item. */
  body: z.array(nonEmptyText).check(z.minLength(2), z.maxLength(4)),
  check: z.optional(skillCheckSchema),
});
export type SkillCard = z.infer<typeof skillCardSchema>;

export const tipSchema = z.object({
  id: contentId,
  ageGroups: z.array(contentAgeGroupSchema).check(z.minLength(1)),
  text: nonEmptyText,
});
export type Tip = z.infer<typeof tipSchema>;

/** A section of the guide for parents and teachers. */
export const guideSectionSchema = z.object({
  id: contentId,
  title: nonEmptyText,
  paragraphs: z.array(nonEmptyText).check(z.minLength(1)),
});
export type GuideSection = z.infer<typeof guideSectionSchema>;

/**
 * Reasons a page can be blocked: every blocklist category, `pageContent` (the page's own words
 * looked harmful) and `allowOnly` (only approved sites open, the preschool mode).
 */
export const EXPLAINED_CATEGORY_IDS = [...CATEGORY_IDS, 'pageContent', 'allowOnly'] as const;
export const explainedCategoryIdSchema = z.enum(EXPLAINED_CATEGORY_IDS);
export type ExplainedCategoryId = z.infer<typeof explainedCategoryIdSchema>;

/** Words about one block reason in one language. */
export const categoryTextSchema = z.object({
  /** Display name, for example on the settings page. */
  name: nonEmptyText,
  /** One or two sentences for parents on the settings page. */
  parentDescription: nonEmptyText,
  /** Block-page text for a child of each age group. */
  child: z.object({
    preschool: nonEmptyText,
    primary: nonEmptyText,
    lowerSecondary: nonEmptyText,
    upperSecondary: nonEmptyText,
  }),
});
export type CategoryText = z.infer<typeof categoryTextSchema>;

export const categoryTextsSchema = z.record(explainedCategoryIdSchema, categoryTextSchema);
export type CategoryTexts = Record<ExplainedCategoryId, CategoryText>;

/** Result of `getCategoryExplanation` for one category, language and age group. */
export interface CategoryExplanation {
  id: ExplainedCategoryId;
  name: string;
  parentDescription: string;
  childText: string;
  /** True when the block page should show the 111 helpline, because harm to the child is likely. */
  harmLikely: boolean;
}

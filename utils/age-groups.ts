import { z } from 'zod/mini';

/** Age groups from the youngest up; `off` turns all filtering off. */
export const AGE_GROUPS = ['preschool', 'primary', 'lowerSecondary', 'upperSecondary', 'off'] as const;

export const ageGroupSchema = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof ageGroupSchema>;

export const DEFAULT_AGE_GROUP: AgeGroup = 'primary';

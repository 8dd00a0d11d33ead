import { z } from 'zod/mini';

/** Languages of the extension's own screens; Vietnamese is the default. */
export const LANGUAGES = ['vi', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
export const DEFAULT_LANGUAGE: Language = 'vi';

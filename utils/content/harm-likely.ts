import type { ExplainedCategoryId } from './types';

/**
 * Block reasons where the child may have met someone or something that harms them, so the block
 * page shows the 111 helpline. Piracy, social networks, filter bypass and the approved-sites mode
 * are blocked by choice of the family or school rather than because harm is likely.
 */
export const HARM_LIKELY: Readonly<Record<ExplainedCategoryId, boolean>> = {
  adult: true,
  gambling: true,
  scam: true,
  violence: true,
  weapons: true,
  drugs: true,
  dating: true,
  chat: true,
  pageContent: true,
  bypass: false,
  social: false,
  piracy: false,
  allowOnly: false,
};

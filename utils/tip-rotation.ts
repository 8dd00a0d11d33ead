import type { AgeGroup } from './age-groups';
import { getTips, tipOfTheDay } from './content';
import type { Language, Tip } from './content';

/**
 * Returns the tip `offset` places after the tip of the day, wrapping around the age group's
 * list. Offset 0 is `tipOfTheDay`, so the popup opens on the day's tip and "next tip" walks on
 * from there. Both languages list the same tip ids in the same order, so a language switch
 * keeps the same tip on screen.
 */
export function tipAtOffset(language: Language, ageGroup: AgeGroup, date: Date, offset: number): Tip {
  const tips = getTips(language, ageGroup);
  const dayTip = tipOfTheDay(language, ageGroup, date);
  const start = tips.findIndex((tip) => tip.id === dayTip.id);
  const index = (((start + offset) % tips.length) + tips.length) % tips.length;

  return tips[index] ?? dayTip;
}

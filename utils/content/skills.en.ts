import { ABUSE_CARDS_EN } from './skills/en/abuse';
import { HELP_CARDS_EN } from './skills/en/help';
import { INTERNET_CARDS_EN } from './skills/en/internet';
import { PRIVACY_CARDS_EN } from './skills/en/privacy';
import { SECURITY_CARDS_EN } from './skills/en/security';
import type { SkillCard } from './types';

/** English skill cards, in the order the skills page shows the areas. */
export const SKILL_CARDS_EN: readonly SkillCard[] = [
  ...INTERNET_CARDS_EN,
  ...SECURITY_CARDS_EN,
  ...PRIVACY_CARDS_EN,
  ...ABUSE_CARDS_EN,
  ...HELP_CARDS_EN,
];

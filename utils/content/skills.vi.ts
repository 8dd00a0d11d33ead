import { ABUSE_CARDS_VI } from './skills/vi/abuse';
import { HELP_CARDS_VI } from './skills/vi/help';
import { INTERNET_CARDS_VI } from './skills/vi/internet';
import { PRIVACY_CARDS_VI } from './skills/vi/privacy';
import { SECURITY_CARDS_VI } from './skills/vi/security';
import type { SkillCard } from './types';

/** Vietnamese skill cards, in the order the skills page shows the areas. */
export const SKILL_CARDS_VI: readonly SkillCard[] = [
  ...INTERNET_CARDS_VI,
  ...SECURITY_CARDS_VI,
  ...PRIVACY_CARDS_VI,
  ...ABUSE_CARDS_VI,
  ...HELP_CARDS_VI,
];

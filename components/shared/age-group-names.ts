import type { AgeGroup } from '../../utils/age-groups';
import type { MessageKey } from '../../utils/i18n';

export const AGE_GROUP_NAME_KEYS: Record<AgeGroup, MessageKey> = {
  preschool: 'ageGroupPreschool',
  primary: 'ageGroupPrimary',
  lowerSecondary: 'ageGroupLowerSecondary',
  upperSecondary: 'ageGroupUpperSecondary',
  off: 'ageGroupOff',
};

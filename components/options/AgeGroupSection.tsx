import { useState } from 'preact/hooks';
import { AGE_GROUPS } from '../../utils/age-groups';
import type { AgeGroup } from '../../utils/age-groups';
import { CATEGORIES } from '../../utils/categories';
import { blockedCategoriesFor } from '../../utils/categories';
import { withCategoryChoice } from '../../utils/settings/category-choices';
import type { CategoryOverrideFields } from '../../utils/settings/category-choices';
import { AGE_GROUP_NAME_KEYS } from '../shared/age-group-names';
import { categoryNameKey } from '../shared/category-names';
import { FieldLock, isLocked, saveChange, SettingsSection, StatusMessage, translator, unlockedChange, useDraft } from './section-kit';
import type { SaveMessage, SectionProps } from './section-kit';

/**
 * The age group, and for that group which categories are blocked. The category list comes from
 * utils/categories.ts, so a category added there appears here without a change.
 */
export function AgeGroupSection({ effective, language }: SectionProps) {
  const { settings } = effective;
  const t = translator(language);
  const [ageGroup, setAgeGroup] = useDraft<AgeGroup>(settings.ageGroup);
  const [overrides, setOverrides] = useDraft<CategoryOverrideFields>({
    categoriesAdded: settings.categoriesAdded,
    categoriesRemoved: settings.categoriesRemoved,
  });
  const [message, setMessage] = useState<SaveMessage | null>(null);

  const ageGroupLocked = isLocked(effective, 'ageGroup');
  const categoriesLocked = isLocked(effective, 'categoriesAdded') || isLocked(effective, 'categoriesRemoved');
  const save = async (): Promise<void> => {
    setMessage(await saveChange(language, unlockedChange(effective, { ageGroup, ...overrides })));
  };

  return (
    <SettingsSection id="age" title={t('optionsAgeSectionTitle')} editable={!ageGroupLocked || !categoriesLocked} language={language} onSave={save}>
      <label for="age-group">{t('optionsAgeGroupLabel')}</label>
      <select id="age-group" value={ageGroup} disabled={ageGroupLocked} onChange={(event) => setAgeGroup(event.currentTarget.value as AgeGroup)}>
        {AGE_GROUPS.map((group) => (
          <option value={group}>{t(AGE_GROUP_NAME_KEYS[group])}</option>
        ))}
      </select>
      <FieldLock effective={effective} language={language} field="ageGroup" />

      {ageGroup === 'off' ? (
        <p class="muted" data-testid="categories-off">{t('optionsCategoriesOff')}</p>
      ) : (
        <fieldset data-testid="categories">
          <legend>{t('optionsCategoriesLegend', [t(AGE_GROUP_NAME_KEYS[ageGroup])])}</legend>
          {CATEGORIES.map(({ id }) => (
            <label class="check">
              <input
                type="checkbox"
                value={id}
                checked={blockedCategoriesFor(ageGroup, overrides).includes(id)}
                disabled={categoriesLocked}
                onChange={(event) => setOverrides(withCategoryChoice(overrides, ageGroup, id, event.currentTarget.checked))}
              />
              {t(categoryNameKey(id))}
            </label>
          ))}
          <p class="muted">{t('optionsCategoriesHelp')}</p>
          <FieldLock effective={effective} language={language} field={isLocked(effective, 'categoriesAdded') ? 'categoriesAdded' : 'categoriesRemoved'} />
        </fieldset>
      )}
      <StatusMessage message={message} testId="age-status" />
    </SettingsSection>
  );
}

import { translate } from '../../utils/i18n';
import type { Settings } from '../../utils/policy/settings';
import { AGE_GROUP_NAME_KEYS } from '../shared/age-group-names';
import { ManagedByNotice } from '../shared/ManagedBy';

/**
 * Protection on or off, the age group and, when an enterprise policy applies, the organisation
 * that manages the extension.
 */
export function StatusCard({ settings }: { settings: Settings }) {
  const language = settings.language;
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const protecting = settings.ageGroup !== 'off';

  return (
    <section class={`status-card ${protecting ? 'status-on' : 'status-off'}`} aria-labelledby="status-title" data-testid="status-card">
      <span class="status-icon" aria-hidden="true">{protecting ? '✅' : '⚠️'}</span>
      <div>
        <h1 id="status-title" data-testid="protection-status" data-protecting={String(protecting)}>
          {protecting ? t('popupTitle') : t('popupTitleOff')}
        </h1>
        {!protecting && <p>{t('popupTitleOffHint')}</p>}
        <p data-testid="popup-age-group">
          {t('popupAgeGroupLabel')}: <strong>{t(AGE_GROUP_NAME_KEYS[settings.ageGroup])}</strong>
        </p>
        <ManagedByNotice language={language} />
      </div>
    </section>
  );
}

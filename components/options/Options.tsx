import { useEffect, useState } from 'preact/hooks';
import { AGE_GROUPS } from '../../utils/age-groups';
import type { AgeGroup } from '../../utils/age-groups';
import { isAllowedEndpoint } from '../../utils/policy/endpoint';
import type { Settings } from '../../utils/policy/settings';
import { translate } from '../../utils/i18n';
import { saveParentSettings } from '../../utils/settings/stored-settings';
import { AGE_GROUP_NAME_KEYS } from '../shared/age-group-names';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { ExtraListsSection } from './ExtraListsSection';
import { LearningLinks } from '../shared/LearningLinks';
import { useSettings } from '../shared/use-settings';

/** Settings for parents: age group and the report endpoint. */
export function Options() {
  const settings = useSettings();
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;

  return (
    <main class="options">
      <LanguageSwitch language={settings.language} />
      <h1>🛡️ {translate(settings.language, 'optionsTitle')}</h1>
      <SettingsForm settings={settings} />
      <ExtraListsSection language={settings.language} urls={settings.extraListUrls} locked={false} />
      <LearningLinks language={settings.language} />
    </main>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const [ageGroup, setAgeGroup] = useState<AgeGroup>(settings.ageGroup);
  const [endpoint, setEndpoint] = useState(settings.reportEndpoint ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const t = (key: Parameters<typeof translate>[1]) => translate(settings.language, key);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const trimmed = endpoint.trim();
    if (trimmed && !isAllowedEndpoint(trimmed)) {
      setMessage({ error: true, text: t('optionsEndpointInvalid') });
      return;
    }
    await saveParentSettings({ ageGroup, reportEndpoint: trimmed || null });
    setMessage({ error: false, text: t('optionsSaved') });
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      <label for="age-group">{t('optionsAgeGroupLabel')}</label>
      <select id="age-group" value={ageGroup} onChange={(event) => setAgeGroup(event.currentTarget.value as AgeGroup)}>
        {AGE_GROUPS.map((group) => (
          <option value={group}>{t(AGE_GROUP_NAME_KEYS[group])}</option>
        ))}
      </select>

      <label for="endpoint">{t('optionsEndpointLabel')}</label>
      <input id="endpoint" type="url" value={endpoint} onInput={(event) => setEndpoint(event.currentTarget.value)} aria-describedby="endpoint-help" />
      <p id="endpoint-help" class="muted">{t('optionsEndpointHelp')}</p>

      <button type="submit">{t('optionsSave')}</button>
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>{message.text}</p>}
    </form>
  );
}

import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { YOUTUBE_RESTRICT_SETTINGS } from '../../utils/policy/settings';
import type { Settings } from '../../utils/policy/settings';
import { FieldLock, isLocked, saveChange, SettingsSection, StatusMessage, translator, unlockedChange, useDraft } from './section-kit';
import type { SaveMessage, SectionProps } from './section-kit';

type YoutubeRestrict = Settings['youtubeRestrict'];

const YOUTUBE_MODE_KEYS: Record<YoutubeRestrict, MessageKey> = {
  byAge: 'optionsYoutubeByAge',
  off: 'optionsYoutubeOff',
  moderate: 'optionsYoutubeModerate',
  strict: 'optionsYoutubeStrict',
};

/** SafeSearch on search engines and YouTube restricted mode. */
export function SafeBrowsingSection({ effective, language }: SectionProps) {
  const t = translator(language);
  const [safeSearch, setSafeSearch] = useDraft(effective.settings.safeSearch);
  const [youtubeRestrict, setYoutubeRestrict] = useDraft<YoutubeRestrict>(effective.settings.youtubeRestrict);
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const safeSearchLocked = isLocked(effective, 'safeSearch');
  const youtubeLocked = isLocked(effective, 'youtubeRestrict');

  const save = async (): Promise<void> => {
    setMessage(await saveChange(language, unlockedChange(effective, { safeSearch, youtubeRestrict })));
  };

  return (
    <SettingsSection id="safe-browsing" title={t('optionsSafeBrowsingTitle')} editable={!safeSearchLocked || !youtubeLocked} language={language} onSave={save}>
      <label class="check">
        <input type="checkbox" checked={safeSearch} disabled={safeSearchLocked} onChange={(event) => setSafeSearch(event.currentTarget.checked)} />
        {t('optionsSafeSearchLabel')}
      </label>
      <FieldLock effective={effective} language={language} field="safeSearch" />

      <label for="youtube-restrict">{t('optionsYoutubeLabel')}</label>
      <select id="youtube-restrict" value={youtubeRestrict} disabled={youtubeLocked} onChange={(event) => setYoutubeRestrict(event.currentTarget.value as YoutubeRestrict)}>
        {YOUTUBE_RESTRICT_SETTINGS.map((mode) => (
          <option value={mode}>{t(YOUTUBE_MODE_KEYS[mode])}</option>
        ))}
      </select>
      <FieldLock effective={effective} language={language} field="youtubeRestrict" />
      <StatusMessage message={message} testId="safe-browsing-status" />
    </SettingsSection>
  );
}

import { LANGUAGES, translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { createLogger } from '../../utils/logger';
import { saveParentSettings } from '../../utils/settings/stored-settings';
import { useEffectiveSettings } from './use-settings';

const log = createLogger('language-switch');

const NAMES: Record<Language, 'languageVietnamese' | 'languageEnglish'> = {
  vi: 'languageVietnamese',
  en: 'languageEnglish',
};

/**
 * Switches the extension's language for every page, independent of the browser's language.
 * `compact` shows only the button for the other language, for the narrow popup header. Hidden
 * when a school's policy sets the language.
 */
export function LanguageSwitch({ language, compact = false }: { language: Language; compact?: boolean }) {
  const effective = useEffectiveSettings();
  if (effective?.lockedFields.includes('language')) return null;

  const choose = (option: Language) =>
    void saveParentSettings({ language: option }).catch((error: unknown) => log.error(`Language not saved: ${String(error)}`));
  const options = compact ? LANGUAGES.filter((option) => option !== language) : LANGUAGES;
  return (
    <div class="language-switch" role="group" aria-label={translate(language, 'languageSwitchLabel')}>
      {options.map((option) => (
        <button
          type="button"
          lang={option}
          aria-pressed={compact ? undefined : option === language}
          onClick={() => choose(option)}
        >
          {translate(option, NAMES[option])}
        </button>
      ))}
    </div>
  );
}

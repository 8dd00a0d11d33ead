import { LANGUAGES, translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { saveParentSettings } from '../../utils/settings/stored-settings';

const NAMES: Record<Language, 'languageVietnamese' | 'languageEnglish'> = {
  vi: 'languageVietnamese',
  en: 'languageEnglish',
};

/**
 * Switches the extension's language for every page, independent of the browser's language.
 * `compact` shows only the button for the other language, for the narrow popup header.
 */
export function LanguageSwitch({ language, compact = false }: { language: Language; compact?: boolean }) {
  const options = compact ? LANGUAGES.filter((option) => option !== language) : LANGUAGES;
  return (
    <div class="language-switch" role="group" aria-label={translate(language, 'languageSwitchLabel')}>
      {options.map((option) => (
        <button
          type="button"
          lang={option}
          aria-pressed={compact ? undefined : option === language}
          onClick={() => void saveParentSettings({ language: option })}
        >
          {translate(option, NAMES[option])}
        </button>
      ))}
    </div>
  );
}

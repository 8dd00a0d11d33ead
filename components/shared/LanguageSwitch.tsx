import { LANGUAGES, translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { saveParentSettings } from '../../utils/settings/stored-settings';

const NAMES: Record<Language, 'languageVietnamese' | 'languageEnglish'> = {
  vi: 'languageVietnamese',
  en: 'languageEnglish',
};

/** Switches the extension's language for every page, independent of the browser's language. */
export function LanguageSwitch({ language }: { language: Language }) {
  return (
    <div class="language-switch" role="group" aria-label={translate(language, 'languageSwitchLabel')}>
      {LANGUAGES.map((option) => (
        <button
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => void saveParentSettings({ language: option })}
        >
          {translate(option, NAMES[option])}
        </button>
      ))}
    </div>
  );
}

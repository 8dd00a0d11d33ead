import { useEffect } from 'preact/hooks';
import type { Language } from '../../utils/i18n';

/**
 * Keeps `<html lang>` and the tab title in the in-app language, so screen readers pronounce the
 * page in the right language after a switch. Does nothing while the settings are loading.
 */
export function useDocumentLanguage(language: Language | undefined, title?: string): void {
  useEffect(() => {
    if (!language) return;

    document.documentElement.lang = language;
    if (title) document.title = title;
  }, [language, title]);
}

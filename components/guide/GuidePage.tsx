import { browser } from 'wxt/browser';
import { getGuide } from '../../utils/content';
import { translate } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import { HelpContacts } from '../shared/HelpContacts';
import { HelplineDetails } from '../shared/HelplineDetails';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useDocumentLanguage } from '../shared/use-document-language';
import { useSettings } from '../shared/use-settings';

/**
 * The guide for parents and teachers: what the extension does and does not do, how to talk with
 * a child, how reports are handled and where to get help, from `getGuide`.
 */
export function GuidePage() {
  const settings = useSettings();
  const language = settings?.language;
  useDocumentLanguage(language, language && `${translate(language, 'guidePageTitle')} – Khiên Xanh`);
  if (!settings || !language) return null;

  const t = (key: MessageKey) => translate(language, key);
  const sections = getGuide(language);
  return (
    <main class="page guide-page">
      <header class="page-header">
        <a class="page-header-link" href={browser.runtime.getURL('/skills.html')} data-testid="link-skills">
          <span aria-hidden="true">🎓</span> {t('guideSkillsLink')}
        </a>
        <LanguageSwitch language={language} />
      </header>
      <h1><span aria-hidden="true">📖</span> {t('guidePageTitle')}</h1>
      <p class="lead">{t('guideIntro')}</p>
      <nav class="guide-contents" aria-labelledby="guide-contents-title">
        <h2 id="guide-contents-title">{t('guideContentsTitle')}</h2>
        <ol>
          {sections.map((section) => (
            <li>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section class="guide-section" id={section.id} aria-labelledby={`${section.id}-title`} data-testid="guide-section">
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          {section.paragraphs.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      ))}
      <HelplineDetails language={language} />
      <HelpContacts language={language} contacts={settings.helpContacts} audience="adults" />
    </main>
  );
}

import { browser } from 'wxt/browser';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { NewTabLink } from './NewTabLink';

/** Links to the digital-skills cards and the guide for parents and teachers, for the options page. */
export function LearningLinks({ language }: { language: Language }) {
  return (
    <nav class="learning-links" aria-label={translate(language, 'popupLinksTitle')}>
      <NewTabLink class="button-link secondary" href={browser.runtime.getURL('/skills.html')} language={language}>
        🎓 {translate(language, 'popupSkillsLink')}
      </NewTabLink>
      <NewTabLink class="button-link secondary" href={browser.runtime.getURL('/guide.html')} language={language}>
        📖 {translate(language, 'popupGuideLink')}
      </NewTabLink>
    </nav>
  );
}

import { browser } from 'wxt/browser';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { NewTabLink } from '../shared/NewTabLink';

/** Links from the popup to the digital-skills cards and the guide for parents and teachers. */
export function PopupLinks({ language }: { language: Language }) {
  return (
    <nav class="popup-links" aria-label={translate(language, 'popupLinksTitle')}>
      <NewTabLink href={browser.runtime.getURL('/skills.html')} language={language} class="popup-link" testId="link-skills">
        <span aria-hidden="true">🎓</span> {translate(language, 'popupSkillsLink')}
      </NewTabLink>
      <NewTabLink href={browser.runtime.getURL('/guide.html')} language={language} class="popup-link" testId="link-guide">
        <span aria-hidden="true">📖</span> {translate(language, 'popupGuideLink')}
      </NewTabLink>
    </nav>
  );
}

/** The settings link, as a gear in the popup's header; its name is read out and shown on hover. */
export function OptionsLink({ language }: { language: Language }) {
  const label = translate(language, 'popupOptions');
  return (
    <a class="icon-link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer" title={label} data-testid="link-options">
      <span aria-hidden="true">⚙️</span>
      <span class="visually-hidden">
        {label} {translate(language, 'helpOpensInNewTab')}
      </span>
    </a>
  );
}

import type { RefObject } from 'preact';
import { translate } from '../../utils/i18n';
import type { Settings } from '../../utils/policy/settings';
import { HelpContacts } from '../shared/HelpContacts';
import { HelplineDetails } from '../shared/HelplineDetails';

interface HelpViewProps {
  settings: Settings;
  heading: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
}

/** The popup's help view: the 111 hotline in full, then the configured help contacts. */
export function HelpView({ settings, heading, onBack }: HelpViewProps) {
  const language = settings.language;
  return (
    <section class="help-view" aria-labelledby="help-title">
      <button type="button" class="secondary compact back" onClick={onBack}>
        <span aria-hidden="true">←</span> {translate(language, 'popupHelpBack')}
      </button>
      <h1 id="help-title" ref={heading} tabIndex={-1}>
        {translate(language, 'popupHelpTitle')}
      </h1>
      <p>{translate(language, 'popupHelpIntro')}</p>
      <HelplineDetails language={language} />
      <HelpContacts language={language} contacts={settings.helpContacts} />
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../utils/messages';
import type { Status } from '../../utils/messages';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useDocumentLanguage } from '../shared/use-document-language';
import { useEffectiveSettings } from '../shared/use-settings';
import { HelpView } from './HelpView';
import { HomeView } from './HomeView';
import { OptionsLink } from './PopupLinks';

type View = 'home' | 'help';

/**
 * The toolbar popup, with two views. The home view shows the status, the two main actions, a tip
 * and the report counts. The help view shows how to reach 111 and the configured help contacts.
 */
export function Popup() {
  const effective = useEffectiveSettings();
  const [status, setStatus] = useState<Status | null>(null);
  const [view, setView] = useState<View>('home');
  const helpButton = useRef<HTMLButtonElement>(null);
  const helpHeading = useRef<HTMLHeadingElement>(null);
  const settings = effective?.settings;
  const refresh = () => void sendToBackground('getStatus', {}).then(setStatus);

  useEffect(refresh, [settings]);
  useDocumentLanguage(settings?.language, 'Khiên Xanh');
  // Keyboard and screen-reader users land on the new view's heading, and back on the button
  // that opened the help view when they leave it.
  useEffect(() => (view === 'help' ? helpHeading : helpButton).current?.focus(), [view]);
  if (!settings) return null;

  return (
    <main class="popup">
      <header class="popup-header">
        <span class="brand" aria-hidden="true">🛡️ Khiên Xanh</span>
        <div class="header-tools">
          <LanguageSwitch language={settings.language} compact />
          <OptionsLink language={settings.language} />
        </div>
      </header>
      {view === 'home' ? (
        <HomeView settings={settings} status={status} helpButton={helpButton} onHelp={() => setView('help')} onRetried={refresh} />
      ) : (
        <HelpView settings={settings} heading={helpHeading} onBack={() => setView('home')} />
      )}
    </main>
  );
}

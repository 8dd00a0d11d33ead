import { useEffect } from 'preact/hooks';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useSettings } from '../shared/use-settings';
import { ReportForm } from './ReportForm';

export function ReportPage() {
  const settings = useSettings();
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;

  return (
    <main class="report-page">
      <LanguageSwitch language={settings.language} />
      <ReportForm language={settings.language} />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-store';
import type { ParentSettings } from '../../utils/settings-store';

/** The current parent settings, kept up to date while the page is open; null while loading. */
export function useSettings(): ParentSettings | null {
  const [settings, setSettings] = useState<ParentSettings | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    watchSettings(setSettings);
  }, []);
  return settings;
}

export { saveSettings };

import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/policy/settings';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/settings/stored-settings';
import type { EffectiveSettings } from '../../utils/settings/stored-settings';

/** Returns the effective settings with their policy locks, kept up to date, or null while loading. */
export function useEffectiveSettings(): EffectiveSettings | null {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);

  useEffect(() => {
    void loadEffectiveSettings().then(setEffective);
    return watchEffectiveSettings(setEffective);
  }, []);
  return effective;
}

/** Returns the effective settings, kept up to date while the page is open, or null while loading. */
export function useSettings(): Settings | null {
  return useEffectiveSettings()?.settings ?? null;
}

import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { useEffectiveSettings } from './use-settings';

/** Names who enforces the policy: the organisation name that policy gives, or a general phrase. */
export function organizationLabel(language: Language, organizationName: string | null): string {
  return organizationName ?? translate(language, 'managedByUnnamed');
}

/** "Managed by <organisation>", beside a setting that policy enforces. */
export function ManagedBy({ language, organizationName }: { language: Language; organizationName: string | null }) {
  return (
    <span class="managed-by" data-testid="managed-by">
      🔒 {translate(language, 'managedByOrganization', [organizationLabel(language, organizationName)])}
    </span>
  );
}

/** One line that says who manages the extension; nothing when no enterprise policy applies. */
export function ManagedByNotice({ language }: { language: Language }) {
  const effective = useEffectiveSettings();
  if (!effective?.managed) return null;

  return (
    <p class="muted" data-testid="managed-by-notice">
      <ManagedBy language={language} organizationName={effective.settings.organizationName} />
    </p>
  );
}

import type { Language } from '../../utils/i18n';
import type { EffectiveSettings } from '../../utils/settings/stored-settings';
import { translator } from './section-kit';

function formatTime(language: Language, time: number): string {
  return new Date(time).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
}

/**
 * A collapsed section for school IT staff: whether policy applies, since when, and
 * each policy key that was ignored with the reason. The reasons come from the policy parser in
 * English, the language of the policy keys and of chrome://policy.
 */
export function PolicyErrorsSection({ effective, language }: { effective: EffectiveSettings; language: Language }) {
  const t = translator(language);
  const { policyErrors, policyAppliedAt, managed } = effective;

  return (
    <details class="admin" data-testid="policy-admin">
      <summary>{t('optionsAdminTitle')}</summary>
      {!managed && policyErrors.length === 0 && <p>{t('optionsAdminNoPolicy')}</p>}
      {policyAppliedAt !== null && <p class="muted">{t('optionsAdminPolicyApplied', [formatTime(language, policyAppliedAt)])}</p>}
      {managed && policyErrors.length === 0 && <p>{t('optionsAdminNoErrors')}</p>}
      {policyErrors.length > 0 && (
        <>
          <p>{t('optionsAdminErrorsIntro')}</p>
          <ul data-testid="policy-errors">
            {policyErrors.map((error) => (
              <li>
                <code>{error.key === '' ? t('optionsAdminWholePolicy') : error.key}</code>: <span lang="en">{error.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

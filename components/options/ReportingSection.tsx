import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { endpointProblemKind } from '../../utils/policy/endpoint';
import type { EndpointProblemKind } from '../../utils/policy/endpoint';
import type { Settings } from '../../utils/policy/settings';
import { FieldLock, isLocked, saveChange, SettingsSection, StatusMessage, translator, unlockedChange, useDraft } from './section-kit';
import type { SaveMessage, SectionProps, Translator } from './section-kit';

export const ENDPOINT_PROBLEM_KEYS: Record<EndpointProblemKind, MessageKey> = {
  invalidUrl: 'optionsEndpointInvalidUrl',
  insecureHttp: 'optionsEndpointInsecure',
  credentials: 'optionsEndpointCredentials',
  unsupportedScheme: 'optionsEndpointScheme',
};

/** Tokens shorter than this are shown without any of their characters. */
const MIN_TOKEN_LENGTH_FOR_HINT = 12;
const TOKEN_HINT_CHARACTERS = 2;

/** Describes the saved token by its last two characters at most, never in full. */
function tokenDescription(token: string | null, t: Translator): string {
  if (token === null) return t('optionsTokenNone');
  if (token.length < MIN_TOKEN_LENGTH_FOR_HINT) return t('optionsTokenSavedShort');
  return t('optionsTokenSaved', [token.slice(-TOKEN_HINT_CHARACTERS)]);
}

/** Where reports go, the token sent with them, and whether the popup shows the report button. */
export function ReportingSection({ effective, language }: SectionProps) {
  const t = translator(language);
  const { settings } = effective;
  const [endpoint, setEndpoint] = useDraft(settings.reportEndpoint ?? '');
  const [reportButtonVisible, setReportButtonVisible] = useDraft(settings.reportButtonVisible);
  const [newToken, setNewToken] = useState('');
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const tokenLocked = isLocked(effective, 'reportAuthToken');
  const editable = ['reportEndpoint', 'reportAuthToken', 'reportButtonVisible'].some((field) => !isLocked(effective, field as keyof Settings));

  const save = async (): Promise<void> => {
    const trimmed = endpoint.trim();
    const problem = trimmed === '' || isLocked(effective, 'reportEndpoint') ? null : endpointProblemKind(trimmed);
    if (problem !== null) {
      setMessage({ error: true, text: t(ENDPOINT_PROBLEM_KEYS[problem]) });
      return;
    }
    const change: Partial<Settings> = { reportEndpoint: trimmed || null, reportButtonVisible };
    if (newToken.trim() !== '') change.reportAuthToken = newToken.trim();
    const result = await saveChange(language, unlockedChange(effective, change));
    if (!result.error) setNewToken('');
    setMessage(result);
  };
  const removeToken = async (): Promise<void> => {
    setMessage(await saveChange(language, { reportAuthToken: null }));
  };

  return (
    <SettingsSection id="reports" title={t('optionsReportsTitle')} editable={editable} language={language} onSave={save}>
      <label for="endpoint">{t('optionsEndpointLabel')}</label>
      <input id="endpoint" type="url" value={endpoint} readOnly={isLocked(effective, 'reportEndpoint')} onInput={(event) => setEndpoint(event.currentTarget.value)} aria-describedby="endpoint-help" />
      <p id="endpoint-help" class="muted">{t('optionsEndpointHelp')}</p>
      <FieldLock effective={effective} language={language} field="reportEndpoint" />

      <label for="report-token">{t('optionsTokenLabel')}</label>
      <p class="muted" id="report-token-state" data-testid="token-state">{tokenDescription(settings.reportAuthToken, t)}</p>
      {!tokenLocked && (
        <div class="row">
          <input id="report-token" type="password" autocomplete="off" value={newToken} aria-describedby="report-token-state" onInput={(event) => setNewToken(event.currentTarget.value)} />
          {settings.reportAuthToken !== null && (
            <button type="button" class="secondary" onClick={() => void removeToken()}>
              {t('optionsTokenRemove')}
            </button>
          )}
        </div>
      )}
      <FieldLock effective={effective} language={language} field="reportAuthToken" />

      <label class="check">
        <input type="checkbox" checked={reportButtonVisible} disabled={isLocked(effective, 'reportButtonVisible')} onChange={(event) => setReportButtonVisible(event.currentTarget.checked)} />
        {t('optionsReportButtonLabel')}
      </label>
      <FieldLock effective={effective} language={language} field="reportButtonVisible" />
      <StatusMessage message={message} testId="reports-status" />
    </SettingsSection>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language, MessageKey } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { ExtraListStatus } from '../../utils/messages';
import { isAllowedEndpoint } from '../../utils/policy/endpoint';
import { watchListStates } from '../../utils/extra-lists/list-store';
import { saveParentSettings } from '../../utils/settings/stored-settings';

interface Props {
  language: Language;
  urls: string[];
  locked: boolean;
}

/** Extra block lists: their addresses, when each was last downloaded, and "update now". */
export function ExtraListsSection({ language, urls, locked }: Props) {
  const t = (key: MessageKey, values?: string[]) => translate(language, key, values);
  const [text, setText] = useState(urls.join('\n'));
  const [statuses, setStatuses] = useState<ExtraListStatus[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => void sendToBackground('getExtraListStatus', {}).then(setStatuses);
    refresh();
    return watchListStates(refresh);
  }, [urls.join('\n')]);

  const save = async (): Promise<void> => {
    const entries = text.split('\n').map((line) => line.trim()).filter(Boolean);
    const invalid = entries.filter((entry) => !isAllowedEndpoint(entry));
    setError(invalid.length > 0 ? t('extraListsInvalid', [invalid.join(', ')]) : null);
    await saveParentSettings({ extraListUrls: entries.filter((entry) => isAllowedEndpoint(entry)) });
  };
  const updateNow = async (): Promise<void> => setStatuses(await sendToBackground('refreshExtraLists', {}));

  return (
    <section aria-labelledby="extra-lists-title" class="options-section">
      <h2 id="extra-lists-title">{t('extraListsTitle')}</h2>
      <label for="extra-list-urls" class="visually-hidden">{t('extraListsTitle')}</label>
      <textarea id="extra-list-urls" rows={3} value={text} disabled={locked} aria-describedby="extra-lists-help" onInput={(event) => setText(event.currentTarget.value)} />
      <p id="extra-lists-help" class="muted">{t('extraListsHelp')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        {!locked && <button type="button" onClick={() => void save()}>{t('extraListsSave')}</button>}
        <button type="button" class="secondary" onClick={() => void updateNow()}>{t('extraListsUpdateNow')}</button>
      </div>
      <ul class="list-statuses" data-testid="extra-list-statuses">
        {statuses.map((status) => (
          <li data-url={status.url}>
            <code>{status.url}</code> — {t('extraListsDomains', [String(status.domainCount)])} —{' '}
            {status.updatedAt ? t('extraListsUpdatedAt', [new Date(status.updatedAt).toLocaleString(language)]) : t('extraListsNeverUpdated')}
            {status.lastError && <span class="error"> {t('extraListsError', [status.lastError])}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../utils/i18n';
import { loadPinStatus } from '../../utils/pin/parent-pin';
import { lockOptions, optionsUnlockedUntil, watchUnlockChanges } from '../../utils/pin/unlock-session';
import { PinCreateForm, PinUnlockForm } from './PinForms';
import { translator } from './section-kit';

type GateState =
  | { kind: 'loading' }
  | { kind: 'create' }
  | { kind: 'unlock' }
  | { kind: 'damaged' }
  | { kind: 'open'; until: number };

async function readGateState(): Promise<GateState> {
  const status = await loadPinStatus();
  if (status === 'missing') return { kind: 'create' };
  if (status === 'damaged') return { kind: 'damaged' };

  const until = await optionsUnlockedUntil(Date.now());
  return until > 0 ? { kind: 'open', until } : { kind: 'unlock' };
}

/**
 * Shows its children only after the parent PIN: on first run it asks to create one, later to
 * enter it. An unlock lasts a few minutes in every options tab and ends early with "Lock".
 *
 * NOTE: the gate is part of the page, not a security boundary. Someone who can open developer
 * tools on this page can write storage directly; docs/parents.md says so, and schools turn
 * developer tools off by policy.
 */
export function PinGate({ language, children }: { language: Language; children: ComponentChildren }) {
  const t = translator(language);
  const [state, setState] = useState<GateState>({ kind: 'loading' });

  useEffect(() => {
    const refresh = (): void => void readGateState().then(setState);
    refresh();
    return watchUnlockChanges(refresh);
  }, []);

  // Lock the page when the unlock period ends while it is open.
  const until = state.kind === 'open' ? state.until : 0;
  useEffect(() => {
    if (until === 0) return;
    const timer = setTimeout(() => void readGateState().then(setState), until - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [until]);

  if (state.kind === 'loading') return null;
  if (state.kind === 'create') return <PinCreateForm language={language} />;
  if (state.kind === 'unlock') return <PinUnlockForm language={language} />;
  if (state.kind === 'damaged') return <p role="alert" class="card error">{t('optionsPinDamaged')}</p>;

  const endsAt = new Date(state.until).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <>
      <div class="row unlocked-bar">
        <p class="muted">{t('optionsUnlockedUntil', [endsAt])}</p>
        <button type="button" class="secondary" onClick={() => void lockOptions()}>
          🔒 {t('optionsLockButton')}
        </button>
      </div>
      {children}
    </>
  );
}

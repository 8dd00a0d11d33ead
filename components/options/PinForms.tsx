import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../utils/i18n';
import { createParentPin, pinWaitMs, unlockWithPin } from '../../utils/pin/parent-pin';
import type { UnlockResult } from '../../utils/pin/parent-pin';
import { isValidPin } from '../../utils/pin/pin-hash';
import { translator } from './section-kit';
import type { Translator } from './section-kit';

const SECONDS_SHOWN_UP_TO = 90;

/** Formats a wait for the parent: seconds up to a minute and a half, then whole minutes rounded up. */
export function formatWait(t: Translator, waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (seconds <= SECONDS_SHOWN_UP_TO) return t('optionsWaitSeconds', [String(seconds)]);
  return t('optionsWaitMinutes', [String(Math.ceil(seconds / 60))]);
}

/** Returns the message after a failed PIN check: wrong, and how long to wait when the limit applies. */
export function unlockFailureText(t: Translator, result: Exclude<UnlockResult, { outcome: 'unlocked' }>): string {
  const wait = result.waitMs > 0 ? t('optionsPinWait', [formatWait(t, result.waitMs)]) : '';
  return result.outcome === 'wrongPin' ? `${t('optionsPinWrong')} ${wait}`.trim() : wait;
}

interface PinInputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
}

/** Renders a masked field for 4–8 digits that brings up the number pad on touch screens. */
export function PinInput({ id, label, value, onInput, autoFocus }: PinInputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="pin"
        type="password"
        inputMode="numeric"
        autocomplete="off"
        maxLength={8}
        value={value}
        autoFocus={autoFocus}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** Asks the parent, on first run, to choose a PIN and type it twice. */
export function PinCreateForm({ language }: { language: Language }) {
  const t = translator(language);
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!isValidPin(pin)) return setError(t('optionsPinInvalid'));
    if (pin !== confirmation) return setError(t('optionsPinMismatch'));

    setBusy(true);
    try {
      await createParentPin(pin, Date.now());
    } catch (failure) {
      setError(t('optionsSaveFailed', [failure instanceof Error ? failure.message : String(failure)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card pin-form" onSubmit={(event) => void submit(event)} data-testid="pin-create">
      <h2>{t('optionsPinCreateTitle')}</h2>
      <p>{t('optionsPinCreateIntro')}</p>
      <PinInput id="new-pin" label={t('optionsPinLabel')} value={pin} onInput={setPin} autoFocus />
      <PinInput id="new-pin-confirmation" label={t('optionsPinConfirmLabel')} value={confirmation} onInput={setConfirmation} />
      <button type="submit" disabled={busy}>{busy ? t('optionsPinChecking') : t('optionsPinCreateButton')}</button>
      {error !== null && <p role="alert" class="error">{error}</p>}
    </form>
  );
}

/**
 * Asks for the PIN. The wait after too many wrong PINs is read from storage when the form
 * appears, so reloading the page does not reset it, and the button stays off until it ends.
 */
export function PinUnlockForm({ language }: { language: Language }) {
  const t = translator(language);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [busy, setBusy] = useState(false);
  const waiting = useWaitUntil(waitUntil);

  useEffect(() => {
    void pinWaitMs(Date.now()).then((waitMs) => {
      if (waitMs === 0) return;
      setWaitUntil(Date.now() + waitMs);
      setError(t('optionsPinWait', [formatWait(t, waitMs)]));
    });
  }, []);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    let result: UnlockResult;
    try {
      result = await unlockWithPin(pin, Date.now());
    } catch (failure) {
      setError(t('optionsSaveFailed', [failure instanceof Error ? failure.message : String(failure)]));
      return;
    } finally {
      setBusy(false);
    }
    if (result.outcome === 'unlocked') return;

    setPin('');
    setWaitUntil(Date.now() + result.waitMs);
    setError(unlockFailureText(t, result));
  };

  return (
    <form class="card pin-form" onSubmit={(event) => void submit(event)} data-testid="pin-unlock">
      <h2>{t('optionsPinUnlockTitle')}</h2>
      <p>{t('optionsPinUnlockIntro')}</p>
      <PinInput id="pin" label={t('optionsPinLabel')} value={pin} onInput={setPin} autoFocus />
      <button type="submit" disabled={busy || waiting}>{busy ? t('optionsPinChecking') : t('optionsPinUnlockButton')}</button>
      {error !== null && <p role="alert" class="error" data-testid="pin-error">{error}</p>}
      <p class="muted">{t('optionsPinForgot')}</p>
    </form>
  );
}

/** Returns true until `time` has passed, and renders again when it does. */
export function useWaitUntil(time: number): boolean {
  const [, setRenderCount] = useState(0);
  useEffect(() => {
    const remaining = time - Date.now();
    if (remaining <= 0) return;
    const timer = setTimeout(() => setRenderCount((count) => count + 1), remaining + 50);
    return () => clearTimeout(timer);
  }, [time]);
  return Date.now() < time;
}

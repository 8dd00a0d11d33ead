import { useState } from 'preact/hooks';
import { changeParentPin } from '../../utils/pin/parent-pin';
import { isValidPin } from '../../utils/pin/pin-hash';
import type { Language } from '../../utils/i18n';
import { PinInput, unlockFailureText } from './PinForms';
import { StatusMessage, translator } from './section-kit';
import type { SaveMessage } from './section-kit';

/** Replaces the PIN; the current PIN is checked under the same attempt limit as unlocking. */
export function PinChangeSection({ language }: { language: Language }) {
  const t = translator(language);
  const [currentPin, setCurrentPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<SaveMessage | null>(null);

  const change = async (): Promise<SaveMessage> => {
    if (!isValidPin(newPin)) return { error: true, text: t('optionsPinInvalid') };
    if (newPin !== confirmation) return { error: true, text: t('optionsPinMismatch') };

    const result = await changeParentPin(currentPin, newPin, Date.now());
    if (result.outcome !== 'unlocked') return { error: true, text: unlockFailureText(t, result) };
    setNewPin('');
    setConfirmation('');
    return { error: false, text: t('optionsPinChanged') };
  };
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setMessage(await change().catch((failure: unknown) => ({ error: true, text: t('optionsSaveFailed', [String(failure)]) })));
    setCurrentPin('');
  };

  return (
    <section class="card settings-section" aria-labelledby="pin-change-title" data-testid="section-pin">
      <h2 id="pin-change-title">{t('optionsPinChangeTitle')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <PinInput id="current-pin" label={t('optionsPinCurrentLabel')} value={currentPin} onInput={setCurrentPin} />
        <PinInput id="changed-pin" label={t('optionsPinNewLabel')} value={newPin} onInput={setNewPin} />
        <PinInput id="changed-pin-confirmation" label={t('optionsPinConfirmLabel')} value={confirmation} onInput={setConfirmation} />
        <button type="submit">{t('optionsPinChangeButton')}</button>
        <StatusMessage message={message} testId="pin-change-status" />
      </form>
    </section>
  );
}

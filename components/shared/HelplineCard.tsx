import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';

/** The national child-protection hotline 111: free, 24 hours a day. */
export function HelplineCard({ language }: { language: Language }) {
  return (
    <section class="card helpline" aria-labelledby="helpline-title">
      <h2 id="helpline-title">{translate(language, 'helpline111Title')}</h2>
      <p>{translate(language, 'helpline111Body')}</p>
      <a class="button-link" href="tel:111" data-testid="call-111">
        📞 {translate(language, 'helpline111Call')}
      </a>
    </section>
  );
}

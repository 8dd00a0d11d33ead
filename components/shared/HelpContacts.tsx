import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { HelpContact } from '../../utils/policy/help-contact';
import { NewTabLink } from './NewTabLink';

/** Returns a `tel:` URI for a phone number as people write it, keeping only "+" and digits. */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

interface HelpContactsProps {
  language: Language;
  contacts: readonly HelpContact[];
  /** Heading level that fits the page: 2 on a page, 3 inside a section. */
  headingLevel?: 2 | 3;
  /** `adults` titles the list for parents and teachers instead of addressing the child. */
  audience?: 'child' | 'adults';
}

/**
 * The people or services a school or parent configured as help contacts (`helpContacts` in the
 * settings). Renders nothing when there are none.
 */
export function HelpContacts({ language, contacts, headingLevel = 2, audience = 'child' }: HelpContactsProps) {
  if (contacts.length === 0) return null;

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="help-contacts" aria-labelledby="help-contacts-title" data-testid="help-contacts">
      <Heading id="help-contacts-title">{translate(language, audience === 'child' ? 'helpContactsTitle' : 'helpContactsTitleAdults')}</Heading>
      <ul class="help-contact-list">
        {contacts.map((contact) => (
          <li class="help-contact" data-testid="help-contact">
            <HelpContactItem language={language} contact={contact} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HelpContactItem({ language, contact }: { language: Language; contact: HelpContact }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return (
    <>
      <p class="help-contact-name">{contact.name}</p>
      {contact.hours && <p><span class="help-contact-label">{t('helpContactsHours')}:</span> {contact.hours}</p>}
      {contact.address && <p><span class="help-contact-label">{t('helpContactsAddress')}:</span> {contact.address}</p>}
      <div class="help-contact-actions">
        {contact.phone && (
          <a class="button-link" href={telUri(contact.phone)}>
            📞 {translate(language, 'helpContactsCall', [contact.phone])}
          </a>
        )}
        {contact.url && (
          <NewTabLink class="button-link secondary" href={contact.url} language={language}>
            {t('helpContactsWebsite')}: {new URL(contact.url).host}
          </NewTabLink>
        )}
      </div>
    </>
  );
}

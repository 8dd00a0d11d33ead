import { HELPLINE, HELPLINE_TEXT } from '../../utils/content';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { NewTabLink } from './NewTabLink';

/**
 * Everything a child or adult needs to reach the 111 hotline: the call link, that it is free and
 * open 24/7, its Zalo account and its website. HelplineCard is the short form for tight spaces.
 */
export function HelplineDetails({ language, headingLevel = 2 }: { language: Language; headingLevel?: 2 | 3 }) {
  const text = HELPLINE_TEXT[language];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="card helpline helpline-details" aria-labelledby="helpline-details-title" data-testid="helpline-details">
      <Heading id="helpline-details-title">
        {text.name} {HELPLINE.number}
      </Heading>
      <a class="button-link call-111" href={HELPLINE.telUri} data-testid="call-111">
        📞 {text.callLabel}
      </a>
      <ul class="helpline-facts">
        <li>{text.free}</li>
        <li>{text.hours}</li>
      </ul>
      <p class="helpline-message-title">{translate(language, 'helpline111OtherWays')}</p>
      <p>{text.zalo}</p>
      <NewTabLink class="button-link secondary website-111" href={HELPLINE.websiteUrl} language={language} testId="helpline-website">
        🌐 {translate(language, 'helpline111Website')}
      </NewTabLink>
    </section>
  );
}

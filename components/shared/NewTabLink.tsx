import type { ComponentChildren } from 'preact';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';

interface NewTabLinkProps {
  href: string;
  language: Language;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

/** A link that opens in a new tab and tells screen-reader users so. */
export function NewTabLink({ href, language, class: className, testId, children }: NewTabLinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className} data-testid={testId}>
      {children}
      <span class="visually-hidden"> {translate(language, 'helpOpensInNewTab')}</span>
    </a>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { AgeGroup } from '../../utils/age-groups';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { tipAtOffset } from '../../utils/tip-rotation';

/** One short tip for the child's age group: the tip of the day first, then "next tip". */
export function TipCard({ language, ageGroup }: { language: Language; ageGroup: AgeGroup }) {
  const [offset, setOffset] = useState(0);
  // The day is fixed when the popup opens, so a popup left open past midnight keeps its place.
  const openedAt = useMemo(() => new Date(), []);
  const tip = tipAtOffset(language, ageGroup, openedAt, offset);

  return (
    <section class="tip-card" aria-labelledby="tip-title">
      <div class="tip-header">
        <h2 id="tip-title">
          <span aria-hidden="true">💡</span> {translate(language, 'popupTipsTitle')}
        </h2>
        <button type="button" class="secondary compact" onClick={() => setOffset(offset + 1)} data-testid="next-tip">
          {translate(language, 'popupNextTip')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <p class="tip-text" aria-live="polite" data-testid="tip" data-tip-id={tip.id}>
        {tip.text}
      </p>
    </section>
  );
}

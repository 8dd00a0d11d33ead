import type { Language, SkillCard } from '../../utils/content';
import { CheckQuestion } from './CheckQuestion';

/** One skill card: title, two to four sentences and, when the card has one, a check question. */
export function SkillCardView({ language, card }: { language: Language; card: SkillCard }) {
  return (
    <article class="skill-card" aria-labelledby={`card-${card.id}-title`} data-testid="skill-card" data-card-id={card.id}>
      <h3 id={`card-${card.id}-title`}>{card.title}</h3>
      {card.body.map((sentence) => (
        <p>{sentence}</p>
      ))}
      {card.check && <CheckQuestion language={language} cardId={card.id} check={card.check} />}
    </article>
  );
}

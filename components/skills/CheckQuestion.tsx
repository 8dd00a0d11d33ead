import { useState } from 'preact/hooks';
import type { Language, SkillCheck } from '../../utils/content';
import { translate } from '../../utils/i18n';

interface CheckQuestionProps {
  language: Language;
  cardId: string;
  check: SkillCheck;
}

/**
 * A card's check question as a radio group. Choosing an option shows its feedback in a live
 * region, which is always in the page so that screen readers announce each change. In the
 * content, the feedback of each right answer begins by saying it is right ("Đúng rồi!",
 * "Right."), so only a wrong answer gets a prefix that says so.
 */
export function CheckQuestion({ language, cardId, check }: CheckQuestionProps) {
  // The option's position, not its text, so the choice survives a language switch.
  const [chosen, setChosen] = useState<number | null>(null);
  const option = chosen === null ? undefined : check.options[chosen];

  return (
    <fieldset class="check" data-testid="check">
      <legend>
        <span class="check-title">{translate(language, 'skillsCheckTitle')}:</span> {check.question}
      </legend>
      {check.options.map((choice, index) => (
        <label class="check-option">
          <input type="radio" name={`check-${cardId}`} checked={chosen === index} onChange={() => setChosen(index)} />
          {choice.text}
        </label>
      ))}
      <p
        class={`check-feedback ${option ? (option.correct ? 'correct' : 'incorrect') : ''}`}
        role="status"
        data-testid="check-feedback"
        data-correct={option ? String(option.correct) : undefined}
      >
        {option && <span aria-hidden="true">{option.correct ? '✅ ' : '🤔 '}</span>}
        {option && !option.correct && <strong>{translate(language, 'skillsCheckIncorrect')} </strong>}
        {option?.feedback}
      </p>
    </fieldset>
  );
}

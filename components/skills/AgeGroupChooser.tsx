import { CONTENT_AGE_GROUPS } from '../../utils/content';
import type { ContentAgeGroup } from '../../utils/content';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { AGE_GROUP_NAME_KEYS } from '../shared/age-group-names';

interface AgeGroupChooserProps {
  language: Language;
  ownGroup: ContentAgeGroup;
  group: ContentAgeGroup;
  onChoose: (group: ContentAgeGroup) => void;
}

/** Radio buttons that choose whose cards to show; the child's own group is marked. */
export function AgeGroupChooser({ language, ownGroup, group, onChoose }: AgeGroupChooserProps) {
  return (
    <fieldset class="age-group-chooser">
      <legend>{translate(language, 'skillsAgeGroupLabel')}</legend>
      <div class="chips">
        {CONTENT_AGE_GROUPS.map((option) => (
          <label class="chip" data-testid={`age-group-${option}`}>
            <input type="radio" name="age-group" value={option} checked={option === group} onChange={() => onChoose(option)} />
            {translate(language, AGE_GROUP_NAME_KEYS[option])}
            {option === ownGroup && <span class="own-group"> {translate(language, 'skillsYourGroup')}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

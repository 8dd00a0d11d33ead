import { describe, expect, it } from 'vitest';
import { AGE_GROUPS } from '../../utils/age-groups';
import { CATEGORY_IDS } from '../../utils/categories';
import { CATEGORY_TEXTS_EN } from '../../utils/content/category-explanations.en';
import { CATEGORY_TEXTS_VI } from '../../utils/content/category-explanations.vi';
import { HARM_LIKELY } from '../../utils/content/harm-likely';
import {
  CONTENT_AGE_GROUPS,
  EXPLAINED_CATEGORY_IDS,
  HELPLINE,
  HELPLINE_TEXT,
  LANGUAGES,
  SKILL_AREAS,
  categoryTextsSchema,
  getCategoryExplanation,
  getGuide,
  getSkillCards,
  getTips,
  guideSectionSchema,
  skillCardSchema,
  tipOfTheDay,
  tipSchema,
  type SkillCard,
} from '../../utils/content';
import { GUIDE_EN } from '../../utils/content/guide.en';
import { GUIDE_VI } from '../../utils/content/guide.vi';
import { SKILL_CARDS_EN } from '../../utils/content/skills.en';
import { SKILL_CARDS_VI } from '../../utils/content/skills.vi';
import { TIPS_EN } from '../../utils/content/tips.en';
import { TIPS_VI } from '../../utils/content/tips.vi';

const ALL_CONTENT = {
  skillsVi: SKILL_CARDS_VI,
  skillsEn: SKILL_CARDS_EN,
  tipsVi: TIPS_VI,
  tipsEn: TIPS_EN,
  guideVi: GUIDE_VI,
  guideEn: GUIDE_EN,
  categoriesVi: CATEGORY_TEXTS_VI,
  categoriesEn: CATEGORY_TEXTS_EN,
  helpline: HELPLINE,
  helplineText: HELPLINE_TEXT,
};

/** Collects every string in a value with the path that leads to it. */
function collectStrings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${path}.${key}`));
  }
  return [];
}

/** Reduces a card to what must match across languages: everything except the words. */
function cardShape(card: SkillCard) {
  return {
    id: card.id,
    area: card.area,
    ageGroups: card.ageGroups,
    sentenceCount: card.body.length,
    correctFlags: card.check?.options.map((option) => option.correct) ?? null,
  };
}

const SENTENCE_END = /[.!?…][”"’)]?$/u;
const SENTENCE_BREAK_INSIDE = /[.!?…][”"’)]?\s+\p{Lu}/u;
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

describe('content schemas', () => {
  it('skill cards parse', () => {
    for (const card of [...SKILL_CARDS_VI, ...SKILL_CARDS_EN]) {
      expect(skillCardSchema.safeParse(card).success, card.id).toBe(true);
    }
  });

  it('tips parse', () => {
    for (const tip of [...TIPS_VI, ...TIPS_EN]) {
      expect(tipSchema.safeParse(tip).success, tip.id).toBe(true);
    }
  });

  it('guide sections parse', () => {
    for (const section of [...GUIDE_VI, ...GUIDE_EN]) {
      expect(guideSectionSchema.safeParse(section).success, section.id).toBe(true);
    }
  });

  it('category texts parse and cover every reason', () => {
    expect(categoryTextsSchema.safeParse(CATEGORY_TEXTS_VI).success).toBe(true);
    expect(categoryTextsSchema.safeParse(CATEGORY_TEXTS_EN).success).toBe(true);
    expect(Object.keys(CATEGORY_TEXTS_VI).sort()).toEqual([...EXPLAINED_CATEGORY_IDS].sort());
  });

  it('check schema rejects two correct options', () => {
    const card = SKILL_CARDS_EN.find((item) => item.check);
    expect(card?.check).toBeDefined();
    const options = card!.check!.options.map((option) => ({ ...option, correct: true }));
    const broken = { ...card, check: { ...card!.check, options } };
    expect(skillCardSchema.safeParse(broken).success).toBe(false);
  });
});

describe('content languages match', () => {
  it('skill cards have same ids and structure', () => {
    expect(SKILL_CARDS_EN.map(cardShape)).toEqual(SKILL_CARDS_VI.map(cardShape));
  });

  it('tips have same ids and age groups', () => {
    const shape = (tips: typeof TIPS_VI) => tips.map((tip) => ({ id: tip.id, ageGroups: tip.ageGroups }));
    expect(shape(TIPS_EN)).toEqual(shape(TIPS_VI));
  });

  it('guide sections have same ids and paragraph counts', () => {
    const shape = (guide: typeof GUIDE_VI) => guide.map((section) => [section.id, section.paragraphs.length]);
    expect(shape(GUIDE_EN)).toEqual(shape(GUIDE_VI));
  });

  it('category texts have same keys', () => {
    const shape = (texts: typeof CATEGORY_TEXTS_VI) =>
      Object.entries(texts).map(([id, text]) => [id, Object.keys(text.child)]);
    expect(shape(CATEGORY_TEXTS_EN)).toEqual(shape(CATEGORY_TEXTS_VI));
  });

  it('helpline texts have same keys', () => {
    expect(Object.keys(HELPLINE_TEXT.en)).toEqual(Object.keys(HELPLINE_TEXT.vi));
  });
});

describe('content strings', () => {
  const strings = collectStrings(ALL_CONTENT);

  it('are non-empty and NFC', () => {
    expect(strings.length).toBeGreaterThan(500);
    for (const { path, text } of strings) {
      expect(text.trim(), path).not.toBe('');
      expect(text === text.normalize('NFC'), path).toBe(true);
    }
  });

  it('contain no statistics-looking numbers', () => {
    // The only numbers in the content are the 111 helpline (and its site), the 113 police line and "24/7".
    for (const { path, text } of strings.filter(({ path }) => !path.endsWith('.id'))) {
      expect(text, path).not.toContain('%');
      const withoutKnownNumbers = text.replace(/tongdai111\.vn|24\/7|\b111\b|\b113\b/g, '');
      expect(withoutKnownNumbers, path).not.toMatch(/\d/);
    }
  });

  it('Vietnamese sentences carry diacritics', () => {
    const vietnamese = collectStrings({
      skills: SKILL_CARDS_VI,
      tips: TIPS_VI,
      guide: GUIDE_VI,
      categories: CATEGORY_TEXTS_VI,
      helpline: HELPLINE_TEXT.vi,
    }).filter(({ path }) => !/\.(id|area|ageGroups)(\[|$)/.test(path));
    for (const { path, text } of vietnamese) {
      if (text.split(/\s+/).length < 3) continue;
      expect(text, path).toMatch(VIETNAMESE_LETTER);
    }
  });
});

describe('skill cards', () => {
  it('ids are unique', () => {
    const ids = SKILL_CARDS_VI.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each area has three cards per age group', () => {
    for (const lang of LANGUAGES) {
      for (const group of CONTENT_AGE_GROUPS) {
        const cards = getSkillCards(lang, group);
        for (const area of SKILL_AREAS) {
          const count = cards.filter((card) => card.area === area).length;
          expect(count, `${lang} ${group} ${area}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it('body has two to four sentences', () => {
    for (const card of [...SKILL_CARDS_VI, ...SKILL_CARDS_EN]) {
      expect(card.body.length, card.id).toBeGreaterThanOrEqual(2);
      expect(card.body.length, card.id).toBeLessThanOrEqual(4);
      for (const sentence of card.body) {
        expect(sentence, card.id).toMatch(SENTENCE_END);
        expect(sentence, card.id).not.toMatch(SENTENCE_BREAK_INSIDE);
      }
    }
  });

  it('each check has one correct option', () => {
    for (const card of [...SKILL_CARDS_VI, ...SKILL_CARDS_EN]) {
      if (!card.check) continue;
      const correct = card.check.options.filter((option) => option.correct);
      expect(correct.length, card.id).toBe(1);
    }
  });

  it('about half have a check', () => {
    const withCheck = SKILL_CARDS_VI.filter((card) => card.check).length;
    expect(withCheck / SKILL_CARDS_VI.length).toBeGreaterThanOrEqual(0.4);
    expect(withCheck / SKILL_CARDS_VI.length).toBeLessThanOrEqual(0.7);
  });

  it('shared cards span adjacent age groups', () => {
    for (const card of SKILL_CARDS_VI) {
      const positions = card.ageGroups.map((group) => CONTENT_AGE_GROUPS.indexOf(group)).sort();
      const span = positions[positions.length - 1]! - positions[0]!;
      expect(span, card.id).toBe(positions.length - 1);
    }
  });

  it('off age group gets upper secondary cards', () => {
    expect(getSkillCards('vi', 'off')).toEqual(getSkillCards('vi', 'upperSecondary'));
  });
});

describe('tips', () => {
  it('ids are unique', () => {
    const ids = TIPS_VI.map((tip) => tip.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('eight or more per age group', () => {
    for (const lang of LANGUAGES) {
      for (const group of CONTENT_AGE_GROUPS) {
        expect(getTips(lang, group).length, `${lang} ${group}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('tip of the day is stable within a day', () => {
    const morning = new Date(2025, 2, 14, 0, 5);
    const evening = new Date(2025, 2, 14, 23, 55);
    expect(tipOfTheDay('vi', 'primary', morning).id).toBe(tipOfTheDay('vi', 'primary', evening).id);
  });

  it('tip of the day rotates across days', () => {
    const tips = getTips('en', 'lowerSecondary');
    const seen = new Set<string>();
    for (let day = 1; day <= tips.length; day += 1) {
      seen.add(tipOfTheDay('en', 'lowerSecondary', new Date(2025, 0, day, 12)).id);
    }
    expect(seen.size).toBe(tips.length);
    const today = tipOfTheDay('en', 'lowerSecondary', new Date(2025, 0, 1, 12));
    const tomorrow = tipOfTheDay('en', 'lowerSecondary', new Date(2025, 0, 2, 12));
    expect(tomorrow.id).not.toBe(today.id);
  });

  it('tip of the day matches across languages', () => {
    const date = new Date(2024, 11, 31, 8);
    expect(tipOfTheDay('en', 'preschool', date).id).toBe(tipOfTheDay('vi', 'preschool', date).id);
  });

  it('tip of the day handles dates before 1970', () => {
    const tip = tipOfTheDay('vi', 'upperSecondary', new Date(1969, 6, 20, 12));
    expect(getTips('vi', 'upperSecondary')).toContain(tip);
  });
});

describe('guide', () => {
  it('covers parents and teachers', () => {
    const ids = getGuide('vi').map((section) => section.id);
    for (const id of ['talkingWithChild', 'whatItDoes', 'whatItDoesNot', 'howReportsAreHandled', 'whereToGetHelp', 'teachersOnlineClasses', 'teachersHandlingAbuse']) {
      expect(ids).toContain(id);
    }
  });

  it('states what the extension does not send', () => {
    const text = getGuide('en').flatMap((section) => section.paragraphs).join(' ');
    expect(text).toContain('does not record');
    expect(text).toContain('only the page address, never a picture');
    expect(text).toContain('No filter is perfect');
  });
});

describe('category explanations', () => {
  it('cover every blocklist category', () => {
    for (const id of CATEGORY_IDS) {
      expect(EXPLAINED_CATEGORY_IDS).toContain(id);
    }
  });

  it('flag the categories that show 111', () => {
    const harmful = EXPLAINED_CATEGORY_IDS.filter((id) => HARM_LIKELY[id]).sort();
    expect(harmful).toEqual(['adult', 'chat', 'dating', 'drugs', 'gambling', 'pageContent', 'scam', 'violence', 'weapons']);
  });

  it('return child text per age group', () => {
    for (const lang of LANGUAGES) {
      for (const group of AGE_GROUPS) {
        const explanation = getCategoryExplanation(lang, 'gambling', group);
        const expectedGroup = group === 'off' ? 'upperSecondary' : group;
        const texts = lang === 'vi' ? CATEGORY_TEXTS_VI : CATEGORY_TEXTS_EN;
        expect(explanation.childText, `${lang} ${group}`).toBe(texts.gambling.child[expectedGroup]);
        expect(explanation.harmLikely).toBe(true);
      }
    }
  });

  it('child texts differ between age groups', () => {
    for (const id of EXPLAINED_CATEGORY_IDS) {
      const texts = Object.values(CATEGORY_TEXTS_VI[id].child);
      expect(new Set(texts).size, id).toBe(texts.length);
    }
  });
});

describe('helpline', () => {
  it('states number, link and website', () => {
    expect(HELPLINE.number).toBe('111');
    expect(HELPLINE.telUri).toBe('tel:111');
    expect(HELPLINE.websiteHost).toBe('tongdai111.vn');
    expect(new URL(HELPLINE.websiteUrl).hostname).toBe('tongdai111.vn');
  });

  it('texts mention 111, the website and Zalo', () => {
    for (const lang of LANGUAGES) {
      const text = Object.values(HELPLINE_TEXT[lang]).join(' ');
      expect(text, lang).toContain('111');
      expect(text, lang).toContain('tongdai111.vn');
      expect(text, lang).toContain('Zalo');
      expect(text, lang).toContain('24/7');
    }
  });
});

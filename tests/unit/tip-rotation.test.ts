import { describe, expect, it } from 'vitest';
import { getTips, tipOfTheDay } from '../../utils/content';
import { tipAtOffset } from '../../utils/tip-rotation';

describe('tipAtOffset', () => {
  it('offset 0 is the tip of the day', () => {
    const date = new Date(2026, 8, 5, 9);
    expect(tipAtOffset('vi', 'primary', date, 0)).toEqual(tipOfTheDay('vi', 'primary', date));
  });

  it('next day starts one tip later', () => {
    const today = new Date(2026, 8, 5, 21);
    const tomorrow = new Date(2026, 8, 6, 7);
    expect(tipAtOffset('en', 'lowerSecondary', tomorrow, 0).id).toBe(tipAtOffset('en', 'lowerSecondary', today, 1).id);
  });

  it('walks every tip once, then wraps', () => {
    const date = new Date(2026, 0, 1, 12);
    const tips = getTips('vi', 'preschool');
    const seen = new Set<string>();
    for (let offset = 0; offset < tips.length; offset += 1) seen.add(tipAtOffset('vi', 'preschool', date, offset).id);

    expect(seen.size).toBe(tips.length);
    expect(tipAtOffset('vi', 'preschool', date, tips.length).id).toBe(tipAtOffset('vi', 'preschool', date, 0).id);
  });

  it('same tip id in both languages', () => {
    const date = new Date(2026, 3, 30, 16);
    for (let offset = 0; offset < 10; offset += 1) {
      expect(tipAtOffset('en', 'upperSecondary', date, offset).id).toBe(tipAtOffset('vi', 'upperSecondary', date, offset).id);
    }
  });

  it('off uses the upper secondary tips', () => {
    const date = new Date(2026, 10, 20, 10);
    expect(getTips('vi', 'upperSecondary')).toContainEqual(tipAtOffset('vi', 'off', date, 3));
  });
});

import { describe, expect, it } from 'vitest';
import { bootstrapMedianRatio, createRandom, launchSpread, median, quantile, relativeHalfWidth, shuffled, summarize } from '../../bench/lib/stats';

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5);
  });

  it('ignores input order and keeps the input', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(quantile(samples, 0)).toBe(1);
    expect(quantile(samples, 1)).toBe(5);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('rejects an empty sample and a bad level', () => {
    expect(() => quantile([], 0.5)).toThrow(/empty/);
    expect(() => quantile([1], 1.5)).toThrow(/within \[0, 1\]/);
  });
});

describe('summarize', () => {
  it('reports count, median, p95 and range', () => {
    const samples = Array.from({ length: 101 }, (_, index) => index);
    expect(summarize(samples)).toEqual({ count: 101, median: 50, p95: 95, min: 0, max: 100 });
  });

  it('median of an odd and an even sample', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('createRandom', () => {
  it('repeats the sequence for one seed', () => {
    const first = createRandom(7);
    const second = createRandom(7);
    const values = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('differs between seeds', () => {
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });
});

describe('shuffled', () => {
  it('keeps every item and leaves the input alone', () => {
    const items = ['bare', 'floor', 'khienXanh', 'plainRedirect'];
    const result = shuffled(items, createRandom(3));
    expect([...result].sort()).toEqual([...items].sort());
    expect(items).toEqual(['bare', 'floor', 'khienXanh', 'plainRedirect']);
  });

  it('produces every order over many draws', () => {
    const random = createRandom(11);
    const orders = new Set(Array.from({ length: 200 }, () => shuffled([1, 2, 3], random).join('')));
    expect(orders.size).toBe(6);
  });
});

/** Log-normal samples around `center`, like page-load times with a long right tail. */
function fakeLoadTimes(center: number, count: number, seed: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return center * Math.exp(0.1 * normal);
  });
}

describe('bootstrapMedianRatio', () => {
  it('estimates the ratio of medians', () => {
    const interval = bootstrapMedianRatio([110, 120, 130], [100, 110, 120]);
    expect(interval.ratio).toBeCloseTo(120 / 110);
    expect(interval.level).toBe(0.95);
  });

  it('covers a known 5% slowdown', () => {
    const baseline = fakeLoadTimes(100, 200, 1);
    const treatment = fakeLoadTimes(105, 200, 2);
    const interval = bootstrapMedianRatio(treatment, baseline);
    expect(interval.low).toBeLessThan(1.05);
    expect(interval.high).toBeGreaterThan(1.05);
    expect(interval.low).toBeGreaterThan(1);
  });

  it('narrows as samples grow', () => {
    const small = bootstrapMedianRatio(fakeLoadTimes(100, 20, 3), fakeLoadTimes(100, 20, 4), { iterations: 500 });
    const large = bootstrapMedianRatio(fakeLoadTimes(100, 300, 5), fakeLoadTimes(100, 300, 6), { iterations: 500 });
    expect(relativeHalfWidth(large)).toBeLessThan(relativeHalfWidth(small));
  });

  it('repeats for one seed', () => {
    const treatment = fakeLoadTimes(100, 30, 7);
    const baseline = fakeLoadTimes(100, 30, 8);
    expect(bootstrapMedianRatio(treatment, baseline, { seed: 5 })).toEqual(bootstrapMedianRatio(treatment, baseline, { seed: 5 }));
  });

  it('paired resampling cancels shared round noise', () => {
    // Both variants share each round's load factor (0.5 to 2), and the treatment is always 2%
    // slower within its round.
    const random = createRandom(9);
    const rounds = Array.from({ length: 40 }, () => 0.5 + 1.5 * random());
    const baseline = rounds.map((factor) => 100 * factor);
    const treatment = rounds.map((factor) => 102 * factor);
    const independent = bootstrapMedianRatio(treatment, baseline);
    const paired = bootstrapMedianRatio(treatment, baseline, { paired: true });
    expect(paired.ratio).toBeCloseTo(1.02, 2);
    expect(paired.low).toBeCloseTo(1.02, 2);
    expect(paired.high).toBeCloseTo(1.02, 2);
    expect(relativeHalfWidth(paired)).toBeLessThan(relativeHalfWidth(independent));
  });

  it('block resampling counts a bias per block', () => {
    // Ten browser launches of 20 rounds each. In each launch the treatment's instance happens to be
    // 6% faster or 10% slower than the baseline's for all its rounds, with a little noise per round.
    const random = createRandom(11);
    const baseline: number[] = [];
    const treatment: number[] = [];
    for (let block = 0; block < 10; block += 1) {
      const bias = block % 2 === 0 ? 0.94 : 1.1;
      for (let round = 0; round < 20; round += 1) {
        const load = 100 * (0.9 + 0.2 * random());
        baseline.push(load);
        treatment.push(load * bias * (0.99 + 0.02 * random()));
      }
    }
    const byRound = bootstrapMedianRatio(treatment, baseline, { paired: true, iterations: 1000 });
    const byBlock = bootstrapMedianRatio(treatment, baseline, { paired: true, blockSize: 20, iterations: 1000 });
    expect(byBlock.ratio).toBe(byRound.ratio);
    expect(relativeHalfWidth(byBlock)).toBeGreaterThan(1.5 * relativeHalfWidth(byRound));
  });

  it('rejects a block size without pairs', () => {
    expect(() => bootstrapMedianRatio([1, 2, 3], [1, 2, 3], { blockSize: 2 })).toThrow(/needs paired samples/);
    expect(() => bootstrapMedianRatio([1, 2, 3], [1, 2, 3], { paired: true, blockSize: 0 })).toThrow(/positive integer/);
    expect(() => bootstrapMedianRatio([1, 2, 3], [1, 2, 3], { paired: true, blockSize: 3 })).toThrow(/two blocks/);
  });

  it('rejects too few samples and unequal pairs', () => {
    expect(() => bootstrapMedianRatio([1], [1, 2])).toThrow(/two samples/);
    expect(() => bootstrapMedianRatio([1, 2, 3], [1, 2], { paired: true })).toThrow(/equal sample counts/);
    expect(() => bootstrapMedianRatio([1, 2], [0, 0])).toThrow(/positive/);
  });
});

describe('launchSpread', () => {
  it('compares medians within each launch', () => {
    const baseline = [10, 10, 10, 20, 20, 20, 30, 30];
    const treatment = [11, 11, 11, 20, 20, 20, 36, 36];
    const spread = launchSpread(treatment, baseline, 3, 0.03);
    expect(spread.ratios).toEqual([1.1, 1]);
  });

  it('estimates launches for a width', () => {
    // Launch ratios e^0.1 and e^-0.1: a log spread of 0.1414, so (2 × 1.96 × 0.1414 / 0.03)² launches.
    const baseline = [100, 100, 100, 100];
    const treatment = [100 * Math.exp(0.1), 100 * Math.exp(0.1), 100 * Math.exp(-0.1), 100 * Math.exp(-0.1)];
    const spread = launchSpread(treatment, baseline, 2, 0.03);
    expect(spread.logSpread).toBeCloseTo(Math.SQRT2 / 10, 6);
    expect(spread.launchesForWidth).toBe(342);
  });

  it('needs two launches when launches agree', () => {
    const spread = launchSpread([2, 4, 2, 4], [1, 2, 1, 2], 2, 0.03);
    expect(spread.logSpread).toBe(0);
    expect(spread.launchesForWidth).toBe(2);
  });

  it('rejects invalid samples and width', () => {
    expect(() => launchSpread([1, 2, 3], [1, 2], 1, 0.03)).toThrow(/paired samples/);
    expect(() => launchSpread([1, 2, 3], [1, 2, 3], 2, 0.03)).toThrow(/two launches/);
    expect(() => launchSpread([1, 2], [1, 2], 1, 0)).toThrow(/positive/);
  });
});

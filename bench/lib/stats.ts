/**
 * Statistics for the benchmark: order statistics and a bootstrap interval for a ratio of medians.
 * Everything is deterministic for a given seed, so a rerun on the same samples prints the same
 * interval.
 */

/** Returns the q-quantile (0 ≤ q ≤ 1) with linear interpolation between order statistics. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile of an empty sample is undefined');
  if (q < 0 || q > 1) throw new Error(`quantile level must be within [0, 1], got ${q}`);

  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export interface Summary {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    median: median(samples),
    p95: quantile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles a copy of `items` (Fisher–Yates) with the given generator. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function resample(samples: readonly number[], random: () => number): number[] {
  return Array.from(samples, () => samples[Math.floor(random() * samples.length)]!);
}

/**
 * Resamples pairs, or whole blocks of `blockSize` consecutive pairs, and returns the ratio of the
 * resampled medians. Drawing as many blocks as there are keeps the sample size about the same.
 */
function pairedResampleRatio(treatment: readonly number[], baseline: readonly number[], random: () => number, blockSize = 1): number {
  const blockCount = Math.ceil(treatment.length / blockSize);
  const indices: number[] = [];
  for (let drawn = 0; drawn < blockCount; drawn += 1) {
    const first = Math.floor(random() * blockCount) * blockSize;
    for (let index = first; index < Math.min(first + blockSize, treatment.length); index += 1) indices.push(index);
  }
  return median(indices.map((index) => treatment[index]!)) / median(indices.map((index) => baseline[index]!));
}

export interface RatioInterval {
  /** median(treatment) / median(baseline). */
  ratio: number;
  /** Lower and upper ends of the percentile bootstrap interval. */
  low: number;
  high: number;
  level: number;
}

export interface BootstrapOptions {
  iterations?: number;
  /**
   * Treat sample i of both sides as one pair (measured in the same round) and resample pairs, so
   * that background load shared by a round cancels out of the interval. Needs equal lengths.
   */
  paired?: boolean;
  /**
   * With `paired`: resample blocks of this many consecutive pairs instead of single pairs. A bias
   * shared by a block (pairs measured by the same browser instances) then counts in the interval.
   */
  blockSize?: number;
  level?: number;
  seed?: number;
}

/**
 * Estimates median(treatment) / median(baseline) with a percentile bootstrap interval: the samples
 * are resampled with replacement (independently, or by pair with `paired`), and the interval is
 * the central `level` share of the resampled ratios. It makes no assumption about the shape of
 * the distributions, which for page loads have long right tails.
 */
export function bootstrapMedianRatio(treatment: readonly number[], baseline: readonly number[], options: BootstrapOptions = {}): RatioInterval {
  if (treatment.length < 2 || baseline.length < 2) throw new Error('bootstrap needs at least two samples on each side');
  const baselineMedian = median(baseline);
  if (baselineMedian <= 0) throw new Error(`baseline median must be positive, got ${baselineMedian}`);
  if (options.blockSize !== undefined && (!options.paired || !Number.isInteger(options.blockSize) || options.blockSize < 1)) {
    throw new Error(`blockSize must be a positive integer and needs paired samples, got ${options.blockSize}`);
  }
  if (options.blockSize !== undefined && treatment.length <= options.blockSize) {
    throw new Error(`block bootstrap needs at least two blocks of ${options.blockSize}, got ${treatment.length} samples`);
  }
  if (options.paired && treatment.length !== baseline.length) {
    throw new Error(`paired bootstrap needs equal sample counts, got ${treatment.length} and ${baseline.length}`);
  }

  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const random = createRandom(options.seed ?? 1);
  const ratios: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    ratios.push(
      options.paired
        ? pairedResampleRatio(treatment, baseline, random, options.blockSize)
        : median(resample(treatment, random)) / median(resample(baseline, random)),
    );
  }

  const tail = (1 - level) / 2;
  return {
    ratio: median(treatment) / baselineMedian,
    low: quantile(ratios, tail),
    high: quantile(ratios, 1 - tail),
    level,
  };
}

/** Half the width of an interval, relative to 1: how precisely the ratio is known. */
export function relativeHalfWidth(interval: RatioInterval): number {
  return (interval.high - interval.low) / 2;
}

export interface LaunchSpread {
  /** Ratio of medians within each full launch, in launch order. */
  ratios: number[];
  /** Standard deviation of the launches' log ratios. */
  logSpread: number;
  /** Launches for a 95% interval narrower than `width` at this spread (normal approximation), at least two. */
  launchesForWidth: number;
}

/**
 * Compares the medians within each launch of `blockSize` paired rounds, and estimates how many
 * launches an interval of `width` (0.03 for 3 points) would need at the spread between them.
 */
export function launchSpread(treatment: readonly number[], baseline: readonly number[], blockSize: number, width: number): LaunchSpread {
  if (treatment.length !== baseline.length) throw new Error(`launch spread needs paired samples, got ${treatment.length} and ${baseline.length}`);
  const launches = Math.floor(treatment.length / blockSize);
  if (launches < 2) throw new Error(`launch spread needs at least two launches of ${blockSize} rounds, got ${treatment.length} rounds`);
  if (width <= 0) throw new Error(`interval width must be positive, got ${width}`);

  const ratios = Array.from({ length: launches }, (_, launch) => {
    const start = launch * blockSize;
    const end = start + blockSize;
    return median(treatment.slice(start, end)) / median(baseline.slice(start, end));
  });
  const logs = ratios.map((ratio) => Math.log(ratio));
  const mean = logs.reduce((sum, value) => sum + value, 0) / launches;
  const logSpread = Math.sqrt(logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (launches - 1));
  return { ratios, logSpread, launchesForWidth: Math.max(2, Math.ceil(((2 * 1.96 * logSpread) / width) ** 2)) };
}

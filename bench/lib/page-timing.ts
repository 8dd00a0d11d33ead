import type { BrowserContext, Page } from '@playwright/test';

export interface LoadTiming {
  /** navigation start → `load` event start, from the Navigation Timing entry. */
  loadMs: number;
  /** navigation start → first contentful paint, from the Paint Timing entry. */
  fcpMs: number;
}

/** Waits for the first-contentful-paint entry (or times out) and reads both timings in the page. */
export async function readLoadTiming(page: Page, timeoutMs = 10_000): Promise<LoadTiming> {
  const timing = await page.evaluate(async (timeout) => {
    const fcp = await new Promise<number>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      });
      observer.observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(Number.NaN), timeout);
    });
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { loadMs: navigation.loadEventStart, fcpMs: fcp };
  }, timeoutMs);
  if (Number.isNaN(timing.fcpMs)) throw new Error(`No first-contentful-paint entry on ${page.url()} within ${timeoutMs} ms`);
  return timing;
}

/** Opens a fresh tab, runs `measure` on it and closes the tab, also when `measure` throws. */
export async function withNewPage<T>(context: BrowserContext, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; id?: number; timeout?: number } };
}

/**
 * Records a Chrome trace (devtools.timeline and v8 categories, the ones the DevTools Performance
 * panel uses) around `action` and returns its events.
 */
export async function traceDuring(session: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));

  await session.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,v8', transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Sums, in milliseconds, the complete `EvaluateScript` events of one script URL: the main-thread
 * time V8 spends compiling and running that script's top level, which for a content script
 * includes its synchronous `main()`.
 */
export function scriptEvaluationMs(events: TraceEvent[], urlSuffix: string): number {
  return events
    .filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && (event.args?.data?.url ?? '').endsWith(urlSuffix))
    .reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
}

/**
 * Sums, in milliseconds, the idle callbacks that were requested with `timeoutMs` as their
 * `requestIdleCallback` timeout. The bench pages register no idle callbacks of their own, and each
 * of the content script's idle callbacks requests a timeout of its own, which distinguishes them.
 */
export function idleCallbackMs(events: TraceEvent[], timeoutMs: number): number {
  const ids = new Set(events.filter((event) => event.name === 'RequestIdleCallback' && event.args?.data?.timeout === timeoutMs).map((event) => event.args?.data?.id));
  return events
    .filter((event) => event.name === 'FireIdleCallback' && event.ph === 'X' && ids.has(event.args?.data?.id))
    .reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
}

/** Collects garbage in the page, then returns its used JS heap in bytes (all worlds of the page). */
export async function usedJsHeapBytes(page: Page, session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  if (!used) throw new Error(`Performance.getMetrics returned no JSHeapUsedSize for ${page.url()}`);
  return used.value;
}

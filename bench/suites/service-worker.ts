import type { CDPSession, Page } from '@playwright/test';
import { launchVariant } from '../lib/launch';
import type { BenchBrowser } from '../lib/launch';
import { startPageServer } from '../lib/page-server';
import { cpuDelta, profileCpuReader } from '../lib/process-cpu';
import type { CpuReader } from '../lib/process-cpu';
import { extensionProcessPss } from '../lib/process-memory';
import { formatBytes, formatMs, formatSummaryMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { median, summarize } from '../lib/stats';

const COLD_START_BUDGET_MS = 50;
/** The envelope utils/messages.ts sends. The getStatus handler reads settings and both report stores. */
const STATUS_REQUEST = { type: 'getStatus', data: {} };

export interface ServiceWorkerOptions {
  coldStarts: number;
  memorySamples: number;
  /** Page loads that each start the stopped worker in a new extension process. */
  pageLoadWakes: number;
}

/** How long the CPU time of a woken extension process is summed after the page's `load`. */
const WAKE_SETTLE_MS = 800;
/** How long to wait for the extension process to exit once its worker has stopped. */
const PROCESS_EXIT_TIMEOUT_MS = 3000;

/**
 * Measures the cold start to the first handled message, a warm round trip, the CPU time of a start
 * caused by a page load, and the worker's process memory.
 */
export async function runServiceWorkerSuite(options: ServiceWorkerOptions): Promise<SuiteResult> {
  const memory = await measureWorkerMemory(options.memorySamples);
  const wakes = await measurePageLoadWakes(options.pageLoadWakes);
  const khienXanh = await launchVariant('khienXanh');
  try {
    const page = await khienXanh.context.newPage();
    // The options page sends no request by itself once loaded, unlike the popup.
    await page.goto(`chrome-extension://${khienXanh.extensionId}/options.html`);
    await page.waitForLoadState('load');
    const session = await khienXanh.context.newCDPSession(page);
    const stopped = trackStoppedWorkers(session);
    await session.send('ServiceWorker.enable');

    const cold: number[] = [];
    const warm: number[] = [];
    for (let index = 0; index < options.coldStarts; index += 1) {
      await stopWorker(session, stopped);
      cold.push(await timeStatusRequest(page));
      warm.push(await timeStatusRequest(page));
    }
    return describe(cold, warm, wakes, memory);
  } finally {
    await khienXanh.close();
  }
}

/** Counts `stopped` status updates, so stopWorker can wait for the count to grow. */
function trackStoppedWorkers(session: CDPSession): { count: number } {
  const stopped = { count: 0 };
  session.on('ServiceWorker.workerVersionUpdated', (event) => {
    stopped.count += event.versions.filter((version) => version.runningStatus === 'stopped').length;
  });
  return stopped;
}

async function stopWorker(session: CDPSession, stopped: { count: number }, timeoutMs = 5000): Promise<void> {
  const before = stopped.count;
  await session.send('ServiceWorker.stopAllWorkers');
  const deadline = performance.now() + timeoutMs;
  while (stopped.count === before) {
    if (performance.now() > deadline) throw new Error(`The service worker did not stop within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // Let the browser finish tearing the worker down before the next request starts it again.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Times one getStatus round trip from the extension page, in the page's own clock. */
async function timeStatusRequest(page: Page): Promise<number> {
  const { elapsed, reply } = await page.evaluate(async (request) => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage(request)) as { ok?: boolean; error?: string } | undefined;
    return { elapsed: performance.now() - started, reply };
  }, STATUS_REQUEST);
  if (!reply?.ok) throw new Error(`getStatus failed: ${JSON.stringify(reply)}`);
  return elapsed;
}

interface PageLoadWakes {
  /** Extension-process CPU time per page load, in ms, where the load started a new process. */
  freshProcessCpuMs: number[];
  /** Loads skipped because the previous extension process had not exited in time. */
  skipped: number;
}

/**
 * Measures the extension process's CPU time for page loads that start it and the worker. Chrome
 * stops the worker after 30 s without events and then ends the process, so the first page load
 * after a quiet spell starts both again to inject the content script. Each sample stops the
 * worker, waits for the process to exit, loads the small page, and sums the process's CPU time up
 * to WAKE_SETTLE_MS after `load`.
 */
async function measurePageLoadWakes(count: number): Promise<PageLoadWakes> {
  const server = await startPageServer();
  const khienXanh = await launchVariant('khienXanh');
  try {
    const page = await khienXanh.context.newPage();
    const session = await khienXanh.context.newCDPSession(page);
    const stopped = trackStoppedWorkers(session);
    await session.send('ServiceWorker.enable');
    const readCpu = profileCpuReader(khienXanh.userDataDir);

    const result: PageLoadWakes = { freshProcessCpuMs: [], skipped: 0 };
    for (let index = 0; index < count; index += 1) {
      await stopWorker(session, stopped);
      if (!(await extensionProcessExited(readCpu))) {
        result.skipped += 1;
        continue;
      }

      const before = readCpu();
      await page.goto(server.urlFor('/small.html'), { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, WAKE_SETTLE_MS));
      result.freshProcessCpuMs.push(cpuDelta(before, readCpu()).extension / 1e6);
    }
    return result;
  } finally {
    await khienXanh.close();
    await server.close();
  }
}

/** Waits up to PROCESS_EXIT_TIMEOUT_MS for the profile to have no extension process left. */
async function extensionProcessExited(readCpu: CpuReader): Promise<boolean> {
  const deadline = performance.now() + PROCESS_EXIT_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const processes = [...readCpu().values()];
    if (!processes.some((entry) => entry.kind === 'extension')) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

interface WorkerMemory {
  floor: number[];
  khienXanh: number[];
}

/**
 * Reads the PSS of the extension process of a freshly started browser, with only the service
 * worker running in it, for the floor extension (empty worker) and for Khiên Xanh.
 */
async function measureWorkerMemory(samples: number): Promise<WorkerMemory> {
  const memory: WorkerMemory = { floor: [], khienXanh: [] };
  for (let index = 0; index < samples; index += 1) {
    for (const variant of ['floor', 'khienXanh'] as const) {
      const browser: BenchBrowser = await launchVariant(variant);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const processes = extensionProcessPss(browser.userDataDir);
      await browser.close();
      if (processes.length !== 1) throw new Error(`Expected one extension process for ${variant}, found ${processes.length}`);
      memory[variant].push(processes[0]!);
    }
  }
  return memory;
}

function describe(cold: number[], warm: number[], wakes: PageLoadWakes, memory: WorkerMemory): SuiteResult {
  const coldSummary = summarize(cold);
  const wakeCpu = wakes.freshProcessCpuMs.length > 0 ? formatSummaryMs(summarize(wakes.freshProcessCpuMs)) : 'no sample';
  const skippedText = wakes.skipped > 0 ? `; ${wakes.skipped} skipped, the previous process had not exited` : '';
  const floorPss = median(memory.floor);
  const khienXanhPss = median(memory.khienXanh);
  const markdown = table(
    ['figure', 'median / p95'],
    [
      [`cold start → first getStatus reply (${cold.length} starts)`, formatSummaryMs(coldSummary)],
      [`warm getStatus round trip (${warm.length})`, formatSummaryMs(summarize(warm))],
      [
        `CPU time of the extension process for a page load that starts it and the worker (${wakes.freshProcessCpuMs.length} loads${skippedText})`,
        wakeCpu,
      ],
      [`extension process PSS, floor (empty worker), median of ${memory.floor.length} launches`, formatBytes(floorPss)],
      ['extension process PSS, Khiên Xanh', formatBytes(khienXanhPss)],
      ['added by Khiên Xanh\'s worker (difference of medians)', formatBytes(khienXanhPss - floorPss)],
    ],
  );
  return {
    title: 'Service worker',
    markdown,
    budgets: [
      {
        name: 'Service-worker cold start to first message (median)',
        target: `< ${formatMs(COLD_START_BUDGET_MS)}`,
        measured: `${formatMs(coldSummary.median)} (p95 ${formatMs(coldSummary.p95)})`,
        met: coldSummary.median < COLD_START_BUDGET_MS,
      },
    ],
  };
}

import type { CDPSession } from '@playwright/test';
import { expect, test } from './policy-fixtures';

const SCHOOL_TOKEN = 'school-token-5e2b7c91d4';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { exception?: { description?: string } };
}

/** Evaluates an expression in one execution context and returns its value or its error text. */
async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<{ value?: unknown; error?: string }> {
  const reply = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as EvaluateResult;
  if (reply.exceptionDetails) return { error: reply.exceptionDetails.exception?.description ?? 'unknown error' };
  return { value: reply.result.value };
}

// Playwright runs code only in a page's main world, so the content script's isolated world is
// reached over the DevTools protocol: Runtime.enable lists every execution context, and the
// content script's context is the isolated one whose origin is the extension's.
test('content scripts cannot read the report token', async ({ policy, site }) => {
  policy.write({ ReportEndpoint: 'https://reports.truong.example/api', ReportAuthToken: SCHOOL_TOKEN });
  const browser = await policy.launch();
  try {
    await expect
      .poll(() => browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('policyCache')).policyCache !== undefined), { timeout: 30_000 })
      .toBe(true);
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain(SCHOOL_TOKEN);

    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    await page.goto(site.urlFor('forum.example.test'));
    await page.locator('khien-xanh-overlay').waitFor({ state: 'attached' });

    const isolated = contexts.filter((context) => context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${browser.extensionId}`);
    expect(isolated.length).toBeGreaterThan(0);
    const contentScript = isolated.at(-1)!.id;

    // The control: this really is the extension's content script world.
    expect(await evaluateIn(cdp, contentScript, 'chrome.runtime.id')).toEqual({ value: browser.extensionId });
    for (const area of ['local', 'managed', 'session']) {
      const outcome = await evaluateIn(cdp, contentScript, `chrome.storage.${area}.get(null).then(JSON.stringify)`);
      expect(outcome.value, area).toBeUndefined();
      expect(outcome.error, area).toContain('Access to storage is not allowed from this context');
    }

    const pageWorld = contexts.find((context) => context.auxData?.isDefault === true && context.origin === site.urlFor('forum.example.test').replace(/\/$/, ''));
    expect(pageWorld).toBeDefined();
    expect(await evaluateIn(cdp, pageWorld!.id, 'typeof globalThis.chrome?.storage')).toEqual({ value: 'undefined' });
  } finally {
    await browser.close();
  }
});

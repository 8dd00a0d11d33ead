import type { Page, Worker } from '@playwright/test';
import type { ParsedPolicy } from '../../utils/policy/policy-keys';
import type { ExtensionBrowser } from '../support/chromium';
import { expect } from './fixtures';

/** Chrome's maximum popup size; the popup page is opened in a tab of this size. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

/** A help contact as a school would configure it, for the popup and guide tests. */
export const SCHOOL_CONTACT = {
  name: 'Cô Lan – giáo viên tư vấn học đường',
  phone: '024 3936 1234',
  hours: 'Thứ Hai – Thứ Sáu, 7:30–16:30',
  address: 'Phòng 102, Trường Tiểu học Kim Đồng',
  url: 'https://kimdong.example.edu.vn/tu-van',
};

/**
 * Stores a policy in the cache the background keeps of `storage.managed`, as if an enterprise
 * policy had set it. The background overwrites the cache only when managed storage changes, and
 * a test browser has no policy, so the value holds for the test.
 */
export async function applyCachedPolicy(serviceWorker: Worker, policy: ParsedPolicy): Promise<void> {
  await serviceWorker.evaluate(async (value) => {
    await chrome.storage.local.set({ policyCache: { policy: value, errors: [], updatedAt: Date.now() } });
  }, policy);
}

/** Opens an extension page in a new tab and waits until its first heading is shown. */
export async function openExtensionPage(extension: ExtensionBrowser, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await extension.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

import type { Page } from '@playwright/test';

/**
 * Opens the options page and gets past the parent PIN: creates `pin` on first run, or enters it
 * when the page is locked. Returns once a settings section is visible.
 */
export async function openUnlockedOptions(page: Page, extensionId: string, pin = '2468'): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const create = page.getByTestId('pin-create');
  const unlock = page.getByTestId('pin-unlock');
  const settings = page.getByTestId('section-age');
  await create.or(unlock).or(settings).first().waitFor();

  if (await create.isVisible()) {
    await create.locator('input').nth(0).fill(pin);
    await create.locator('input').nth(1).fill(pin);
    await create.locator('button[type="submit"]').click();
  } else if (await unlock.isVisible()) {
    await unlock.locator('input').fill(pin);
    await unlock.locator('button[type="submit"]').click();
  }
  await settings.waitFor();
}

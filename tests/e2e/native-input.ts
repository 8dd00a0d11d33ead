import type { Locator, Page } from '@playwright/test';
import type { VirtualDisplay } from '../support/virtual-display';
import { expect } from './fixtures';

/**
 * Real X input for a headed Chromium on a virtual display: the key presses and clicks go through
 * the X server into the browser, as a user's would, so browser shortcuts and the native context
 * menu see them.
 */

/** Context-menu targets, named after the `contexts` of a `contextMenus` item. */
export type MenuContext = 'page' | 'link' | 'image';

/**
 * Position of the report item in Chromium's context menu, counted from the last item (1). Chromium
 * 156 puts the extension items just above its developer items: "View page source" and "Inspect" on
 * a page, only "Inspect" on a link or an image. Counted from the end, because the items above the
 * extension ones change with the page (such as "Translate to English").
 *
 * NOTE: the positions are Chromium 156's. A version that adds items below the extension ones makes
 * the context-menu tests choose another item, and they fail waiting for the report form.
 */
const ITEMS_FROM_END: Record<MenuContext, number> = { page: 3, link: 2, image: 2 };

/** A browser window on the virtual display, with the page shown in it. */
export interface PageWindow {
  screen: VirtualDisplay;
  page: Page;
  windowId: string;
}

/**
 * Shows `page` in its window and gives that window the X keyboard focus. There is no window
 * manager on the virtual display, so nothing else moves the focus, and a window that closes (such
 * as the options window opened at install) leaves no window focused.
 */
export async function focusPageWindow(screen: VirtualDisplay, page: Page): Promise<PageWindow> {
  await page.bringToFront();
  // Chromium names a window after its active tab: "<page title> - Chromium".
  const windowName = `^${escapeRegExp(await page.title())} - Chromium$`;
  await expect.poll(() => screen.findVisibleWindows(windowName), { message: `window named ${windowName}` }).toHaveLength(1);
  const [windowId] = await screen.findVisibleWindows(windowName);
  await screen.xdotool('windowfocus', '--sync', windowId!);
  return { screen, page, windowId: windowId! };
}

/** Sends key presses, in xdotool's key names (such as "alt+shift+k"), to the focused window. */
export async function pressKeys(pageWindow: PageWindow, ...keys: string[]): Promise<void> {
  await pageWindow.screen.xdotool('key', '--clearmodifiers', ...keys);
}

/**
 * Right-clicks `target` and chooses the report item in Chromium's context menu with the keyboard:
 * Up from no selection wraps to the last item, and Return activates the selected one.
 */
export async function chooseReportMenuItem(pageWindow: PageWindow, target: Locator, context: MenuContext): Promise<void> {
  const { screen } = pageWindow;
  await pointAt(pageWindow, target);
  const windowsBefore = await screen.findVisibleWindows('');

  await screen.xdotool('click', '3');
  // The menu is a window of its own, and keys sent before it is mapped would go to the page.
  const menuShown = async () => (await screen.findVisibleWindows('')).some((id) => !windowsBefore.includes(id));
  await expect.poll(menuShown, { message: 'context menu shown' }).toBe(true);

  await pressKeys(pageWindow, ...Array<string>(ITEMS_FROM_END[context]).fill('Up'), 'Return');
}

/**
 * Moves the X pointer over the middle of `target` and waits until the page reports the hover. The
 * page's position on the screen depends on Chromium's toolbar and info bars, so it is measured
 * from a real pointer move inside the window.
 */
async function pointAt({ screen, page, windowId }: PageWindow, target: Locator): Promise<void> {
  await page.evaluate(() => {
    addEventListener('mousemove', (event) => {
      (window as unknown as PointerProbe).screenOffset = { x: event.screenX - event.clientX, y: event.screenY - event.clientY };
    });
  });
  const readOffset = () => page.evaluate(() => (window as unknown as PointerProbe).screenOffset ?? null);
  const size = await windowSize(screen, windowId);
  // Two points in the middle of the window, which is page content below the toolbar. Moving
  // between them gives the page a move event even when the pointer already rests on the first.
  for (const dx of [0, 10]) {
    await screen.xdotool('mousemove', '--window', windowId, '--sync', String(Math.round(size.width / 2) + dx), String(Math.round(size.height / 2)));
  }
  await expect.poll(readOffset, { message: 'pointer move seen by the page' }).not.toBeNull();
  const offset = (await readOffset())!;

  const box = (await target.boundingBox())!;
  const x = Math.round(offset.x + box.x + box.width / 2);
  const y = Math.round(offset.y + box.y + box.height / 2);
  await screen.xdotool('mousemove', '--sync', String(x), String(y));
  await expect.poll(() => target.evaluate((element) => element.matches(':hover')), { message: 'pointer over the target' }).toBe(true);
}

interface PointerProbe {
  screenOffset?: { x: number; y: number };
}

async function windowSize(screen: VirtualDisplay, windowId: string): Promise<{ width: number; height: number }> {
  const geometry = await screen.xdotool('getwindowgeometry', '--shell', windowId);
  const read = (name: string) => Number(new RegExp(`^${name}=(\\d+)$`, 'm').exec(geometry)?.[1]);
  return { width: read('WIDTH'), height: read('HEIGHT') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

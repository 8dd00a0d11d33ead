import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { loadSettings } from '../settings/stored-settings';
import { exemptDomains, isExemptHost } from './host-exemptions';
import { BLOCK_THRESHOLDS } from './should-block';
import { addSessionBlock, pageContentBlockUrl } from './session-blocks';
import type { HarmCategory } from './term-types';

const log = createLogger('page-check');

/**
 * Acts on a content script's verdict: when the score reaches the age group's threshold and the host
 * is not exempt, blocks the host for this browser session and replaces the page with the block
 * page. Returns whether the page was blocked.
 */
export async function applyPageVerdict(
  verdict: { category: HarmCategory; score: number },
  tab: Browser.tabs.Tab,
  neverBlock: readonly string[] = [],
): Promise<boolean> {
  const settings = await loadSettings();
  if (verdict.score < BLOCK_THRESHOLDS[settings.ageGroup] || !tab.id || !tab.url) return false;

  const host = new URL(tab.url).hostname;
  if (isExemptHost(host, exemptDomains(settings, neverBlock))) return false;

  if (!(await addSessionBlock(host, verdict.category))) log.warn('Session block rules are full; the host is blocked for this page only');
  await browser.tabs.update(tab.id, { url: pageContentBlockUrl(tab.url, verdict.category) });
  log.info(`Blocked a page by its content (${verdict.category}, score ${verdict.score.toFixed(1)})`);
  return true;
}

import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { EXTENSION_ID } from '../extension-identity';

/**
 * Session rules that block, at network level, hosts whose page content was found harmful. Session
 * rules last until the browser closes, so a host that changes its content is checked again in a
 * new session. Ids come from a range that no other rule set of this extension uses. Each rule is a
 * regex rule, and Chrome allows 1,000 regex rules across dynamic and session rules together, so
 * the page check keeps at most 200 hosts.
 */
export const SESSION_BLOCK_FIRST_ID = 1_000_000;
export const SESSION_BLOCK_LAST_ID = SESSION_BLOCK_FIRST_ID + 199;

/** Returns the block page URL for a page blocked because of its content. */
export function pageContentBlockUrl(blockedUrl: string, category: string): string {
  return `chrome-extension://${EXTENSION_ID}/blocked.html?category=pageContent&harm=${category}#${blockedUrl}`;
}

export function sessionBlockRule(id: number, host: string, category: string): Browser.declarativeNetRequest.Rule {
  return {
    id,
    priority: 1,
    action: {
      type: 'redirect',
      redirect: { regexSubstitution: `chrome-extension://${EXTENSION_ID}/blocked.html?category=pageContent&harm=${category}#\\0` },
    },
    condition: { regexFilter: '^.+$', requestDomains: [host], resourceTypes: ['main_frame', 'sub_frame'] },
  };
}

/** Adds a session rule for `host` unless one exists; returns false when the range is full. */
export async function addSessionBlock(host: string, category: string): Promise<boolean> {
  const rules = await browser.declarativeNetRequest.getSessionRules();
  const ours = rules.filter((rule) => rule.id >= SESSION_BLOCK_FIRST_ID && rule.id <= SESSION_BLOCK_LAST_ID);
  if (ours.some((rule) => rule.condition.requestDomains?.includes(host))) return true;

  const used = new Set(ours.map((rule) => rule.id));
  let id = SESSION_BLOCK_FIRST_ID;
  while (used.has(id)) id += 1;
  if (id > SESSION_BLOCK_LAST_ID) return false;

  await browser.declarativeNetRequest.updateSessionRules({ addRules: [sessionBlockRule(id, host, category)] });
  return true;
}

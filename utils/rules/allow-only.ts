import type { DnrRule } from './dnr-types';
import { blockPageSubstitution } from './block-page-url';
import { RULE_PRIORITY } from './priorities';
import { allocateRuleIds } from './rule-ids';

/**
 * Sites that open in allow-only mode without any setting: Vietnamese education sites and
 * well-known learning sites for young children. Each entry covers its subdomains. Parents and
 * schools add more with the allowOnlyList setting. docs/filtering.md says why each is here.
 */
export const DEFAULT_ALLOW_ONLY_SITES: readonly string[] = [
  // Vietnamese education
  'moet.gov.vn',
  'nxbgd.vn',
  'olm.vn',
  'violympic.vn',
  'ioe.vn',
  // Learning sites for children
  'pbskids.org',
  'khanacademy.org',
  'scratch.mit.edu',
  'code.org',
  'starfall.com',
  'abcya.com',
  'funbrain.com',
  'primarygames.com',
  'kids.nationalgeographic.com',
  'kids.britannica.com',
  'storylineonline.net',
  'youtubekids.com',
];

// Matches every http and https URL, so `\0` in the substitution is the whole blocked URL.
const ANY_WEB_URL = '^https?://.+$';

/**
 * Builds the catch-all rule of allow-only mode: every top-level http(s) page goes to the block
 * page with the category `allowOnly`, unless a higher-priority allow rule lets it through. Frames
 * are left alone so that videos and exercises embedded in an approved site keep working.
 */
export function buildAllowOnlyCatchAll(extensionId: string): DnrRule[] {
  const [id] = allocateRuleIds('allowOnly', 1);
  return [
    {
      id: id!,
      priority: RULE_PRIORITY.allowOnlyCatchAll,
      action: { type: 'redirect', redirect: { regexSubstitution: blockPageSubstitution(extensionId, 'allowOnly') } },
      condition: { regexFilter: ANY_WEB_URL, resourceTypes: ['main_frame'] },
    },
  ];
}

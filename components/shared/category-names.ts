import type { MessageKey } from '../../utils/i18n';
import type { BlockReason } from '../../utils/rules/block-page-url';

const BLOCK_REASON_NAME_KEYS: Record<BlockReason, MessageKey> = {
  adult: 'categoryAdult',
  gambling: 'categoryGambling',
  scam: 'categoryScam',
  bypass: 'categoryBypass',
  drugs: 'categoryDrugs',
  violence: 'categoryViolence',
  weapons: 'categoryWeapons',
  dating: 'categoryDating',
  chat: 'categoryChat',
  social: 'categorySocial',
  piracy: 'categoryPiracy',
  allowOnly: 'categoryAllowOnly',
  denyList: 'categoryDenyList',
  extraList: 'categoryExtraList',
  pageContent: 'categoryPageContent',
};

const BLOCK_REASON_DESCRIPTION_KEYS: Record<BlockReason, MessageKey> = {
  adult: 'categoryAdultDescription',
  gambling: 'categoryGamblingDescription',
  scam: 'categoryScamDescription',
  bypass: 'categoryBypassDescription',
  drugs: 'categoryDrugsDescription',
  violence: 'categoryViolenceDescription',
  weapons: 'categoryWeaponsDescription',
  dating: 'categoryDatingDescription',
  chat: 'categoryChatDescription',
  social: 'categorySocialDescription',
  piracy: 'categoryPiracyDescription',
  allowOnly: 'categoryAllowOnlyDescription',
  denyList: 'categoryDenyListDescription',
  extraList: 'categoryExtraListDescription',
  pageContent: 'categoryPageContentDescription',
};

/** True for the block reasons that the block page's `category` parameter can carry. */
export function isBlockReason(value: string | null): value is BlockReason {
  return value !== null && Object.hasOwn(BLOCK_REASON_NAME_KEYS, value);
}

/** Returns the message key of a block reason's name, or of "unsuitable page" for an unknown id. */
export function categoryNameKey(category: string | null): MessageKey {
  return isBlockReason(category) ? BLOCK_REASON_NAME_KEYS[category] : 'categoryUnknown';
}

/** Returns the message key of a block reason's one-sentence description for parents, or null. */
export function categoryDescriptionKey(category: string | null): MessageKey | null {
  return isBlockReason(category) ? BLOCK_REASON_DESCRIPTION_KEYS[category] : null;
}

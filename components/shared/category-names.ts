import { isCategoryId } from '../../utils/categories';
import type { CategoryId } from '../../utils/categories';
import type { MessageKey } from '../../utils/i18n';

const CATEGORY_NAME_KEYS: Record<CategoryId, MessageKey> = {
  adult: 'categoryAdult',
  gambling: 'categoryGambling',
  scam: 'categoryScam',
  bypass: 'categoryBypass',
};

/** Returns the message key of a blocking category's name, or of "unsuitable page" for an unknown id. */
export function categoryNameKey(category: string | null): MessageKey {
  return category && isCategoryId(category) ? CATEGORY_NAME_KEYS[category] : 'categoryUnknown';
}

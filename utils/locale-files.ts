import enBlocked from '../locales/en/blocked.json';
import enCategories from '../locales/en/categories.json';
import enCommon from '../locales/en/common.json';
import enExtraLists from '../locales/en/extra-lists.json';
import enOptions from '../locales/en/options.json';
import enPopup from '../locales/en/popup.json';
import enReport from '../locales/en/report.json';
import viBlocked from '../locales/vi/blocked.json';
import viCategories from '../locales/vi/categories.json';
import viCommon from '../locales/vi/common.json';
import viExtraLists from '../locales/vi/extra-lists.json';
import viOptions from '../locales/vi/options.json';
import viPopup from '../locales/vi/popup.json';
import viReport from '../locales/vi/report.json';

/**
 * Every locale file, by language and file name. A new screen's file is added to both lists; a
 * unit test checks that this list matches the files in `locales/`.
 */
export const VIETNAMESE_FILES = {
  'blocked.json': viBlocked,
  'categories.json': viCategories,
  'common.json': viCommon,
  'extra-lists.json': viExtraLists,
  'options.json': viOptions,
  'popup.json': viPopup,
  'report.json': viReport,
};

export const ENGLISH_FILES = {
  'blocked.json': enBlocked,
  'categories.json': enCategories,
  'common.json': enCommon,
  'extra-lists.json': enExtraLists,
  'options.json': enOptions,
  'popup.json': enPopup,
  'report.json': enReport,
};

import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildLocaleMessages } from './scripts/locales';
import { CATEGORY_IDS } from './utils/categories';
import { EXTENSION_PUBLIC_KEY } from './utils/extension-identity';
import { NAME_RULESET_IDS } from './utils/name-rules/rulesets';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  hooks: {
    // Chrome reads one messages.json per language; the sources are split per screen.
    'build:publicAssets': (_wxt, files) => {
      for (const [language, messages] of Object.entries(buildLocaleMessages(resolve('locales')))) {
        files.push({ relativeDest: `_locales/${language}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'vi',
    key: EXTENSION_PUBLIC_KEY,
    minimum_chrome_version: '121',
    permissions: [
      'declarativeNetRequest',
      'storage',
      'unlimitedStorage',
      'alarms',
      'tabs',
      'scripting',
      // Tells the worker when a page has loaded, so the content script runs after `load`.
      'webNavigation',
      'contextMenus',
    ],
    // captureVisibleTab returns pixels only with <all_urls>, and redirect rules need host access.
    host_permissions: ['<all_urls>'],
    declarative_net_request: {
      rule_resources: [...CATEGORY_IDS, ...NAME_RULESET_IDS].map((id) => ({
        id,
        enabled: false,
        path: `rulesets/${id}.json`,
      })),
    },
    web_accessible_resources: [
      {
        resources: ['blocked.html', 'report.html'],
        matches: ['<all_urls>'],
      },
    ],
    storage: {
      managed_schema: 'managed_schema.json',
    },
    commands: {
      'open-report-form': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_reportCommandDescription__',
      },
    },
  },
});

import type { AgeGroup } from '../age-groups';
import type { DnrRule } from './dnr-types';
import { RULE_PRIORITY } from './priorities';
import { allocateRuleIds } from './rule-ids';

export type YouTubeRestrictMode = 'off' | 'moderate' | 'strict';

interface SearchEngine {
  name: string;
  /** RE2 pattern of a results URL. Ports are allowed so that loopback tests match too. */
  regexFilter: string;
  requestDomains?: string[];
  /** Query parameter that turns on the engine's strictest filter, and its value. */
  param: string;
  value: string;
}

/**
 * Search engines and the URL parameter that forces their strictest SafeSearch. Each rule removes
 * every copy of the parameter and adds it once with the strict value. Chrome skips a redirect to
 * the URL it came from, so a URL that already carries exactly that parameter at the end is not
 * redirected again and no loop can start.
 *
 * Google has a domain per country (`google.com.vn`, `google.vn`, `google.co.uk`), which
 * `requestDomains` cannot list, so its rule matches the host with a regex instead. The pattern
 * covers `google.<2 letters>`, `google.com`, `google.com.<2 letters>` and `google.co.<2 letters>`.
 */
export const SEARCH_ENGINES: readonly SearchEngine[] = [
  {
    name: 'Google',
    regexFilter: String.raw`^https?://(www\.)?google\.(com|[a-z]{2}|com?\.[a-z]{2})(:[0-9]+)?/search\?`,
    param: 'safe',
    value: 'active',
  },
  {
    name: 'Bing',
    regexFilter: String.raw`^https?://[^/?#]+/(images/|videos/)?search\?`,
    requestDomains: ['bing.com'],
    param: 'adlt',
    value: 'strict',
  },
  {
    name: 'DuckDuckGo',
    regexFilter: String.raw`^https?://[^/?#]+/(html/|lite/)?\?`,
    requestDomains: ['duckduckgo.com'],
    param: 'kp',
    value: '1',
  },
  {
    name: 'Yahoo',
    regexFilter: String.raw`^https?://[^/?#]+/search`,
    requestDomains: ['search.yahoo.com'],
    param: 'vm',
    value: 'r',
  },
];

/**
 * Hosts that read the YouTube-Restrict header: the web and mobile sites, the embed host and the
 * API hosts that the player calls. `requestDomains` covers their subdomains, so `youtube.com`
 * stands for `www.youtube.com` and `m.youtube.com`.
 */
export const YOUTUBE_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'youtubei.googleapis.com', 'youtube.googleapis.com'];

const YOUTUBE_HEADER_VALUES: Record<Exclude<YouTubeRestrictMode, 'off'>, string> = {
  strict: 'Strict',
  moderate: 'Moderate',
};

/** The `youtubeRestrict` setting: a mode for every age group, or `byAge` for each group's default. */
export type YouTubeRestrictSetting = YouTubeRestrictMode | 'byAge';

/**
 * Returns the YouTube restricted mode for an age group. With the default setting `byAge`,
 * teenagers in upper secondary get Moderate and younger groups Strict; any other setting applies
 * to every group. Filtering off (age group `off`) sends no header.
 */
export function youtubeRestrictFor(ageGroup: AgeGroup, setting: YouTubeRestrictSetting): YouTubeRestrictMode {
  if (ageGroup === 'off') return 'off';
  if (setting !== 'byAge') return setting;

  return ageGroup === 'upperSecondary' ? 'moderate' : 'strict';
}

/** Builds one redirect rule per search engine. */
export function buildSafeSearchRules(): DnrRule[] {
  const ids = allocateRuleIds('safeSearch', SEARCH_ENGINES.length);
  return SEARCH_ENGINES.map((engine, index) => ({
    id: ids[index]!,
    priority: RULE_PRIORITY.safeSearch,
    action: {
      type: 'redirect',
      redirect: {
        transform: {
          queryTransform: {
            removeParams: [engine.param],
            addOrReplaceParams: [{ key: engine.param, value: engine.value }],
          },
        },
      },
    },
    condition: {
      regexFilter: engine.regexFilter,
      ...(engine.requestDomains ? { requestDomains: [...engine.requestDomains] } : {}),
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  }));
}

/** Builds the rule that sets YouTube-Restrict, or none when the mode is `off`. */
export function buildYouTubeRules(mode: YouTubeRestrictMode): DnrRule[] {
  if (mode === 'off') return [];

  const range = allocateRuleIds('safeSearch', SEARCH_ENGINES.length + 1);
  return [
    {
      id: range[SEARCH_ENGINES.length]!,
      priority: RULE_PRIORITY.safeSearch,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'YouTube-Restrict', operation: 'set', value: YOUTUBE_HEADER_VALUES[mode] }],
      },
      condition: {
        requestDomains: [...YOUTUBE_HOSTS],
        resourceTypes: ['main_frame', 'sub_frame', 'xmlhttprequest'],
      },
    },
  ];
}

/**
 * The parts of a declarativeNetRequest rule that the dynamic-rule builder emits, as plain string
 * unions. @types/chrome declares these fields as enums, which a pure builder and its tests need
 * not import; utils/rules/sync-dynamic-rules.ts converts at the API call.
 */
export type DnrResourceType = 'main_frame' | 'sub_frame' | 'xmlhttprequest';

export interface DnrQueryTransform {
  removeParams: string[];
  addOrReplaceParams: { key: string; value: string }[];
}

export type DnrAction =
  | { type: 'allow' }
  | { type: 'redirect'; redirect: { regexSubstitution: string } | { transform: { queryTransform: DnrQueryTransform } } }
  | {
      type: 'modifyHeaders';
      requestHeaders: { header: string; operation: 'set'; value: string }[];
    };

export interface DnrCondition {
  regexFilter?: string;
  requestDomains?: string[];
  resourceTypes: DnrResourceType[];
}

export interface DnrRule {
  id: number;
  priority: number;
  action: DnrAction;
  condition: DnrCondition;
}

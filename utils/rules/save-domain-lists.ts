import { saveParentSettings } from '../settings/stored-settings';
import { checkSiteList, describeInvalidEntries, type InvalidListEntry, type RefusedList, type SiteListName } from './site-lists';

export type DomainListsInput = Partial<Record<SiteListName, string[]>>;

export interface SaveDomainListsResult {
  /** Normalised domains saved per list; a refused list is absent. */
  saved: Partial<Record<SiteListName, string[]>>;
  invalid: InvalidListEntry[];
  refused: RefusedList[];
  /** One sentence naming every invalid entry, or null when all were valid. */
  message: string | null;
}

/**
 * Normalises the lists as a parent typed them and plans what to save: the valid entries of each
 * list, unless the list is over its size limit, in which case it is left as it was.
 */
export function planDomainListSave(input: DomainListsInput): SaveDomainListsResult {
  const saved: SaveDomainListsResult['saved'] = {};
  const invalid: InvalidListEntry[] = [];
  const refused: RefusedList[] = [];

  for (const [list, entries] of Object.entries(input) as [SiteListName, string[] | undefined][]) {
    if (entries === undefined) continue;

    const checked = checkSiteList(list, entries);
    invalid.push(...checked.invalid);
    if (checked.refused) refused.push(checked.refused);
    else saved[list] = checked.domains;
  }
  return { saved, invalid, refused, message: describeInvalidEntries(invalid) };
}

/** Saves the valid entries with saveParentSettings, which rejects lists locked by policy. */
export async function saveDomainLists(input: DomainListsInput): Promise<SaveDomainListsResult> {
  const plan = planDomainListSave(input);
  if (Object.keys(plan.saved).length > 0) await saveParentSettings(plan.saved);
  return plan;
}

import { describeType } from './describe-value';
import { isPolicyKey, POLICY_KEY_DEFINITIONS, POLICY_KEYS, type ParsedPolicy } from './policy-keys';

export interface PolicyError {
  /** The policy key as the administrator wrote it; empty when the whole object is wrong. */
  key: string;
  /** A plain English sentence that names the problem and what happened to the key. */
  reason: string;
}

export interface ManagedPolicyResult {
  policy: ParsedPolicy;
  errors: PolicyError[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Removes the `{ "Value": … }` wrapper of the Google Admin console's "Policy for extensions"
 * format. Only an object whose single key is `Value` counts as a wrapper.
 */
export function unwrapPolicyValue(value: unknown): unknown {
  if (!isPlainObject(value)) return value;

  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'Value' ? value.Value : value;
}

function unknownKeyReason(key: string): string {
  const lowerKey = key.toLowerCase();
  const sameLetters = POLICY_KEYS.find((known) => known.toLowerCase() === lowerKey);
  if (sameLetters !== undefined) {
    return `Unknown policy key; did you mean "${sameLetters}"? Key names are case-sensitive. This key is ignored.`;
  }
  return 'Unknown policy key; see managed_schema.json for the supported keys. This key is ignored.';
}

/**
 * Parses the object that `storage.managed.get()` returns, key by key. A key with an invalid
 * value is left out of `policy` and reported in `errors`, and the other keys still apply.
 * Unknown keys are reported too. Pure: it reads nothing from the browser.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicyResult {
  if (raw === undefined || raw === null) return { policy: {}, errors: [] };
  if (!isPlainObject(raw)) {
    const reason = `Managed storage returned ${describeType(raw)} instead of an object, so no policy applies.`;
    return { policy: {}, errors: [{ key: '', reason }] };
  }

  const policy: ParsedPolicy = {};
  const errors: PolicyError[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!isPolicyKey(key)) {
      errors.push({ key, reason: unknownKeyReason(key) });
      continue;
    }
    const problems = POLICY_KEY_DEFINITIONS[key].apply(unwrapPolicyValue(value), policy);
    for (const reason of problems) errors.push({ key, reason });
  }
  return { policy, errors };
}

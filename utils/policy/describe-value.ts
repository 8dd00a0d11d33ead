/** Maximum length of the text that an error message quotes before it cuts the value short. */
const MAX_QUOTED_LENGTH = 60;

function quote(text: string): string {
  const excerpt = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
  return JSON.stringify(excerpt);
}

/** Names the JSON type of a value in plain words, without its content ("a number", "a list"). */
export function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Describes a value for an error message, quoting short content so that an administrator can
 * find it in the policy ("the text \"yes\"", "the number 5", "a list of 3 items").
 * Use describeType for secrets.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return describeType(value);
}

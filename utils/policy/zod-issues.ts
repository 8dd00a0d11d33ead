import type { z } from 'zod/mini';

/** Issues quoted in one reason; a value with more problems is summarised. */
const MAX_REPORTED_ISSUES = 3;

/** Formats an issue path as a JSON-style location, such as `primary[0]` or `[2].url`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Joins the messages of a failed zod parse into one reason. Each schema in utils/policy writes
 * its messages as full sentences, so a nested issue only gains its location as a prefix.
 */
export function formatZodIssues(error: z.core.$ZodError): string {
  const sentences = error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    if (issue.path.length === 0) return issue.message;
    return `At ${formatIssuePath(issue.path)}: ${issue.message}`;
  });
  const hidden = error.issues.length - MAX_REPORTED_ISSUES;
  if (hidden > 0) sentences.push(`${hidden} more problem${hidden === 1 ? '' : 's'} not shown.`);
  return sentences.join(' ');
}

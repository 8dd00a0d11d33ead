import { z } from 'zod/mini';
import { REPORT_FORMAT_VERSION, reportSchema } from './schema';

/**
 * Builds the published JSON Schema of the report format from the zod schema, so the document a
 * receiver validates against cannot drift from what the extension sends. Checks written as zod
 * refinements (the character limits and the rule that URL-only categories carry no screenshot)
 * have no JSON Schema form; docs/report-api.md states them in words.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...generated,
    title: `Khiên Xanh report, format version ${REPORT_FORMAT_VERSION}`,
  };
}

/** Returns the schema as the text committed in docs/report-schema.json. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

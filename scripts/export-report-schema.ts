import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportJsonSchemaText } from '../utils/report/json-schema';

// Writes docs/report-schema.json from the zod report schema. A unit test fails when the committed
// file differs from what this script would write.
const target = resolve(import.meta.dirname ?? '.', '../docs/report-schema.json');
writeFileSync(target, reportJsonSchemaText());
console.log(`Wrote ${target}`);

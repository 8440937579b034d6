// Writes rules/schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { ruleFileJsonSchema } from '../src/rules/ruleFileJsonSchema.js';

writeFileSync(new URL('../rules/schema.json', import.meta.url), `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`);

// How to call early-help-rules from TypeScript: evaluate a case and act on the result.
import { readFileSync } from 'node:fs';
import { safeEvaluateCase } from 'early-help-rules';

const record: unknown = JSON.parse(readFileSync(new URL('./st-helens-case.json', import.meta.url), 'utf8'));
const result = safeEvaluateCase(record, { asOf: '2025-02-20' });
if (!result.success) {
  for (const issue of result.error.issues) console.error(`${issue.path}: ${issue.message}`);
} else {
  for (const d of result.data.deadlines) console.log(`${d.id}: due ${d.due}, ${d.status}`);
  for (const f of result.data.flags) console.log(`${f.severity} ${f.code}: ${f.message}`);
  console.log(`recommendation: ${result.data.recommendation.action}`);
}

import type { RuleFile } from './ruleFileSchema.js';
import workingTogether from '../../rules/england/working-together.json';
import sefton from '../../rules/sefton.json';
import stHelens from '../../rules/st-helens.json';
import warrington from '../../rules/warrington.json';
import york from '../../rules/york.json';

/**
 * The rule files shipped in `rules/`, by id. They are part of the package, checked by its tests
 * (tests/rules/builtInRuleFiles.test.ts: the schema reads each as it stands), so loading one
 * does not run the schema again (tens of milliseconds of every CLI start). A council's own
 * file is checked in full each time (`parseRuleSet`).
 */
export const builtInRuleFiles: Readonly<Record<string, RuleFile>> = {
  'england/working-together': workingTogether,
  'st-helens': stHelens,
  warrington,
  york,
  sefton,
} as Record<string, unknown> as Record<string, RuleFile>;

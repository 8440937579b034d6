import workingTogether from '../../rules/england/working-together.json';
import sefton from '../../rules/sefton.json';
import stHelens from '../../rules/st-helens.json';
import warrington from '../../rules/warrington.json';
import york from '../../rules/york.json';

/** The rule files shipped in `rules/`, by id, as parsed JSON (validated when loaded). */
export const builtInRuleFiles: Readonly<Record<string, unknown>> = {
  'england/working-together': workingTogether,
  'st-helens': stHelens,
  warrington,
  york,
  sefton,
};

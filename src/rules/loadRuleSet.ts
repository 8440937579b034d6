import { RuleFileSchema, type RuleFile } from './ruleFileSchema.js';
import { RuleSetError, jsonPath, type RuleSetIssue } from './ruleSetError.js';
import { builtInRuleSet, resolveRuleFile, type RuleSet } from './resolveRuleSet.js';
import { safeParseUntrusted } from './safeParseUntrusted.js';

export { BUILT_IN_RULE_SETS, RULE_SET_ALIASES, isRuleSet, type RuleSet, type Term } from './resolveRuleSet.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** Keys that could reach an object's prototype, and nesting no rule file needs. */
function unsafeShapeIssues(value: unknown, path: PropertyKey[] = []): RuleSetIssue[] {
  if (value === null || typeof value !== 'object') return [];
  if (path.length > MAX_DEPTH) return [{ path: jsonPath(path), message: `nested more than ${MAX_DEPTH} deep` }];
  const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => (typeof key === 'string' && FORBIDDEN_KEYS.has(key)
    ? [{ path: jsonPath([...path, key]), message: `the key "${key}" is not allowed` }]
    : unsafeShapeIssues(child, [...path, key])));
}

/** A rule file from outside the package, checked in full: its shape, then the schema. */
function readRuleFile(input: unknown, label: string): RuleFile {
  const shapeIssues = unsafeShapeIssues(input);
  if (shapeIssues.length > 0) throw new RuleSetError(label, shapeIssues);
  const parsed = safeParseUntrusted(RuleFileSchema, input);
  if (!parsed.success) throw new RuleSetError(label, parsed.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
  return parsed.data;
}

/**
 * Loads a rule set: a built-in one by id (`'st-helens'`, `'england/working-together'` or its
 * alias `'england'`, …), or a council's own rule file (parsed JSON), which may `extends` a built-in one.
 *
 * @example loadRuleSet('st-helens').levels[1].name // the local name of level 2
 * @throws RuleSetError with every problem and its JSON path.
 */
export function loadRuleSet(idOrFile: string | object): RuleSet {
  return typeof idOrFile === 'string' ? builtInRuleSet(idOrFile) : parseRuleSet(idOrFile);
}

/**
 * Validates a council's own rule file, as parsed from JSON (of any shape: it is checked), resolves
 * its `extends` and checks every reference. Unlike `loadRuleSet`, a string is never read as the
 * id of a built-in rule set: in a file, it is just not a rule file.
 *
 * @example parseRuleSet(JSON.parse(readFileSync('my-council.json', 'utf8')))
 * @throws RuleSetError with every problem and its JSON path.
 */
export function parseRuleSet(file: unknown): RuleSet {
  const label = file !== null && typeof file === 'object' && typeof (file as { id?: unknown }).id === 'string'
    ? String((file as { id: string }).id) : 'rule file';
  return resolveRuleFile(readRuleFile(file, label), []);
}

import type { ROLE_NAMES, EventType } from './eventTypes.js';
import { builtInRuleFiles } from './builtInRuleFiles.js';
import type { Citation, Contact, Level, Pathway, RuleFile, Source, Threshold, Timescale } from './ruleFileSchema.js';
import { RuleSetError, jsonPath, type RuleSetIssue } from './ruleSetError.js';
import { closureDay, type ClosureDay } from '../calendar/closureSchema.js';
import { toDayNumber } from '../calendar/dayNumber.js';

// Rule sets resolved from rule files already read: the built-in ones, and a council's once
// `loadRuleSet` has checked it against the schema. Nothing here builds the rule file schema, so
// a command that needs only built-in rule sets never pays for it (about 20 ms of a CLI start).

export interface Term {
  term: string;
  citation?: Citation | undefined;
}

/** A rule file with its `extends` resolved: everything an evaluation needs, validated. */
export interface RuleSet {
  id: string;
  name: string;
  authority: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  /** The rule sets this one builds on, nearest first (e.g. `['england/working-together']`). */
  extends: string[];
  sources: Source[];
  /** Sorted by level: in an authority's rule set, which has all four, `levels[n - 1]` is level n. */
  levels: Level[];
  thresholds: Threshold[];
  timescales: Timescale[];
  contacts: Contact[];
  pathways: Pathway[];
  vocabulary: {
    events: Partial<Record<EventType, Term>>;
    roles: Partial<Record<(typeof ROLE_NAMES)[number], Term>>;
  };
  calendar: { holidays: 'england-and-wales'; closures: ClosureDay[] };
  notes: string[];
}

function mergeById<T>(parent: readonly T[], child: readonly T[] | undefined, key: (item: T) => string | number): T[] {
  if (!child) return [...parent];
  const replaced = new Set(child.map(key));
  return [...parent.filter((item) => !replaced.has(key(item))), ...child];
}

/**
 * A file's thresholds, timescales and pathways hold over the file's own period unless they give
 * dates of their own: rules a council published in 2022 do not reach back to a case of 2020.
 */
function withFilePeriod<T extends { effectiveFrom?: string | undefined; effectiveTo?: string | undefined }>(
  items: readonly T[] | undefined, file: RuleFile): T[] | undefined {
  return items?.map((item) => ({
    ...item,
    effectiveFrom: item.effectiveFrom ?? file.effectiveFrom,
    ...(item.effectiveTo ?? file.effectiveTo ? { effectiveTo: item.effectiveTo ?? file.effectiveTo } : {}),
  }));
}

function merge(parent: RuleSet | undefined, file: RuleFile): RuleSet {
  const base: RuleSet = parent ?? {
    id: '', name: '', authority: '', version: '', effectiveFrom: '', extends: [], sources: [], levels: [],
    thresholds: [], timescales: [], contacts: [], pathways: [], vocabulary: { events: {}, roles: {} },
    calendar: { holidays: 'england-and-wales', closures: [] }, notes: [],
  };
  return {
    id: file.id,
    name: file.name,
    authority: file.authority,
    version: file.version,
    effectiveFrom: file.effectiveFrom,
    effectiveTo: file.effectiveTo,
    extends: parent ? [parent.id, ...parent.extends] : [],
    sources: mergeById(base.sources, file.sources, (s) => s.id),
    levels: mergeById(base.levels, file.levels, (l) => l.level).sort((a, b) => a.level - b.level),
    thresholds: mergeById(base.thresholds, withFilePeriod(file.thresholds, file), (t) => t.id),
    timescales: mergeById(base.timescales, withFilePeriod(file.timescales, file), (t) => t.id),
    contacts: mergeById(base.contacts, file.contacts, (c) => c.id),
    pathways: mergeById(base.pathways, withFilePeriod(file.pathways, file), (p) => p.id),
    vocabulary: {
      events: { ...base.vocabulary.events, ...file.vocabulary?.events },
      roles: { ...base.vocabulary.roles, ...file.vocabulary?.roles },
    },
    calendar: file.calendar ? { holidays: file.calendar.holidays, closures: file.calendar.closures.map(closureDay) } : base.calendar,
    notes: file.notes ?? [],
  };
}

interface Dated { id: string; effectiveFrom?: string | undefined; effectiveTo?: string | undefined }

function overlapping(a: Dated, b: Dated): boolean {
  const start = (d: Dated): number => (d.effectiveFrom ? toDayNumber(d.effectiveFrom) : -Infinity);
  const end = (d: Dated): number => (d.effectiveTo ? toDayNumber(d.effectiveTo) : Infinity);
  return start(a) <= end(b) && start(b) <= end(a);
}

/** What JSON Schema cannot check: ids, and references between the parts of the merged rule set. */
function crossReferenceIssues(file: RuleFile, merged: RuleSet): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const at = (path: PropertyKey[], message: string): void => { issues.push({ path: jsonPath(path), message }); };
  const sourceIds = new Set(merged.sources.map((s) => s.id));
  const levels = new Set(merged.levels.map((l) => l.level));
  const contactIds = new Set(merged.contacts.map((c) => c.id));
  const timescaleIds = new Set(merged.timescales.map((t) => t.id));
  const cite = (citation: Citation | undefined, path: PropertyKey[]): void => {
    if (citation && !sourceIds.has(citation.source)) {
      at([...path, 'source'], `no source "${citation.source}" in sources${merged.extends.length ? ' or those of the rule sets it extends' : ''}`);
    }
  };
  const level = (value: number, path: PropertyKey[]): void => {
    if (!levels.has(value)) at(path, `level ${value} is not defined in levels`);
  };
  const unique = (items: readonly { id: string }[] | undefined, name: string, dated: boolean): void => {
    items?.forEach((item, i) => items.slice(0, i).forEach((earlier) => {
      if (earlier.id === item.id && (!dated || overlapping(earlier as Dated, item as Dated))) {
        at([name, i, 'id'], `duplicate id "${item.id}"${dated ? ' in force at the same time as another' : ''}`);
      }
    }));
  };

  unique(file.sources, 'sources', false);
  unique(file.contacts, 'contacts', false);
  unique(file.thresholds, 'thresholds', true);
  unique(file.timescales, 'timescales', true);
  unique(file.pathways, 'pathways', true);
  file.levels?.forEach((l, i) => {
    if (file.levels?.findIndex((other) => other.level === l.level) !== i) at(['levels', i, 'level'], `level ${l.level} is defined twice`);
    cite(l.citation, ['levels', i, 'citation']);
  });
  if (merged.levels.length > 0 && merged.levels.length !== 4) {
    at(['levels'], `a rule set has four levels (1 to 4); this one has ${[...levels].join(', ')}`);
  }
  file.thresholds?.forEach((t, i) => {
    level(t.level, ['thresholds', i, 'level']);
    cite(t.citation, ['thresholds', i, 'citation']);
  });
  file.timescales?.forEach((t, i) => {
    t.levels?.forEach((l, j) => level(l, ['timescales', i, 'levels', j]));
    cite(t.citation, ['timescales', i, 'citation']);
    cite(t.repeat?.citation, ['timescales', i, 'repeat', 'citation']);
  });
  file.contacts?.forEach((c, i) => cite(c.citation, ['contacts', i, 'citation']));
  file.pathways?.forEach((p, i) => {
    p.from.forEach((l, j) => level(l, ['pathways', i, 'from', j]));
    p.to.forEach((l, j) => level(l, ['pathways', i, 'to', j]));
    p.actions.forEach((a, j) => {
      if (a.contact && !contactIds.has(a.contact)) at(['pathways', i, 'actions', j, 'contact'], `no contact "${a.contact}" in contacts`);
      if (a.timescale && !timescaleIds.has(a.timescale)) at(['pathways', i, 'actions', j, 'timescale'], `no timescale "${a.timescale}" in timescales`);
    });
    cite(p.citation, ['pathways', i, 'citation']);
  });
  for (const kind of ['events', 'roles'] as const) {
    for (const [name, term] of Object.entries(file.vocabulary?.[kind] ?? {})) cite(term?.citation, ['vocabulary', kind, name, 'citation']);
  }
  return issues;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const builtIn = new Map<string, RuleSet>();

// Every rule set this module has checked (and those derived from one), so that an option that
// claims to be a rule set can be told from any other object without re-validating it.
const checked = new WeakSet<object>();

/** Marks a rule set derived from a checked one (as `ruleSetInForce` derives its editions) as checked. */
export function markChecked(ruleSet: RuleSet): RuleSet {
  checked.add(ruleSet);
  return ruleSet;
}

/**
 * Whether a value is a rule set that `loadRuleSet` or `parseRuleSet` returned, or one derived
 * from it: an object of the right shape that was never validated is not one.
 * @example isRuleSet(loadRuleSet('york')) // true
 * @example isRuleSet({ id: 'york' }) // false
 */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && checked.has(value);
}

/** A rule file with its `extends` resolved and every reference checked. */
export function resolveRuleFile(file: RuleFile, chain: readonly string[]): RuleSet {
  let parent: RuleSet | undefined;
  if (file.extends !== undefined) {
    if (chain.includes(file.extends) || file.extends === file.id) {
      throw new RuleSetError(file.id, [{ path: '$.extends', message: `"${file.extends}" extends itself: ${[...chain, file.id, file.extends].join(' → ')}` }]);
    }
    if (!Object.hasOwn(builtInRuleFiles, file.extends)) {
      throw new RuleSetError(file.id, [{ path: '$.extends', message: `no built-in rule set "${file.extends}" (there are ${Object.keys(builtInRuleFiles).join(', ')})` }]);
    }
    parent = loadBuiltIn(file.extends, [...chain, file.id]);
  }
  const merged = merge(parent, file);
  const issues = crossReferenceIssues(file, merged);
  if (issues.length > 0) throw new RuleSetError(file.id, issues);
  return markChecked(merged);
}

function loadBuiltIn(id: string, chain: readonly string[]): RuleSet {
  const cached = builtIn.get(id);
  if (cached) return cached;
  const ruleSet = deepFreeze(resolveRuleFile(builtInRuleFiles[id] as RuleFile, chain));
  builtIn.set(id, ruleSet);
  return ruleSet;
}

/** The ids of the rule sets shipped in `rules/`. */
export const BUILT_IN_RULE_SETS = Object.keys(builtInRuleFiles);

/** Other names of built-in rule sets: `england`, for any council evaluated under the national rules alone. */
export const RULE_SET_ALIASES: Readonly<Record<string, string>> = { england: 'england/working-together' };

/**
 * Whether a name is the id or alias of a built-in rule set.
 * @example isBuiltInRuleSetName('england') // true
 * @example isBuiltInRuleSetName('my-council.json') // false
 */
export function isBuiltInRuleSetName(name: string): boolean {
  return Object.hasOwn(builtInRuleFiles, name) || Object.hasOwn(RULE_SET_ALIASES, name);
}

/**
 * A built-in rule set by id (`'st-helens'`, `'england/working-together'` or its alias `'england'`, …).
 * @example builtInRuleSet('york').authority // 'City of York Council'
 * @throws RuleSetError naming the ids there are.
 */
export function builtInRuleSet(idOrAlias: string): RuleSet {
  if (!isBuiltInRuleSetName(idOrAlias)) {
    throw new RuleSetError(idOrAlias, [{ path: '$', message: `no built-in rule set "${idOrAlias}" (there are ${[...BUILT_IN_RULE_SETS, ...Object.keys(RULE_SET_ALIASES)].join(', ')})` }]);
  }
  return loadBuiltIn(RULE_SET_ALIASES[idOrAlias] ?? idOrAlias, []);
}

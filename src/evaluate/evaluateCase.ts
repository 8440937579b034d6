import * as z from 'zod';
import { DateInputSchema } from '../calendar/dateSchemas.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { describeValue } from '../calendar/describeValue.js';
import { builtInRuleSet, isRuleSet, type RuleSet } from '../rules/resolveRuleSet.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { holdsOn, ruleSetInForce } from '../rules/ruleSetInForce.js';
import type { Citation } from '../rules/ruleFileSchema.js';
import { assessLevel } from './assessLevel.js';
import { caseFacts, consentStands } from './caseFacts.js';
import { CaseRecordSchema, type CaseRecord, type LevelledCaseRecord } from './caseRecord.js';
import { CaseRecordError, recordPath, type CaseRecordIssue } from './caseRecordError.js';
import { caseTimeline } from './caseTimeline.js';
import { compiledParse } from './compiledParse.js';
import type { CaseWarning } from './caseWarning.js';
import { caseDeadlines, type Deadline } from './deadlines.js';
import { COUNTINGS } from './dueDate.js';
import { deadlineFlags, raiseFlags, type Flag } from './flags.js';
import { noLevelsRecommendation, recommend, type Recommendation } from './recommendation.js';
import { ruleSetCalendar } from './ruleSetCalendar.js';
import { timelineWarnings } from './timelineWarnings.js';

const OPTION_NAMES = ['asOf', 'ruleSet', 'dueSoonWorkingDays', 'counting'] as const;
const notWorkingDays = (issue: { input?: unknown }): string => `${describeValue(issue.input)} is not a whole number of working days, 0 or more`;

/** The options of `evaluateCase`, checked as a record is: each problem is reported at the option's name. */
export const EvaluateOptionsSchema = z.strictObject({
  /** The date the case is read as of: events after it are ignored, statuses are judged on it. A `Date` is read as its date in London. */
  asOf: DateInputSchema,
  /** A rule set to use instead of the built-in one the record's `authority` names, as `loadRuleSet` or `parseRuleSet` returned it. */
  ruleSet: z.custom<RuleSet>(isRuleSet, {
    error: (issue) => `${describeValue(issue.input)} is not a rule set: pass one that loadRuleSet or parseRuleSet returned`,
  }).optional(),
  /** A deadline not yet met is `due-soon` within this many working days. A display choice, not a rule: default 5 (one working week). */
  dueSoonWorkingDays: z.number({ error: notWorkingDays }).int().min(0).optional(),
  /**
   * Count working-day timescales under this convention instead of each rule's own:
   * `start-included` reproduces spreadsheets' `NETWORKDAYS(start, end) <= n`; `dfe-census` the DfE
   * census validator's (the start is day 1 whatever day it is, the as-of date moved to a working day).
   */
  counting: z.enum(COUNTINGS, {
    error: (issue) => `${describeValue(issue.input)} is not a way of counting: give one of ${COUNTINGS.join(', ')}`,
  }).optional(),
}, {
  error: (issue) => (issue.code === 'unrecognized_keys'
    ? `unknown option ${issue.keys.map((key) => `"${key}"`).join(', ')}: evaluateCase takes ${OPTION_NAMES.join(', ')}`
    : `the options must be an object with ${OPTION_NAMES.join(', ')}, not ${describeValue(issue.input)}`),
});

export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>;

/** The level the thresholds give, beside the level the case is at. */
export interface LevelResult {
  assessed: number | null;
  /** The level the case is at; null under a rule set with no levels of need. */
  current: number | null;
  /** The authority's name for the assessed level. */
  name: string | null;
  currentName: string | null;
  reasons: string[];
  /** The id of the threshold that gave the level. */
  rule: string | null;
  citation: Citation | null;
}

/** The result of evaluating a case: stable JSON that other systems store and compare. */
export interface Evaluation {
  caseId: string;
  authority: string;
  /** The record's team and worker, when it gives them. */
  team?: string;
  worker?: string;
  asOf: IsoDate;
  ruleSet: { id: string; version: string; extends: string[] };
  closedOn: IsoDate | null;
  level: LevelResult;
  deadlines: Deadline[];
  flags: Flag[];
  recommendation: Recommendation;
  /** What the data cannot tell or gets wrong, in the order of the record's events (see {@link CaseWarning}). */
  warnings: CaseWarning[];
}

/** A property of untrusted input, or undefined when reading it throws (a getter, a proxy). */
function readSafely(input: unknown, key: string): unknown {
  try {
    // Stryker disable next-line ConditionalExpression: a property of a number or a string is undefined here too, and reading one of null throws and is caught
    return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  }
  // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  catch {
    return undefined;
  }
}

// Compiled once a process has evaluated enough cases to repay it (see compiledParse).
const parseRecord = compiledParse(CaseRecordSchema, 1000);
const parseOptions = compiledParse(EvaluateOptionsSchema, 1000);

interface Valid { record: CaseRecord; asOfDay: number; ruleSet: RuleSet; options: z.output<typeof EvaluateOptionsSchema> }

function validate(input: unknown, options: unknown): Valid {
  const id = readSafely(input, 'id');
  const issues: CaseRecordIssue[] = [];
  const parsed = parseRecord(input);
  if (!parsed.success) issues.push(...parsed.issues.map((issue) => ({ path: recordPath(issue.path), message: issue.message })));
  const checked = parseOptions(options);
  if (!checked.success) issues.push(...checked.issues.map((issue) => ({ path: recordPath(issue.path) || 'options', message: issue.message })));
  const asOfDay = checked.success ? toDayNumber(checked.data.asOf) : undefined;
  let ruleSet = checked.success ? checked.data.ruleSet : undefined;
  const authority = parsed.success ? parsed.data.authority : readSafely(input, 'authority');
  if (!ruleSet && checked.success && typeof authority === 'string') {
    try {
      ruleSet = builtInRuleSet(authority);
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: builtInRuleSet throws only RuleSetErrors; the test keeps a bug from passing as an issue
      if (!(error instanceof RuleSetError)) throw error;
      // Stryker disable next-line StringLiteral: an unknown id is one issue, so the separator is never written
      issues.push({ path: 'authority', message: error.issues.map((i) => i.message).join('; ') });
    }
  }
  // A rule set with levels of need levels the case, so it needs them; the national rules alone have none.
  // (Input that is no record at all is reported as such by the schema.)
  if ((!ruleSet || ruleSet.levels.length > 0) && input !== null && typeof input === 'object' && !Array.isArray(input)) {
    for (const field of ['currentLevel', 'needs'] as const) {
      if ((input as Record<string, unknown>)[field] === undefined) {
        issues.push({ path: field, message: ruleSet ? `required: ${ruleSet.id} has levels of need`
          : 'required unless the authority\'s rule set has no levels of need' });
      }
    }
  }
  // Stryker disable next-line ConditionalExpression: a rule set is only found with valid options, which give asOfDay
  if (ruleSet && asOfDay !== undefined && !holdsOn(ruleSet, asOfDay)) {
    issues.push({ path: 'asOf', message: `the rule set ${ruleSet.id} is in force from ${ruleSet.effectiveFrom}${ruleSet.effectiveTo ? ` to ${ruleSet.effectiveTo}` : ''}, not on ${fromDayNumber(asOfDay)}` });
  }
  // Stryker disable next-line ConditionalExpression: each way to reach here without a rule set (bad options, an authority that is no string or no rule set) has pushed an issue already
  if (issues.length > 0 || !parsed.success || !checked.success || !ruleSet || asOfDay === undefined) {
    throw new CaseRecordError(typeof id === 'string' ? id : null, issues);
  }
  return { record: parsed.data, asOfDay, ruleSet, options: checked.data };
}

/** The threshold a section 47 concern meets on its own, so a flag cites it and not, say, section 17. */
function section47Citation(ruleSet: RuleSet, record: LevelledCaseRecord): Citation | null {
  const alone = assessLevel(ruleSet, { section47: record.needs.section47, section17: 'not-met', agencies: 0, complexity: 'none' });
  // Stryker disable next-line OptionalChaining: level 4 is only ever given by a threshold, so threshold is set
  return (alone.level === 4 ? alone.threshold?.citation : undefined) ?? ruleSet.levels[3]?.citation ?? null;
}

// Stryker disable next-line Regex: every warning's path starts events[n], so the anchor changes no match
const WARNING_INDEX = /^events\[(\d+)\]/;

/** Warnings by the place of their event in the record; an event dated before its start is not also out of order. */
function inRecordOrder(warnings: CaseWarning[]): CaseWarning[] {
  // Stryker disable next-line ConditionalExpression: a shortcut: an empty list filters and sorts to an empty list
  if (warnings.length === 0) return warnings;
  const endBeforeStart = new Set(warnings.filter((w) => w.code === 'end-before-start').map((w) => w.path));
  // Stryker disable next-line OptionalChaining,UnaryOperator: every warning's path starts events[n], so the index is always found
  const place = (w: CaseWarning): number => Number(WARNING_INDEX.exec(w.path)?.[1] ?? -1);
  return warnings.filter((w) => w.code !== 'out-of-order' || !endBeforeStart.has(w.path))
    .sort((a, b) => place(a) - place(b) || byCode(a, b));
}

/** Two warnings on one event by code, so their order does not hang on which was found first. */
function byCode(a: CaseWarning, b: CaseWarning): number {
  if (a.code < b.code) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8 sorts under 64 items by insertion, asking only if a comparison is below 0, so 1 and 0 order alike
  return a.code > b.code ? 1 : 0;
}

function isLevelled(record: CaseRecord): record is LevelledCaseRecord {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: validation asks a rule set with levels for both, and a record under one without levels is read as unlevelled whatever it gives
  return record.currentLevel !== undefined && record.needs !== undefined;
}

/** The level part of a result under a rule set with no levels of need: none applies. */
function noLevels(ruleSetId: string): LevelResult {
  return { assessed: null, current: null, name: null, currentName: null, rule: null, citation: null,
    reasons: [`No levels of need apply: ${ruleSetId} holds the national timescales alone`] };
}

function evaluateValid({ record, asOfDay, ruleSet: allEditions, options }: Valid): Evaluation {
  const asOf = fromDayNumber(asOfDay);
  const ruleSet = ruleSetInForce(allEditions, asOf);
  const calendar = ruleSetCalendar(allEditions).dayNumbers;
  const read = caseTimeline(record.events, asOfDay);
  const timeline = read.events;
  const last = timeline.at(-1);
  const closing = last?.type === 'closed' ? last : undefined;
  const closedOn = closing?.date;
  const facts = caseFacts(record, timeline, asOfDay);
  const warnings = timelineWarnings(allEditions, read);
  const deadlines = caseDeadlines({
    ruleSet: allEditions, calendar, timeline, facts, currentLevel: record.currentLevel ?? null,
    judgedOn: closing?.day ?? asOfDay, closing, dueSoonWorkingDays: options.dueSoonWorkingDays ?? 5,
    counting: options.counting, warn: (warning) => { warnings.push(warning); },
  });
  const judgedOn = closedOn ?? asOf;
  let level: LevelResult;
  let flags: Flag[];
  let recommendation: Recommendation;
  if (!isLevelled(record) || allEditions.levels.length === 0) {
    level = noLevels(ruleSet.id);
    flags = deadlineFlags(deadlines, judgedOn);
    recommendation = noLevelsRecommendation(ruleSet.id, closedOn);
  } else {
    const assessment = assessLevel(ruleSet, record.needs);
    const currentLevel = ruleSet.levels[record.currentLevel - 1];
    level = {
      assessed: assessment.level,
      current: record.currentLevel,
      name: assessment.definition?.name ?? null,
      currentName: currentLevel?.name ?? null,
      // A copy of the shared frozen list, so a caller may change its result (spread: V8 slices frozen arrays slowly).
      reasons: [...assessment.reasons],
      rule: assessment.threshold?.id ?? null,
      citation: assessment.threshold?.citation ?? null,
    };
    flags = raiseFlags({
      record, assessment, currentLevel, deadlines, section47Citation: section47Citation(ruleSet, record),
      consentStands: consentStands(record, asOfDay), closed: closedOn !== undefined, judgedOn,
    });
    recommendation = recommend({ record, ruleSet, assessment, facts, deadlines, closedOn });
  }
  const evaluation: Evaluation = {
    caseId: record.id,
    authority: record.authority,
    asOf,
    ruleSet: { id: ruleSet.id, version: ruleSet.version, extends: ruleSet.extends },
    closedOn: closedOn ?? null,
    level,
    deadlines,
    flags,
    recommendation,
    warnings: inRecordOrder(warnings),
  };
  // Only when given, so records without them evaluate to the same JSON as before.
  if (record.team !== undefined) evaluation.team = record.team;
  if (record.worker !== undefined) evaluation.worker = record.worker;
  return evaluation;
}

/**
 * Evaluates a case record as of a date: the level its needs meet, every deadline with its
 * status, the flags to act on and the recommended next step, each with the rule and the
 * published passage behind it. Pure: the same record, date and rule set give the same result,
 * whatever the clock or the host's time zone.
 *
 * @example
 * const result = evaluateCase(record, { asOf: '2025-02-03' });
 * result.deadlines.find((d) => d.id === 'family-action-meeting')?.due // '2025-01-30'
 * @throws CaseRecordError listing every problem with the record, each with its path.
 */
export function evaluateCase(record: unknown, options: EvaluateOptions): Evaluation {
  const valid = validate(record, options);
  try {
    return evaluateValid(valid);
  } catch (error) {
    // Valid dates can still run a count past the calendar's end (2200): say so against the record.
    if (error instanceof RangeError) throw new CaseRecordError(valid.record.id, [{ path: 'events', message: error.message }]);
    throw error;
  }
}

export type SafeEvaluation = { success: true; data: Evaluation } | { success: false; error: CaseRecordError };

/**
 * {@link evaluateCase} that returns its error instead of throwing, as zod's `safeParse` does.
 * @example const result = safeEvaluateCase(record, { asOf: '2025-02-03' }); if (!result.success) console.log(result.error.issues);
 */
export function safeEvaluateCase(record: unknown, options: EvaluateOptions): SafeEvaluation {
  try {
    return { success: true, data: evaluateCase(record, options) };
  } catch (error) {
    if (error instanceof CaseRecordError) return { success: false, error };
    // What no schema can foresee (a rule set changed after it was checked, say) is still an answer here.
    const id = readSafely(record, 'id');
    // Stryker disable next-line ConditionalExpression: only a record that passed validation gets here, and its id is a string
    return { success: false, error: new CaseRecordError(typeof id === 'string' ? id : null,
      [{ path: '', message: `the case cannot be evaluated: ${errorMessage(error)}` }]) };
  }
}

/** The message of anything thrown, without throwing again. */
function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

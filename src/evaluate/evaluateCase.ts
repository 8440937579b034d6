import { fromDayNumber, toDayNumber, type DateInput, type IsoDate } from '../calendar/dayNumber.js';
import { loadRuleSet, type RuleSet } from '../rules/loadRuleSet.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { safeParseUntrusted } from '../rules/safeParseUntrusted.js';
import { holdsOn, ruleSetInForce } from '../rules/ruleSetInForce.js';
import type { Citation } from '../rules/ruleFileSchema.js';
import { assessLevel } from './assessLevel.js';
import { caseFacts, consentStands } from './caseFacts.js';
import { CaseRecordSchema, type CaseRecord } from './caseRecord.js';
import { CaseRecordError, recordPath, type CaseRecordIssue } from './caseRecordError.js';
import { caseTimeline } from './caseTimeline.js';
import { caseDeadlines, type Deadline } from './deadlines.js';
import type { Counting } from './dueDate.js';
import { raiseFlags, type Flag } from './flags.js';
import { recommend, type Recommendation } from './recommendation.js';
import { ruleSetCalendar } from './ruleSetCalendar.js';

export interface EvaluateOptions {
  /** The date the case is read as of: events after it are ignored, statuses are judged on it. */
  asOf: DateInput;
  /** A rule set to use instead of the built-in one the record's `authority` names. */
  ruleSet?: RuleSet | undefined;
  /** A deadline not yet met is `due-soon` within this many working days. A display choice, not a rule: default 5 (one working week). */
  dueSoonWorkingDays?: number | undefined;
  /**
   * Count working-day timescales under this convention instead of each rule's own:
   * `start-included` reproduces spreadsheets' and the DfE census's `NETWORKDAYS(start, end) <= n`.
   */
  counting?: Counting | undefined;
}

/** The level the thresholds give, beside the level the case is at. */
export interface LevelResult {
  assessed: number | null;
  current: number;
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
}

function validate(input: unknown, options: EvaluateOptions): { record: CaseRecord; asOfDay: number; ruleSet: RuleSet } {
  const id = input !== null && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string'
    ? (input as { id: string }).id : null;
  const issues: CaseRecordIssue[] = [];
  const parsed = safeParseUntrusted(CaseRecordSchema, input);
  if (!parsed.success) issues.push(...parsed.issues.map((issue) => ({ path: recordPath(issue.path), message: issue.message })));
  let asOfDay: number | undefined;
  try {
    asOfDay = toDayNumber(options.asOf);
  } catch (error) {
    issues.push({ path: 'asOf', message: (error as Error).message });
  }
  let { ruleSet } = options;
  const authority = (input as { authority?: unknown } | null)?.authority;
  if (!ruleSet && typeof authority === 'string') {
    try {
      ruleSet = loadRuleSet(authority);
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      issues.push({ path: 'authority', message: error.issues.map((i) => i.message).join('; ') });
    }
  }
  if (ruleSet && ruleSet.levels.length !== 4) {
    issues.push({ path: 'authority', message: `the rule set ${ruleSet.id} defines no levels of need: evaluate under an authority's rule set` });
  }
  if (ruleSet && asOfDay !== undefined && !holdsOn(ruleSet, asOfDay)) {
    issues.push({ path: 'asOf', message: `the rule set ${ruleSet.id} is in force from ${ruleSet.effectiveFrom}${ruleSet.effectiveTo ? ` to ${ruleSet.effectiveTo}` : ''}, not on ${fromDayNumber(asOfDay)}` });
  }
  if (issues.length > 0 || !parsed.success || !ruleSet || asOfDay === undefined) throw new CaseRecordError(id, issues);
  return { record: parsed.data, asOfDay, ruleSet };
}

/** The threshold a section 47 concern meets on its own, so a flag cites it and not, say, section 17. */
function section47Citation(ruleSet: RuleSet, record: CaseRecord): Citation | null {
  const alone = assessLevel(ruleSet, { section47: record.needs.section47, section17: 'not-met', agencies: 0, complexity: 'none' });
  return (alone.level === 4 ? alone.threshold?.citation : undefined) ?? ruleSet.levels[3]?.citation ?? null;
}

function evaluateValid(record: CaseRecord, asOfDay: number, allEditions: RuleSet, options: EvaluateOptions): Evaluation {
  const asOf = fromDayNumber(asOfDay);
  const ruleSet = ruleSetInForce(allEditions, asOf);
  const calendar = ruleSetCalendar(allEditions).dayNumbers;
  const timeline = caseTimeline(record.events, asOfDay);
  const last = timeline.at(-1);
  const closing = last?.type === 'closed' ? last : undefined;
  const closedOn = closing?.date;
  const facts = caseFacts(record, timeline, asOfDay);
  const assessment = assessLevel(ruleSet, record.needs);
  const currentLevel = ruleSet.levels[record.currentLevel - 1];

  const deadlines = caseDeadlines({
    ruleSet: allEditions, calendar, timeline, facts, currentLevel: record.currentLevel,
    judgedOn: closing?.day ?? asOfDay, closed: closing !== undefined, dueSoonWorkingDays: options.dueSoonWorkingDays ?? 5,
    counting: options.counting,
  });
  const evaluation: Evaluation = {
    caseId: record.id,
    authority: record.authority,
    asOf,
    ruleSet: { id: ruleSet.id, version: ruleSet.version, extends: ruleSet.extends },
    closedOn: closedOn ?? null,
    level: {
      assessed: assessment.level,
      current: record.currentLevel,
      name: assessment.definition?.name ?? null,
      currentName: currentLevel?.name ?? null,
      // A copy of the shared frozen list, so a caller may change its result (spread: V8 slices frozen arrays slowly).
      reasons: [...assessment.reasons],
      rule: assessment.threshold?.id ?? null,
      citation: assessment.threshold?.citation ?? null,
    },
    deadlines,
    flags: raiseFlags({
      record, assessment, currentLevel, deadlines, section47Citation: section47Citation(ruleSet, record),
      consentStands: consentStands(record, asOfDay), closed: closedOn !== undefined, judgedOn: closedOn ?? asOf,
    }),
    recommendation: recommend({ record, ruleSet, calendar, assessment, facts, asOfDay, closedOn }),
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
    return evaluateValid(valid.record, valid.asOfDay, valid.ruleSet, options);
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
    throw error;
  }
}

/**
 * early-help-rules: councils' early help levels of need and practice timescales as cited
 * JSON rule sets, with England and Wales working-day arithmetic.
 * @packageDocumentation
 */
export { toDayNumber, fromDayNumber, type IsoDate, type DateInput } from './calendar/dayNumber.js';
export type { IsoInstant } from './calendar/londonInstant.js';
export type { BankHoliday } from './calendar/standingBankHolidays.js';
export { FIRST_YEAR, LAST_YEAR } from './calendar/calendarRange.js';
export { ClosureSchema, type Closure, type ClosureDay } from './calendar/closureSchema.js';
export {
  createCalendar, CalendarOptionsSchema,
  type CalendarOptions, type WorkingDayCalendar, type DayNumberCalendar, type DayOff, type CalendarBankHoliday,
} from './calendar/createCalendar.js';
export { englandAndWales, isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, bankHolidays } from './calendar/englandAndWales.js';
export { addDays, addWeeks, addMonths, addMonthsToDayNumber } from './calendar/addCalendarTime.js';
export { addHours, hoursBetween, londonDate } from './calendar/londonInstant.js';
export { parseGovUkBankHolidays, GovUkBankHolidaysSchema, type GovUkBankHolidays } from './calendar/govUkBankHolidays.js';
export { formatDate, formatDayNumber } from './calendar/formatDate.js';

// Rule files
export { RuleFileSchema, EventMatchSchema, CitationSchema, SourceSchema, LevelSchema, ThresholdSchema, TimescaleSchema, PathwaySchema,
  ContactSchema, TIME_UNITS, type RuleFile, type Citation, type Source, type Level, type Threshold, type Timescale,
  type TimeUnit, type Pathway, type Contact, type EventMatch } from './rules/ruleFileSchema.js';
export { ConditionSchema, FactConditionSchema, TopLevelConditionSchema, OPERATORS, type Condition, type FactCondition, type TopLevelCondition } from './rules/condition.js';
export { evaluateCondition, type Facts } from './rules/evaluateCondition.js';
export { EVENT_TYPES, EVENT_TYPE_NAMES, EVENT_ATTRIBUTE_NAMES, ROLE_NAMES, type EventType, type EventAttributeName,
  type EventAttributeValue } from './rules/eventTypes.js';
export { NeedProfileSchema, type NeedProfile } from './rules/needProfile.js';
export { loadRuleSet, parseRuleSet, isRuleSet, BUILT_IN_RULE_SETS, RULE_SET_ALIASES, type RuleSet, type Term } from './rules/loadRuleSet.js';
export { ruleSetInForce } from './rules/ruleSetInForce.js';
export { RuleSetError, type RuleSetIssue } from './rules/ruleSetError.js';
export { ruleFileJsonSchema } from './rules/ruleFileJsonSchema.js';

// Evaluation
export { CaseRecordSchema, CaseEventSchema, type CaseRecord, type LevelledCaseRecord, type CaseRecordInput, type CaseEvent } from './evaluate/caseRecord.js';
export { CaseRecordError, type CaseRecordIssue } from './evaluate/caseRecordError.js';
export { evaluateCase, safeEvaluateCase, EvaluateOptionsSchema, type EvaluateOptions, type Evaluation, type LevelResult, type SafeEvaluation } from './evaluate/evaluateCase.js';
export { assessLevel, type LevelAssessment } from './evaluate/assessLevel.js';
export { translateLevel, type LevelTranslation } from './evaluate/translateLevel.js';
export type { Deadline, DeadlineStatus } from './evaluate/deadlines.js';
export type { Flag, FlagCode, Severity } from './evaluate/flags.js';
export { WARNING_CODES, type CaseWarning, type WarningCode } from './evaluate/caseWarning.js';
export type { Recommendation, RecommendedAction, RecommendedStep, StepDue } from './evaluate/recommendation.js';
export { COUNTINGS, type Counting } from './evaluate/dueDate.js';
export { compactEvaluation, citationReference, type CompactEvaluation, type CompactDeadline, type CitationReference } from './evaluate/compactEvaluation.js';

// Children-in-need census returns
export { readCensusReturn, type CensusItem } from './census/readCensusReturn.js';
export { CENSUS_ELEMENTS, type CensusEpisode, type CensusHeader, type CensusFields, type CensusProtectionPlan } from './census/censusReturn.js';
export { CensusFormatError } from './census/censusFormatError.js';
export { episodeDates, type EpisodeDates, type EpisodeProblem, type EpisodeReading } from './census/episodeDates.js';
export { episodeCaseRecord, type CensusCaseRecord } from './census/episodeCaseRecord.js';
export { CensusFiguresBuilder, DURATION_BANDS, durationBand, percentileOfCounts, type CensusFigures, type AssessmentDuration,
  type DurationBand, type ValidatorQueries } from './census/censusFigures.js';
export { queries8670Q, queries8675Q, queries8569Q, timeLimitPassed } from './census/validatorQueries.js';

// Golden cases
export { GoldenCaseSchema, type GoldenCase } from './goldenCases/goldenCaseSchema.js';
export { checkGoldenCase } from './goldenCases/checkGoldenCase.js';

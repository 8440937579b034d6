import { formatDate, formatDateOrInstant } from '../calendar/formatDate.js';
import type { Level, Citation } from '../rules/ruleFileSchema.js';
import type { LevelledCaseRecord } from './caseRecord.js';
import type { LevelAssessment } from './assessLevel.js';
import type { Deadline } from './deadlines.js';

export type FlagCode = 'overdue' | 'due-soon' | 'child-not-seen' | 'plan-drift' | 'no-lead' | 'consent-missing'
  | 'needs-above-level' | 'needs-below-level' | 'child-protection-concern';

export type Severity = 'immediate' | 'high' | 'medium' | 'low';

/** Something a practitioner or manager should act on, with the rule behind it. */
export interface Flag {
  code: FlagCode;
  severity: Severity;
  message: string;
  /** The deadline that raised it, for deadline flags. */
  deadlineId: string | null;
  citation: Citation | null;
}

const SEVERITY_RANK: Record<Severity, number> = { immediate: 0, high: 1, medium: 2, low: 3 };
const OVERDUE_SEVERITY: Record<Deadline['overdueFlag'], Severity> = { overdue: 'high', 'child-not-seen': 'high', 'plan-drift': 'medium' };

export interface FlagContext {
  record: LevelledCaseRecord;
  assessment: LevelAssessment;
  currentLevel: Level | undefined;
  /** What the section 47 concern alone meets: the threshold it reaches, else the level-4 definition. */
  section47Citation: Citation | null;
  /** The day the case is judged on: the as-of date, or the day it closed. */
  judgedOn: string;
  deadlines: readonly Deadline[];
  consentStands: boolean;
  closed: boolean;
}

function raiseDeadlineFlags(flags: Flag[], deadlines: readonly Deadline[], judgedOn: string): void {
  for (const d of deadlines) {
    if (d.status !== 'overdue' && d.status !== 'due-soon') continue;
    const due = formatDateOrInstant(d.due);
    if (d.status === 'overdue') {
      const when = d.workingDaysOverdue > 0 ? `${d.workingDaysOverdue} working day${d.workingDaysOverdue === 1 ? '' : 's'} overdue` : 'overdue';
      // A provisional deadline may not apply at all: worth a look, not an alarm.
      flags.push({ code: d.overdueFlag, severity: d.provisional ? 'low' : OVERDUE_SEVERITY[d.overdueFlag], deadlineId: d.id, citation: d.citation,
        message: `${d.title} was due ${due} and is ${when}${d.provisional ? ' (provisional: no decision is recorded that calls for it)' : ''}` });
    } else {
      const left = d.workingDaysRemaining === 0
        ? (d.due.slice(0, 10) === judgedOn ? 'due today' : 'no working day left before it')
        : `${d.workingDaysRemaining} working day${d.workingDaysRemaining === 1 ? '' : 's'} left`;
      flags.push({ code: 'due-soon', severity: 'low', deadlineId: d.id, citation: d.citation, message: `${d.title} is due ${due}: ${left}` });
    }
  }
}

function raiseCaseFlags(flags: Flag[], ctx: FlagContext): void {
  const { record, assessment, currentLevel } = ctx;
  const raise = (code: FlagCode, severity: Severity, message: string, citation: Citation | null): void => {
    flags.push({ code, severity, message, deadlineId: null, citation });
  };
  const atEarlyHelp = currentLevel?.earlyHelp === true;
  const levelName = currentLevel ? `level ${currentLevel.level} (${currentLevel.name})` : `level ${record.currentLevel}`;
  if (record.needs.section47 !== 'none' && atEarlyHelp) {
    raise('child-protection-concern', 'immediate',
      `The child is ${record.needs.section47 === 'likely' ? 'likely to suffer' : 'suffering'} significant harm (section 47) while the case is at ${levelName}, an early help level: act on the child protection route now`,
      ctx.section47Citation);
  }
  // Stryker disable next-line ConditionalExpression: with no level, null > currentLevel is 0 > 1..4, false anyway
  if (assessment.level !== null && assessment.level > record.currentLevel) {
    raise('needs-above-level', assessment.level === 4 ? 'high' : 'medium',
      `The needs meet level ${assessment.level} (${assessment.definition?.name ?? ''}) but the case is at ${levelName}`, assessment.threshold?.citation ?? null);
  }
  if (assessment.level !== null && assessment.level < record.currentLevel) {
    raise('needs-below-level', 'low',
      `The needs meet level ${assessment.level} (${assessment.definition?.name ?? ''}), below the case's ${levelName}`, assessment.threshold?.citation ?? null);
  }
  if (record.lead === undefined && record.needs.agencies >= 2) {
    raise('no-lead', 'medium', `${record.needs.agencies} agencies are involved and no one leads the work with the family`, currentLevel?.citation ?? null);
  }
  if (atEarlyHelp && record.currentLevel >= 2 && !ctx.consentStands) {
    raise('consent-missing', 'high',
      record.consent?.withdrawnOn ? `Consent to early help was withdrawn on ${formatDate(record.consent.withdrawnOn)}` : `No consent to early help is recorded at ${levelName}`,
      // Stryker disable next-line OptionalChaining: atEarlyHelp holds, so currentLevel is defined here
      currentLevel?.citation ?? null);
  }
}

function bySeverity(flags: Flag[]): Flag[] {
  // Stryker disable next-line ConditionalExpression: sorting fewer than two flags leaves them as they are (the test only skips the work)
  return flags.length < 2 ? flags : flags.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Every flag the case raises, most severe first. */
export function raiseFlags(ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  if (!ctx.closed) raiseCaseFlags(flags, ctx);
  raiseDeadlineFlags(flags, ctx.deadlines, ctx.judgedOn);
  return bySeverity(flags);
}

/** The deadlines' flags alone, most severe first: all a rule set with no levels of need raises. */
export function deadlineFlags(deadlines: readonly Deadline[], judgedOn: string): Flag[] {
  const flags: Flag[] = [];
  raiseDeadlineFlags(flags, deadlines, judgedOn);
  return bySeverity(flags);
}

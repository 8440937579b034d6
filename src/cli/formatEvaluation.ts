import { formatDate } from '../calendar/formatDate.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import { formatTable } from './formatTable.js';

/** A due date as the table shows it, or an instant (hour rules) without its zero seconds. */
export const when = (dateOrInstant: string): string => (dateOrInstant.length > 10 ? dateOrInstant.replace(/:00(?=Z|[+-]\d)/, '') : formatDate(dateOrInstant));

const workingDays = (n: number | null): string => `${n} working day${n === 1 ? '' : 's'}`;

/**
 * Where a deadline stands, as the table shows it: "met …", "OVERDUE by 9 working days", "open, 3 working days left",
 * "not required (stopped …)", "closed unmet …", and "(provisional)" when it may not apply.
 */
export function standing(d: Evaluation['deadlines'][number]): string {
  const provisional = d.provisional ? ' (provisional)' : '';
  switch (d.status) {
    case 'met': return `met ${formatDate(d.metOn as string)}`;
    case 'met-late': return `met late ${formatDate(d.metOn as string)} (+${d.workingDaysOverdue} wd)`;
    case 'overdue': return `OVERDUE by ${workingDays(d.workingDaysOverdue)}${provisional}`;
    case 'not-required': return `not required (stopped ${formatDate(d.stoppedOn as string)})`;
    case 'closed-unmet': return `closed unmet ${formatDate(d.stoppedOn as string)}, ${workingDays(d.workingDaysOverdue)} past due`;
    default: return `${d.status === 'due-soon' ? 'due soon' : 'open'}, ${workingDays(d.workingDaysRemaining)} left${provisional}`;
  }
}

/** The warnings of an evaluation as a table, or "none". */
export function formatWarnings(result: Evaluation): string {
  return result.warnings.length === 0 ? '  none'
    : formatTable(['warning', 'where', 'message'], result.warnings.map((w) => [w.code, w.path, w.message]));
}

/** An evaluation as a practitioner reads it in a terminal. */
export function formatEvaluation(result: Evaluation): string {
  const { level, recommendation } = result;
  const out: string[] = [];
  out.push(`Case ${result.caseId} · ${result.ruleSet.id} ${result.ruleSet.version}${result.ruleSet.extends.length ? ` (extends ${result.ruleSet.extends.join(', ')})` : ''} · as of ${formatDate(result.asOf)}${result.closedOn ? ` · closed ${formatDate(result.closedOn)}` : ''}`);
  out.push('');
  out.push(level.current === null ? 'Level: none applies'
    : `Level: needs meet ${level.assessed === null ? 'no level (no threshold covers them)' : `level ${level.assessed} (${level.name})`}; the case is at level ${level.current} (${level.currentName})`);
  for (const reason of level.reasons) out.push(`  ${reason}`);
  if (level.citation) out.push(`  “${level.citation.quote}” (${level.citation.source}, ${level.citation.section})`);
  out.push('');
  out.push('Deadlines');
  out.push(result.deadlines.length === 0 ? '  none apply'
    : formatTable(['timescale', 'start', 'due', 'status'],
      result.deadlines.map((d) => [d.id, when(d.start), `${when(d.due)}${d.projected ? ' (projected)' : ''}`, standing(d)])));
  out.push('');
  out.push('Flags');
  out.push(result.flags.length === 0 ? '  none'
    : formatTable(['severity', 'flag', 'message'], result.flags.map((f) => [f.severity, f.code, f.message])));
  out.push('');
  out.push('Warnings (what the record cannot tell, or gets wrong)');
  out.push(formatWarnings(result));
  out.push('');
  const move = recommendation.from === null ? recommendation.action
    : recommendation.action === 'stay' ? `stay at level ${recommendation.from}` : `${recommendation.action} from level ${recommendation.from} to level ${recommendation.to}`;
  out.push(`Recommendation: ${move}${recommendation.pathway ? ` (${recommendation.pathway})` : ''}`);
  out.push(`  ${recommendation.reason}`);
  recommendation.steps.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step.text}${step.contact ? ` [${step.contact}]` : ''}${step.due ? ` (${step.due.title}: ${step.due.date ? `due ${when(step.due.date)}` : step.due.after})` : ''}`);
  });
  if (recommendation.citation) out.push(`  “${recommendation.citation.quote}” (${recommendation.citation.source}, ${recommendation.citation.section})`);
  return out.join('\n');
}

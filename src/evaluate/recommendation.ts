import type { IsoDate } from '../calendar/dayNumber.js';
import type { IsoInstant } from '../calendar/londonInstant.js';
import { evaluateCondition, type Facts } from '../rules/evaluateCondition.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { Citation, Pathway, TimeUnit } from '../rules/ruleFileSchema.js';
import type { LevelledCaseRecord } from './caseRecord.js';
import type { LevelAssessment } from './assessLevel.js';
import { amountInWords, type Deadline } from './deadlines.js';

/** `none` when the rule set has no levels of need, so no step between levels can be recommended. */
export type RecommendedAction = 'stay' | 'step-up' | 'step-down' | 'close' | 'none';

/**
 * The clock a step starts. Counted from the step, not from the as-of date: until the case records
 * the step, nobody knows when it will be done, so only the interval is given.
 */
export interface StepDue {
  /** The id of the timescale the step starts. */
  timescale: string;
  /** What falls due, and so whose clock it is: "MASH screening of a contact received as Level 3". */
  title: string;
  amount: number;
  unit: TimeUnit;
  /** The interval in words: "24 hours after you do this". */
  after: string;
  /**
   * Once the case records the event that starts the clock and the clock still runs: the date (or
   * instant, for hour rules) it is due, from the latest such occurrence. Otherwise null.
   */
  date: IsoDate | IsoInstant | null;
}

export interface RecommendedStep {
  text: string;
  /** Who to contact, with the number or address the authority publishes. */
  contact: string | null;
  /** The timescale this step starts, if it starts one. */
  due: StepDue | null;
}

/** What to do next with the case, and the authority's route for doing it. */
export interface Recommendation {
  action: RecommendedAction;
  /** The level the case is at, and the level to move to; null when the rule set has no levels of need. */
  from: number | null;
  to: number | null;
  /** The id of the authority's route, when it publishes one. */
  pathway: string | null;
  reason: string;
  steps: RecommendedStep[];
  citation: Citation | null;
}

export interface RecommendationContext {
  record: LevelledCaseRecord;
  ruleSet: RuleSet;
  assessment: LevelAssessment;
  facts: Facts;
  /** The case's deadlines, for the date a step's clock is due once the case records the step. */
  deadlines: readonly Deadline[];
  closedOn: IsoDate | undefined;
}

// A route's steps depend only on the rule set in force (one per as-of date) and the route.
const stepsByRuleSet = new WeakMap<RuleSet, Map<Pathway, readonly RecommendedStep[]>>();

function routeSteps(ruleSet: RuleSet, pathway: Pathway): readonly RecommendedStep[] {
  let byPathway = stepsByRuleSet.get(ruleSet);
  // Stryker disable next-line ConditionalExpression: a cache; building the map afresh gives the same steps
  if (!byPathway) {
    byPathway = new Map();
    stepsByRuleSet.set(ruleSet, byPathway);
  }
  let found = byPathway.get(pathway);
  // Stryker disable next-line ConditionalExpression: a cache; building the steps afresh gives the same steps
  if (!found) {
    found = pathway.actions.map((action) => {
      const contact = ruleSet.contacts.find((c) => c.id === action.contact);
      const timescale = ruleSet.timescales.find((t) => t.id === action.timescale);
      return {
        text: action.text,
        contact: contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(', ') : null,
        due: timescale ? { timescale: timescale.id, title: timescale.title, amount: timescale.amount, unit: timescale.unit,
          after: `${amountInWords(timescale.amount, timescale.unit)} after you do this`, date: null } : null,
      };
    });
    byPathway.set(pathway, found);
  }
  return found;
}

/** The due date of the latest occurrence of a timescale still running in the case, if any. */
function runningDue(deadlines: readonly Deadline[], timescale: string): IsoDate | IsoInstant | null {
  for (let i = deadlines.length - 1; i >= 0; i--) {
    const d = deadlines[i] as Deadline;
    if (d.timescale === timescale && (d.status === 'open' || d.status === 'due-soon' || d.status === 'overdue')) return d.due;
  }
  return null;
}

function steps(ctx: RecommendationContext, pathway: Pathway): RecommendedStep[] {
  // Each result gets its own copies: callers may change what they are given.
  return routeSteps(ctx.ruleSet, pathway).map((step) => ({
    text: step.text,
    contact: step.contact,
    due: step.due ? { ...step.due, date: runningDue(ctx.deadlines, step.due.timescale) } : null,
  }));
}

/**
 * Stay, step up, step down or close: from the level the thresholds give against the level the
 * case is at, with the first of the authority's routes that fits the levels, the lead and any
 * further conditions.
 */
export function recommend(ctx: RecommendationContext): Recommendation {
  const { record, assessment } = ctx;
  const from = record.currentLevel;
  if (ctx.closedOn !== undefined) {
    return { action: 'close', from, to: from, pathway: null, reason: `The case was closed on ${ctx.closedOn}`, steps: [], citation: null };
  }
  if (assessment.level === null || assessment.level === from) {
    const reason = assessment.level === null
      ? `No threshold of ${ctx.ruleSet.id} covers these needs, so the level cannot be assessed`
      : `The needs meet level ${from}, the level the case is at`;
    return { action: 'stay', from, to: from, pathway: null, reason, steps: [], citation: assessment.threshold?.citation ?? null };
  }
  const to = assessment.level;
  // Stryker disable next-line EqualityOperator: to === from returned 'stay' above, so >= is > here
  const action: RecommendedAction = to > from ? 'step-up' : to === 1 ? 'close' : 'step-down';
  // Stryker disable next-line EqualityOperator: to === from returned 'stay' above, so >= is > here
  const direction = to > from ? ['step-up'] : to === 1 ? ['close', 'step-down'] : ['step-down'];
  const candidates = ctx.ruleSet.pathways.filter((p) => direction.includes(p.direction) && p.from.includes(from) && p.to.includes(to) &&
    // Stryker disable next-line ConditionalExpression: with no lead, p.lead.includes(undefined) is false anyway
    (p.lead === undefined || (record.lead !== undefined && p.lead.includes(record.lead)))
    && (p.when === undefined || evaluateCondition(p.when, ctx.facts)));
  const pathway = direction.map((d) => candidates.find((p) => p.direction === d)).find(Boolean);
  const levelName = ctx.ruleSet.levels[to - 1]?.name ?? `level ${to}`;
  if (!pathway) {
    return { action, from, to, pathway: null, steps: [], citation: assessment.threshold?.citation ?? null,
      reason: `The needs meet level ${to} (${levelName}); ${ctx.ruleSet.authority} publishes no route for this move${record.lead ? ` when the lead is ${record.lead}` : ''} in ${ctx.ruleSet.id}` };
  }
  return { action, from, to, pathway: pathway.id, reason: `The needs meet level ${to} (${levelName}): ${pathway.title}`,
    steps: steps(ctx, pathway), citation: pathway.citation };
}

/**
 * What is recommended under a rule set with no levels of need (the national rules alone): no
 * step between levels, only the closure when the case is closed.
 *
 * @example noLevelsRecommendation('england/working-together', undefined).action // 'none'
 */
export function noLevelsRecommendation(ruleSetId: string, closedOn: IsoDate | undefined): Recommendation {
  const reason = closedOn !== undefined ? `The case was closed on ${closedOn}`
    : `No recommendation is made: ${ruleSetId} defines no levels of need, so no step up or down can be judged`;
  return { action: closedOn !== undefined ? 'close' : 'none', from: null, to: null, pathway: null, reason, steps: [], citation: null };
}

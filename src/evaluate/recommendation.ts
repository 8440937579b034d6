import type { DayNumberCalendar } from '../calendar/createCalendar.js';
import { fromDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { evaluateCondition, type Facts } from '../rules/evaluateCondition.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { Citation, Pathway } from '../rules/ruleFileSchema.js';
import type { LevelledCaseRecord } from './caseRecord.js';
import type { LevelAssessment } from './assessLevel.js';
import { dueDate } from './dueDate.js';

/** `none` when the rule set has no levels of need, so no step between levels can be recommended. */
export type RecommendedAction = 'stay' | 'step-up' | 'step-down' | 'close' | 'none';

export interface RecommendedStep {
  text: string;
  /** Who to contact, with the number or address the authority publishes. */
  contact: string | null;
  /** When the step is due, if it starts one of the authority's timescales today. */
  due: IsoDate | null;
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
  calendar: DayNumberCalendar;
  assessment: LevelAssessment;
  facts: Facts;
  asOfDay: number;
  closedOn: IsoDate | undefined;
}

// A route's steps depend only on the rule set in force (one per as-of date) and the route.
const stepsByRuleSet = new WeakMap<RuleSet, Map<Pathway, readonly RecommendedStep[]>>();

function steps(ctx: RecommendationContext, pathway: Pathway): RecommendedStep[] {
  let byPathway = stepsByRuleSet.get(ctx.ruleSet);
  if (!byPathway) {
    byPathway = new Map();
    stepsByRuleSet.set(ctx.ruleSet, byPathway);
  }
  let found = byPathway.get(pathway);
  if (!found) {
    found = pathway.actions.map((action) => {
      const contact = ctx.ruleSet.contacts.find((c) => c.id === action.contact);
      const timescale = ctx.ruleSet.timescales.find((t) => t.id === action.timescale);
      return {
        text: action.text,
        contact: contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(', ') : null,
        due: timescale ? fromDayNumber(dueDate({ day: ctx.asOfDay }, timescale, ctx.calendar).day) : null,
      };
    });
    byPathway.set(pathway, found);
  }
  // Each result gets its own copies: callers may change what they are given.
  return found.map((step) => ({ ...step }));
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
  const action: RecommendedAction = to > from ? 'step-up' : to === 1 ? 'close' : 'step-down';
  const direction = to > from ? ['step-up'] : to === 1 ? ['close', 'step-down'] : ['step-down'];
  const candidates = ctx.ruleSet.pathways.filter((p) => direction.includes(p.direction) && p.from.includes(from) && p.to.includes(to)
    && (p.lead === undefined || (record.lead !== undefined && p.lead.includes(record.lead)))
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

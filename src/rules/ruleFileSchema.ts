import { describeValue } from '../calendar/describeValue.js';
import * as z from 'zod';
import { ClosureSchema, notAClosureList } from '../calendar/closureSchema.js';
import { IsoDateSchema } from '../calendar/dateSchemas.js';
import { ConditionSchema, factTests, NEED_FACTS, TopLevelConditionSchema } from './condition.js';
import { EVENT_TYPE_NAMES, EVENT_TYPES, EventTypeSchema, ROLE_NAMES, type EventType } from './eventTypes.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, e.g. family-action-meeting');

const level = z.number().int().min(1).max(4);
const notes = z.string().min(1).optional()
  .describe('Where the text is ambiguous or contradicts itself: the reading taken and the alternative.');
const effective = {
  effectiveFrom: IsoDateSchema.optional().describe('First day this item holds (inclusive).'),
  effectiveTo: IsoDateSchema.optional().describe('Last day this item holds (inclusive).'),
};

/** A published document that rules cite. */
export const SourceSchema = z.object({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2200),
  edition: z.string().optional(),
  published: IsoDateSchema.optional().describe('Date of publication, when known.'),
  transcript: z.string().min(1).optional()
    .describe('File holding the document text word for word, against which quotes are checked.'),
  url: z.string().url().optional(),
  notes,
}).strict();

/** Where a rule comes from: the document, the place in it and the words it says. */
export const CitationSchema = z.object({
  source: id.describe('The id of an entry in `sources`.'),
  section: z.string().min(1).describe('Heading, standard or chapter and section.'),
  lines: z.string().regex(/^\d+(?:-\d+)?$/, 'lines are "322" or "337-338"').optional()
    .describe('Line numbers in the transcript.'),
  quote: z.string().min(3).max(600).describe('A short verbatim quote of the passage.'),
}).strict();

export const LevelSchema = z.object({
  level,
  name: z.string().min(1),
  description: z.string().min(1),
  earlyHelp: z.boolean().describe('Whether work at this level is early help (non-statutory).'),
  statutory: z.array(z.enum(['section-17', 'section-47'])).describe('The Children Act 1989 duties engaged, if any.'),
  lead: z.string().min(1).optional().describe('Who leads, in local words.'),
  assessment: z.string().min(1).optional(),
  meeting: z.string().min(1).optional(),
  plan: z.string().min(1).optional(),
  citation: CitationSchema,
  notes,
}).strict();

export const ThresholdSchema = z.object({
  id,
  level,
  reason: z.string().min(1).describe('Why these needs give this level, in words a practitioner reads.'),
  conditions: TopLevelConditionSchema.describe('json-rules-engine conditions on the need profile only: section47, section17, agencies, complexity.'),
  citation: CitationSchema,
  notes,
  ...effective,
}).strict().superRefine((threshold, ctx) => {
  // The need profile is the same in every authority: that is what lets one child be levelled in each.
  for (const { fact, path } of factTests(threshold.conditions)) {
    if (!NEED_FACTS.includes(fact)) {
      ctx.addIssue({ code: 'custom', path: ['conditions', ...path, 'fact'],
        message: `a threshold tests the need profile only (${NEED_FACTS.join(', ')}), not "${fact}"` });
    }
  }
});

/** An event of the shared vocabulary, optionally only with some attribute values. */
export const EventMatchSchema = z.object({
  event: EventTypeSchema,
  where: z.record(z.string(), z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)).optional()
    .describe('Attribute values the event must have, e.g. { "kind": ["initial"] }.'),
}).strict().superRefine((match, ctx) => {
  const attributes: Record<string, readonly unknown[]> = EVENT_TYPES[match.event as EventType].attributes;
  for (const [name, values] of Object.entries(match.where ?? {})) {
    const allowed = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    if (!allowed) {
      ctx.addIssue({ code: 'custom', path: ['where', name], message: `"${match.event}" events have no attribute "${name}"` });
      continue;
    }
    values.forEach((value, i) => {
      if (!allowed.includes(value)) {
        ctx.addIssue({ code: 'custom', path: ['where', name, i],
          message: `${describeValue(value)} is not a possible ${name} of "${match.event}" (${allowed.map((v) => describeValue(v)).join(', ')})` });
      }
    });
  }
});

export const TIME_UNITS = ['working-days', 'days', 'weeks', 'months', 'hours'] as const;
const unit = z.enum(TIME_UNITS, { error: (issue) => `unknown unit ${describeValue(issue.input)}: the calendar knows ${TIME_UNITS.join(', ')}` });

export const TimescaleSchema = z.object({
  id,
  title: z.string().min(1),
  start: EventMatchSchema.describe('The event that starts the clock (day 0).'),
  end: EventMatchSchema.describe('The event that meets the timescale.'),
  amount: z.number().int().positive(),
  unit,
  counting: z.enum(['start-excluded', 'start-included', 'dfe-census']).optional()
    .describe('Working days only: start-excluded (the start is day 0, the default), start-included (the start is day 1 when a working day, as NETWORKDAYS) or dfe-census (the start is day 1 whatever the day, as the DfE census validator).'),
  appliesWhen: TopLevelConditionSchema.optional().describe('json-rules-engine conditions on the case and the start event.'),
  provisionalUntil: z.object({
    decision: EventMatchSchema.describe('The event, on or after the start, that settles whether the timescale applies.'),
    appliesOn: z.array(EventMatchSchema).min(1)
      .describe('Events, on or after the start, that show it applies. Once a decision is recorded without one of them, it does not apply.'),
  }).strict().optional()
    .describe('The timescale applies only if a later event calls for it: until the decision is recorded its deadline is provisional (and raises no high-severity flag).'),
  until: EventMatchSchema.optional()
    .describe('The event that ends the need for the timescale (e.g. the plan ending): a clock still running then is not required, one already overdue is closed unmet, and a repeat starts no later occurrence.'),
  levels: z.array(level).min(1).optional().describe('The current levels at which it applies; all when absent.'),
  repeat: z.object({
    amount: z.number().int().positive(),
    unit,
    citation: CitationSchema,
    notes,
  }).strict().optional().describe('After each time it is met, the next is due this long after the last one held.'),
  roll: z.enum(['none', 'forward']).optional()
    .describe('Whether a due date on a non-working day moves to the next working day. Default none.'),
  overdueFlag: z.enum(['overdue', 'child-not-seen', 'plan-drift']).optional()
    .describe('The flag an overdue occurrence raises: child-not-seen for visits, plan-drift for reviews. Default overdue.'),
  citation: CitationSchema,
  notes,
  ...effective,
}).strict().superRefine((timescale, ctx) => {
  if (timescale.counting && timescale.unit !== 'working-days') {
    ctx.addIssue({ code: 'custom', path: ['counting'], message: 'counting applies to working-day timescales only' });
  }
});

export const ContactSchema = z.object({
  id,
  name: z.string().min(1),
  phone: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
  citation: CitationSchema,
  notes,
}).strict();

export const PathwaySchema = z.object({
  id,
  direction: z.enum(['step-up', 'step-down', 'close']),
  title: z.string().min(1),
  from: z.array(level).min(1),
  to: z.array(level).min(1),
  lead: z.array(z.enum(['partner-agency', 'early-help-team', 'social-care'])).min(1).optional()
    .describe('Who leads the case when this route is taken; any lead when absent.'),
  when: TopLevelConditionSchema.optional().describe('Further json-rules-engine conditions on the case.'),
  actions: z.array(z.object({
    text: z.string().min(1),
    contact: id.optional().describe('The id of an entry in `contacts`.'),
    timescale: id.optional().describe('The id of a timescale this action starts.'),
  }).strict()).min(1),
  citation: CitationSchema,
  notes,
  ...effective,
}).strict();

const term = z.object({ term: z.string().min(1), citation: CitationSchema.optional() }).strict();

export const RuleFileSchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'a rule set id is like "st-helens" or "england/working-together"'),
  name: z.string().min(1),
  authority: z.string().min(1).describe('The council, or "England" for the national base.'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is major.minor.patch'),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  extends: z.string().min(1).optional().describe('The id of the rule set this one builds on.'),
  sources: z.array(SourceSchema),
  levels: z.array(LevelSchema).optional(),
  thresholds: z.array(ThresholdSchema).optional(),
  timescales: z.array(TimescaleSchema).optional(),
  contacts: z.array(ContactSchema).optional(),
  pathways: z.array(PathwaySchema).optional(),
  vocabulary: z.object({
    events: z.partialRecord(z.enum(EVENT_TYPE_NAMES), term).optional(),
    roles: z.partialRecord(z.enum(ROLE_NAMES), term).optional(),
  }).strict().optional(),
  calendar: z.object({
    holidays: z.literal('england-and-wales'),
    closures: z.array(ClosureSchema, { error: notAClosureList }),
  }).strict().optional(),
  notes: z.array(z.string().min(1)).optional(),
}).strict();

export type RuleFile = z.infer<typeof RuleFileSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Threshold = z.infer<typeof ThresholdSchema>;
export type Timescale = z.infer<typeof TimescaleSchema>;
export type TimeUnit = (typeof TIME_UNITS)[number];
export type EventMatch = z.infer<typeof EventMatchSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Pathway = z.infer<typeof PathwaySchema>;
export { ConditionSchema };

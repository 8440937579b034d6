import { describeValue } from '../calendar/describeValue.js';
import * as z from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/dateSchemas.js';
import { londonDate } from '../calendar/londonInstant.js';
import { EVENT_ATTRIBUTE_NAMES, EVENT_TYPE_NAMES, EVENT_TYPES, type EventAttributeName, type EventAttributeValue,
  type EventType, unknownEventType } from '../rules/eventTypes.js';
import { NeedProfileSchema } from '../rules/needProfile.js';


function londonDateOrUndefined(instant: string): string | undefined {
  try {
    return londonDate(instant);
  }
  // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  catch {
    return undefined;
  }
}

type AttributeFields = { [N in EventAttributeName]: z.ZodOptional<z.ZodType<EventAttributeValue<N>>> };

/** For one type of event, each attribute: one of the values the vocabulary gives it, or absent when the type has none. */
function attributeFields(type: EventType): AttributeFields {
  const allowed: Record<string, readonly (string | number | boolean)[]> = EVENT_TYPES[type].attributes;
  // One schema for all the attributes the type has not, rather than one each: 25 types by 8
  // attributes made 400 zod schemas at every start. The issue's path ends in the attribute.
  const absent = z.never({ error: (issue) => `"${type}" events have no ${String(issue.path?.at(-1))}` }).optional();
  return Object.fromEntries(EVENT_ATTRIBUTE_NAMES.map((name) => {
    const values = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    return [name, values
      ? z.literal(values, { error: (issue) => `${describeValue(issue.input)} is not a possible ${name} of "${type}" (${values.map((v) => describeValue(v)).join(', ')})` }).optional()
      : absent];
  })) as unknown as AttributeFields;
}

const eventFields = {
  on: IsoDateSchema.optional(),
  at: IsoInstantSchema.optional(),
  id: z.string().max(200).optional(),
  note: z.string().max(10_000).optional(),
};

// One schema per type of event, so that zod itself checks each type's attributes against the
// shared vocabulary, and a record's event is checked against its own type's schema only.
const eventSchemas = EVENT_TYPE_NAMES.map((type) => z.strictObject({ type: z.literal(type), ...eventFields, ...attributeFields(type) }));

/**
 * Something that happened on a case, in the shared vocabulary. `on` is the date; `at`, the
 * instant, is needed only where an hour-based rule starts or ends (its date is read in London).
 */
export const CaseEventSchema = z.discriminatedUnion('type', eventSchemas as [typeof eventSchemas[number], ...typeof eventSchemas], {
  error: (issue) => (issue.code === 'invalid_union' ? unknownEventType((issue.input as { type?: unknown }).type) : undefined),
}).superRefine((event, ctx) => {
  if (event.on === undefined && event.at === undefined) {
    // Stryker disable next-line StringLiteral: an issue leaves the schema as its path and message; its code is never read
    ctx.addIssue({ code: 'custom', path: ['on'], message: 'an event needs a date (on) or an instant (at)' });
  }
  // The instant's own format is reported by its field schema; compare dates only when it is readable.
  // Stryker disable next-line ConditionalExpression: the instant test may read true: with no instant, londonDate throws and the date is undefined either way
  const atDate = event.on !== undefined && event.at !== undefined ? londonDateOrUndefined(event.at) : undefined;
  if (atDate !== undefined && atDate !== event.on) {
    // Stryker disable next-line StringLiteral: an issue leaves the schema as its path and message; its code is never read
    ctx.addIssue({ code: 'custom', path: ['at'], message: `the instant ${event.at} falls on ${atDate} in England, not on ${event.on}` });
  }
});

export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const LEADS = ['partner-agency', 'early-help-team', 'social-care'] as const;

/** A case as a case system exports it: who, at which level, what is known of the needs, what happened. */
export const CaseRecordSchema = z.object({
  id: z.string().min(1).max(200),
  /** The id of the authority's rule set, e.g. `st-helens`. */
  authority: z.string().min(1).max(200),
  /** The level the case is at; required unless the rule set has no levels of need (the national rules alone). */
  currentLevel: z.literal([1, 2, 3, 4], { error: 'the current level is 1, 2, 3 or 4' }).optional(),
  /** Who leads the work with the family; absent when nobody does yet. */
  lead: z.enum(LEADS).optional(),
  /** The team that holds the case, in the case system's own words: carried into every output for grouping. */
  team: z.string().max(200).optional(),
  /** The worker the case is allocated to, in the case system's own words: carried into every output for grouping. */
  worker: z.string().max(200).optional(),
  consent: z.object({
    given: z.boolean(),
    on: IsoDateSchema.optional(),
    withdrawnOn: IsoDateSchema.optional(),
  }).strict().optional(),
  child: z.object({
    unborn: z.boolean().optional(),
    dateOfBirth: IsoDateSchema.optional(),
  }).strict().optional(),
  /** What is known of the needs; required unless the rule set has no levels of need. */
  needs: NeedProfileSchema.optional(),
  events: z.array(CaseEventSchema).max(10_000),
}).strict();

export type CaseRecord = z.infer<typeof CaseRecordSchema>;
/** A case record with its level and needs, as a rule set with levels of need evaluates it. */
export type LevelledCaseRecord = CaseRecord & Required<Pick<CaseRecord, 'currentLevel' | 'needs'>>;
/** A case record as it may arrive, before validation. */
export type CaseRecordInput = z.input<typeof CaseRecordSchema>;

import * as z from 'zod';
import { ContactSchema, LevelSchema, PathwaySchema, RuleFileSchema, SourceSchema, ThresholdSchema, TimescaleSchema } from '../rules/ruleFileSchema.js';

/*
 * A rule set with its `extends` resolved, as JSON Schema for the OpenAPI document: the rule
 * file's own parts, each list present. `RuleSet` is the source;
 * `tests/server/ruleSetAnswer.test.ts` fails the build if the two differ by one field.
 */
const { vocabulary, calendar } = RuleFileSchema.shape;

/** `RuleSet`, as `GET /rule-sets/{id}` and `POST /validate` answer it. */
export const RuleSetAnswerSchema = RuleFileSchema.omit({ $schema: true }).extend({
  extends: z.array(z.string()).describe('The rule sets this one builds on, nearest first.'),
  sources: z.array(SourceSchema),
  levels: z.array(LevelSchema).describe('Sorted by level: in an authority\'s rule set, levels[n - 1] is level n.'),
  thresholds: z.array(ThresholdSchema),
  timescales: z.array(TimescaleSchema),
  contacts: z.array(ContactSchema),
  pathways: z.array(PathwaySchema),
  vocabulary: vocabulary.unwrap().required(),
  calendar: z.strictObject({
    holidays: calendar.unwrap().shape.holidays,
    closures: z.array(z.strictObject({ date: z.string().describe('YYYY-MM-DD'), reason: z.string().optional() })),
  }),
  notes: z.array(z.string()),
}).meta({ id: 'RuleSet' });

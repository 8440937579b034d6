import * as z from 'zod';

/**
 * The authority-neutral need profile: what is known of a child's needs, in terms every
 * authority's thresholds can read. One profile can be levelled under every rule set, which is
 * also how a level is translated when a family moves between authorities.
 */
export const NeedProfileSchema = z.object({
  /** Section 47: is the child suffering, or likely to suffer, significant harm? */
  section47: z.enum(['none', 'likely', 'suffering']),
  /** Section 17: does the child meet the threshold of a child in need? */
  section17: z.enum(['not-met', 'possibly-met', 'met']),
  /** How many agencies the child's needs call for (0 when universal services suffice). */
  agencies: z.number().int().min(0).max(99),
  /** How complex the needs are, from none to complex. */
  complexity: z.enum(['none', 'emerging', 'additional', 'multiple', 'complex']),
}).strict();

export type NeedProfile = z.infer<typeof NeedProfileSchema>;

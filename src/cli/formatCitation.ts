import type { Citation, Source } from '../rules/ruleFileSchema.js';

/**
 * Where a rule comes from, as a reader looks it up: the source (its title too, when known), the
 * section and the transcript lines.
 * @example formatCitation(citation) // 'st-helens-standards-2022, Standard 5: Family Action Plan, line 338'
 */
export function formatCitation(citation: Citation, source?: Source): string {
  const lines = citation.lines === undefined ? '' : `, ${citation.lines.includes('-') ? 'lines' : 'line'} ${citation.lines}`;
  return `${source ? `${source.title} (${source.id})` : citation.source}, ${citation.section}${lines}`;
}

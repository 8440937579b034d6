/**
 * The two assessment clocks, named apart: Working Together's 45 working days from the referral
 * (child-and-family-assessment) and the census's 45 working days from the assessment's own start
 * to its authorisation (census-assessment-duration).
 */
import { describe, expect, it } from 'vitest';
import { deadline, evaluate, stHelensCase } from '../evaluate/caseBuilder.js';

describe('an assessment begun 10 working days after the referral', () => {
  // Referral Mon 6 Jan 2025; assessment started Mon 20 Jan (10 working days later); authorised Thu 20 Mar 2025.
  // Working Together: 45 working days after Mon 6 Jan = Mon 10 Mar 2025 (Jan 7–31: 19, Feb: 20, Mar 3–10: 6 → 45).
  // Census: 45 working days after Mon 20 Jan = Mon 24 Mar 2025 (Jan 21–31: 9, Feb: 20, Mar 3–24: 16 → 45).
  const record = stHelensCase([
    { type: 'referral-received', on: '2025-01-06' },
    { type: 'referral-decision', on: '2025-01-07' },
    { type: 'assessment-started', on: '2025-01-20', kind: 'child-and-family' },
    { type: 'assessment-completed', on: '2025-03-20', kind: 'child-and-family' },
  ], { currentLevel: 3, lead: 'social-care', needs: { section47: 'none', section17: 'met', agencies: 2, complexity: 'additional' } });
  const result = evaluate(record, '2025-03-31');

  it('is late by Working Together’s clock, from the referral', () => {
    expect(deadline(result, 'child-and-family-assessment')).toMatchObject({ start: '2025-01-06', due: '2025-03-10', status: 'met-late', workingDaysOverdue: 8 });
  });

  it('is on time by the census’s clock, from its own start, with its own citation', () => {
    const census = deadline(result, 'census-assessment-duration');
    expect(census).toMatchObject({ start: '2025-01-20', due: '2025-03-24', status: 'met', counting: 'start-excluded' });
    expect(census.citation.source).toBe('dfe-cin-census');
    expect(census.citation.quote).toContain('from its start to its authorisation');
  });
});

/**
 * Pre-birth conditions (St Helens standards l.257): "Timescales for completing a pre-birth within
 * the Early Help Assessment will extend from 30 days to 45 days." Exactly one of ehat-completion
 * (30 days) and pre-birth-assessment (45 days) applies to each assessment start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import { deadline, deadlineIds, evaluate, stHelensCase } from './caseBuilder.js';

// Started Mon 6 Jan 2025: + 30 days = Wed 5 Feb 2025; + 45 days = Thu 20 Feb 2025 (25 days to 31 Jan, 20 into Feb).
const started = { type: 'assessment-started', on: '2025-01-06', kind: 'early-help' } as const;

describe('an unborn child', () => {
  let result: Evaluation;
  beforeAll(() => { result = evaluate(stHelensCase([started], { child: { unborn: true } }), '2025-01-07'); });

  it('gets the 45-day pre-birth assessment and not the 30-day EHAT', () => {
    expect(deadline(result, 'pre-birth-assessment')).toMatchObject({ due: '2025-02-20', amount: 45, unit: 'days', status: 'open' });
    expect(deadlineIds(result)).not.toContain('ehat-completion');
  });

  it('has no child-seen-alone clock (there is no child to see alone yet)', () => {
    expect(deadlineIds(result)).toEqual(['pre-birth-assessment']);
  });

  it('a pre-birth assessment completed within 45 days is met even after 30 days', () => {
    const met = evaluate(stHelensCase([started, { type: 'assessment-completed', on: '2025-02-14', kind: 'pre-birth' }],
      { child: { unborn: true } }), '2025-02-24');
    expect(deadline(met, 'pre-birth-assessment')).toMatchObject({ status: 'met', metOn: '2025-02-14' });
  });
});

describe('a born child', () => {
  it('with an early-help assessment gets the 30-day EHAT and not the pre-birth assessment', () => {
    const result = evaluate(stHelensCase([started], { child: { unborn: false } }), '2025-01-07');
    expect(deadline(result, 'ehat-completion')).toMatchObject({ due: '2025-02-05', amount: 30, unit: 'days' });
    expect(deadlineIds(result)).not.toContain('pre-birth-assessment');
  });

  it('with no child details recorded is treated as born: the 30-day EHAT', () => {
    const result = evaluate(stHelensCase([started], { child: undefined }), '2025-01-07');
    expect(deadlineIds(result).sort()).toEqual(['child-seen-alone', 'ehat-completion']);
  });

  it('an assessment recorded as pre-birth gets the 45-day timescale whatever the unborn field says', () => {
    const result = evaluate(stHelensCase([{ ...started, kind: 'pre-birth' }], { child: { unborn: false } }), '2025-01-07');
    expect(deadline(result, 'pre-birth-assessment').due).toBe('2025-02-20');
    expect(deadlineIds(result)).not.toContain('ehat-completion');
  });

  it('an EHAT completed on day 31 is late against 30 days (by the working days after Wed 5 Feb: Thu 6 → 1)', () => {
    const result = evaluate(stHelensCase([started, { type: 'assessment-completed', on: '2025-02-06', kind: 'early-help' }]), '2025-02-10');
    expect(deadline(result, 'ehat-completion')).toMatchObject({ status: 'met-late', metOn: '2025-02-06', workingDaysOverdue: 1 });
  });
});

/**
 * Every example in examples/ evaluates, and the St Helens example gives, as of Thu 20 Feb 2025,
 * the values `npx tsx src/cli/main.ts evaluate examples/st-helens-case.json --as-of 2025-02-20` prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeEvaluateCase, evaluateCase } from '../../src/index.js';

const examples = resolve(fileURLToPath(import.meta.url), '../../../examples');
const read = (name: string): unknown => JSON.parse(readFileSync(join(examples, name), 'utf8'));

describe('examples/', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.json'));

  it('has at least the St Helens example', () => {
    expect(files).toContain('st-helens-case.json');
  });

  it.each(files)('%s evaluates without error', (file) => {
    const value = read(file);
    const records = Array.isArray(value) ? value : [value];
    for (const record of records) {
      const result = safeEvaluateCase(record, { asOf: '2025-02-20' });
      expect(result.success, result.success ? '' : result.error.message).toBe(true);
    }
  });
});

describe('the St Helens example as of Thu 20 Feb 2025', () => {
  const result = evaluateCase(read('st-helens-case.json'), { asOf: '2025-02-20' });

  it('levels the case at 3 (section 17 met) while it sits at 2', () => {
    expect(result.level).toMatchObject({ assessed: 3, current: 2, name: 'Child in Need', currentName: 'Early Help', rule: 'level-3-section-17-met' });
  });

  it('gives the deadlines counted by hand', () => {
    // - MASH screening (level 2, 4 days): contact Mon 2 Dec 2024 → Fri 6 Dec; screened Thu 5 Dec.
    // - EHAT (30 days): started Mon 9 Dec → Wed 8 Jan 2025; completed Mon 6 Jan.
    // - Child seen alone (28 days): 9 Dec → Mon 6 Jan, seen Mon 16 Dec; → Mon 13 Jan, seen Fri 10 Jan;
    //   → Fri 7 Feb, not seen: overdue by 10–14 Feb (5) + 17–20 Feb (4) = 9 working days.
    // - Family Action Meeting (15 working days): decided Thu 19 Dec → Tue 14 Jan (skipping 25, 26 Dec, 1 Jan); held Mon 13 Jan.
    // - Plan circulated (10 working days): meeting Mon 13 Jan → 14–17 (4), 20–24 (9), Mon 27 Jan (10);
    //   circulated Wed 29 Jan: late by Tue 28, Wed 29 → 2.
    // - Plan review (1 month): 13 Jan → Thu 13 Feb, not held: overdue by Fri 14, Mon 17–Thu 20 → 5.
    expect(result.deadlines.map((d) => [d.id, d.start, d.due, d.status, d.metOn, d.workingDaysOverdue])).toEqual([
      ['mash-screening-level-2', '2024-12-02', '2024-12-06', 'met', '2024-12-05', 0],
      ['ehat-completion', '2024-12-09', '2025-01-08', 'met', '2025-01-06', 0],
      ['child-seen-alone', '2024-12-09', '2025-01-06', 'met', '2024-12-16', 0],
      ['child-seen-alone#2', '2024-12-16', '2025-01-13', 'met', '2025-01-10', 0],
      ['child-seen-alone#3', '2025-01-10', '2025-02-07', 'overdue', null, 9],
      ['family-action-meeting', '2024-12-19', '2025-01-14', 'met', '2025-01-13', 0],
      ['family-action-plan-circulated', '2025-01-13', '2025-01-27', 'met-late', '2025-01-29', 2],
      ['family-action-plan-review', '2025-01-13', '2025-02-13', 'overdue', null, 5],
    ]);
  });

  it('flags the unseen child, the needs above the level and the plan drift', () => {
    expect(result.flags.map((f) => [f.code, f.severity])).toEqual([
      ['child-not-seen', 'high'], ['needs-above-level', 'medium'], ['plan-drift', 'medium'],
    ]);
  });

  it('recommends the partner-agency step up to level 3: the MASH request starts the MASH’s 24-hour screening', () => {
    // The case's only contact was received as Level 2 (screened by Thu 5 Dec 2024), so no Level 3
    // screening runs: the step gives the interval, not "due Fri 21 Feb" (20 Feb + 24 hours) as before.
    expect(result.recommendation).toMatchObject({ action: 'step-up', from: 2, to: 3, pathway: 'partner-agency-step-up-level-3' });
    expect(result.recommendation.steps[1]?.due).toMatchObject({ timescale: 'mash-screening-level-3', after: '24 hours after you do this', date: null });
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCase, type Evaluation } from '../src/index.js';
import { repoRoot } from './support/sharedDir.js';

/** Runs a TypeScript entry point as a user would run the built one, and returns what it prints. */
function run(script: string, args: string[] = []): string {
  return execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, 'examples', name), 'utf8'));
const statuses = (result: Evaluation): Record<string, string> => Object.fromEntries(result.deadlines.map((d) => [d.id, `${d.due} ${d.status}`]));

describe('examples/', () => {
  it('st-helens-case.json prints the table `npm start` shows, as of 20 Feb 2025', () => {
    const out = run('src/cli/main.ts', ['evaluate', 'examples/st-helens-case.json', '--as-of', '2025-02-20']);
    expect(out).toContain('Level: needs meet level 3 (Child in Need); the case is at level 2 (Early Help)');
    // 19 Dec 2024 + 15 working days, skipping 25, 26 Dec and 1 Jan: Tue 14 Jan 2025; held Mon 13 Jan.
    expect(out).toMatch(/family-action-meeting +Thu 19 Dec 2024 +Tue 14 Jan 2025 +met Mon 13 Jan 2025/);
    // 13 Jan + 10 working days = Mon 27 Jan; circulated Wed 29 Jan: 28 and 29 Jan late.
    expect(out).toMatch(/family-action-plan-circulated +Mon 13 Jan 2025 +Mon 27 Jan 2025 +met late Wed 29 Jan 2025 \(\+2 wd\)/);
    // Seen alone 10 Jan + 28 days = Fri 7 Feb; 10-14 and 17-20 Feb are 9 working days.
    expect(out).toMatch(/child-seen-alone#3 +Fri 10 Jan 2025 +Fri 7 Feb 2025 +OVERDUE by 9 working days/);
    // Initial meeting 13 Jan + 1 month = Thu 13 Feb; 14, 17, 18, 19, 20 Feb are 5 working days.
    expect(out).toMatch(/family-action-plan-review +Mon 13 Jan 2025 +Thu 13 Feb 2025 +OVERDUE by 5 working days/);
    expect(out).toMatch(/high +child-not-seen/);
    expect(out).toMatch(/medium +plan-drift/);
    expect(out).toContain('Recommendation: step-up from level 2 to level 3 (partner-agency-step-up-level-3)');
  });

  it('warrington-case.json: multi-agency multiple needs are level 3 there, with the step-up route', () => {
    const result = evaluateCase(example('warrington-case.json'), { asOf: '2025-11-03' });
    expect(result.level.assessed).toBe(3);
    expect(result.deadlines).toEqual([]);
    expect(result.recommendation.action).toBe('step-up');
    expect(result.recommendation.pathway).toBe('step-up-to-multi-agency-early-help');
  });

  it('york-case.json: the national referral and assessment timescales, both met', () => {
    const result = evaluateCase(example('york-case.json'), { asOf: '2025-11-03' });
    // Referral Tue 6 May 2025: decision due the next working day, Wed 7 May; assessment 45 working days
    // later, skipping the 26 May spring holiday: Wed 9 Jul.
    expect(statuses(result)).toEqual({ 'referral-decision': '2025-05-07 met', 'child-and-family-assessment': '2025-07-09 met' });
    expect(result.warnings).toEqual([]);
    expect(result.recommendation).toMatchObject({ action: 'step-up', from: 3, to: 4, pathway: 'request-to-mash' });
  });

  it('sefton-case.json: the LSCB hour and working-day rules beside the national ones', () => {
    const result = evaluateCase(example('sefton-case.json'), { asOf: '2025-11-03' });
    expect(statuses(result)).toEqual({
      'referral-decision': '2025-10-27 met',
      // Fri 24 Oct + 45 working days, skipping 25 and 26 Dec: Tue 30 Dec.
      'child-and-family-assessment': '2025-12-30 open',
      'referral-processed': '2025-10-25T16:40:00+01:00 met',
      'section-17-child-seen': '2025-10-31 met',
    });
    expect(result.recommendation.action).toBe('stay');
  });

  it('child-protection-case.json: a plan from the strategy discussion to its end at a review conference', () => {
    // Referral Mon 6 Jan 2025: decision due Tue 7 Jan (met that day, for a strategy discussion). The child and family
    // assessment started Wed 8 Jan applies the 45 working days from the referral: 7–10 Jan (4), then eight weeks to
    // Fri 7 Mar (44), Mon 10 Mar (45); completed Fri 7 Mar. Strategy discussion (section 47) Wed 8 Jan: conference due
    // 15 working days later, 9–10 (2), 13–17 (7), 20–24 (12), 27, 28, 29 Jan (15) → Wed 29 Jan; held Tue 28 Jan with a
    // plan, which starts then: first core group due 10 working days later, 29–31 Jan (3), 3–7 Feb (8), 10, 11 Feb (10)
    // → Tue 11 Feb, held Mon 10 Feb; first review 28 Jan + 3 months = Mon 28 Apr, held Thu 24 Apr; the next 24 Apr +
    // 6 months = Fri 24 Oct, held Tue 21 Oct, deciding no plan is needed: the plan ends, and no review follows.
    const expected = {
      'referral-decision': '2025-01-07 met',
      'child-and-family-assessment': '2025-03-10 met',
      // The census's own measure, 45 working days from the assessment's start on Wed 8 Jan: 9–10 Jan (2), eight weeks
      // to Fri 7 Mar (42), 10, 11, 12 Mar (45) → Wed 12 Mar; authorised Fri 7 Mar.
      'census-assessment-duration': '2025-03-12 met',
      'initial-child-protection-conference': '2025-01-29 met',
      'first-core-group': '2025-02-11 met',
      'child-protection-review-conference': '2025-04-28 met',
      'child-protection-review-conference#2': '2025-10-24 met',
    };
    const ended = evaluateCase(example('child-protection-case.json'), { asOf: '2025-11-03' });
    expect(statuses(ended)).toEqual(expected);
    expect(ended.flags).toEqual([]);
    expect(ended.warnings).toEqual([]);
    // Half a year on, still no third review: the plan ended.
    expect(statuses(evaluateCase(example('child-protection-case.json'), { asOf: '2026-05-01' }))).toEqual(expected);
    // Mid-plan, as of Mon 2 Jun 2025: the second review is open.
    expect(statuses(evaluateCase(example('child-protection-case.json'), { asOf: '2025-06-02' })))
      .toMatchObject({ 'child-protection-review-conference#2': '2025-10-24 open' });
  });

  it('caseload.jsonl: every record evaluates', () => {
    const lines = readFileSync(resolve(repoRoot, 'examples/caseload.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(evaluateCase(JSON.parse(line), { asOf: '2025-03-03' }).caseId).toBe(JSON.parse(line).id);
  });

  it('api-usage.ts prints the due dates, flags and recommendation', () => {
    const out = run('examples/api-usage.ts');
    expect(out).toContain('family-action-meeting: due 2025-01-14, met');
    expect(out).toContain('high child-not-seen: ');
    expect(out).toContain('recommendation: step-up');
  });
});

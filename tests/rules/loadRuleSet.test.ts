import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseRuleSet, ruleFileJsonSchema, ruleSetInForce, RuleSetError, type RuleSetIssue } from '../../src/index.js';
import { ruleSetCalendar } from '../../src/evaluate/ruleSetCalendar.js';
import { invalidDate } from '../support/invalidDates.js';
import { repoRoot } from '../support/sharedDir.js';

const citation = { source: 'local', section: 'Standard 1', quote: 'within 5 working days' };

/** A small valid council file that extends St Helens; each bad file below breaks one thing. */
function councilFile(): Record<string, unknown> {
  return {
    id: 'st-helens-pilot',
    name: 'St Helens pilot',
    authority: 'St Helens',
    version: '1.0.0',
    effectiveFrom: '2025-04-01',
    extends: 'st-helens',
    sources: [{ id: 'local', title: 'Local pilot standard', publisher: 'St Helens Council', year: 2025 }],
    timescales: [{
      id: 'pilot-visit', title: 'First home visit', start: { event: 'case-allocated', where: { kind: ['early-help'] } },
      end: { event: 'child-seen' }, amount: 5, unit: 'working-days', citation,
    }],
  };
}

function issuesOf(file: unknown): RuleSetIssue[] {
  try {
    parseRuleSet(file);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return [...(error as RuleSetError).issues];
  }
  throw new Error('the file was accepted');
}

function broken(change: (file: Record<string, any>) => void): Record<string, unknown> {
  const file = councilFile();
  change(file);
  return file;
}

describe('loadRuleSet', () => {
  it('loads a council file that extends a built-in one, keeping the parent\'s rules and adding its own', () => {
    const ruleSet = loadRuleSet(councilFile());
    expect(ruleSet.extends).toEqual(['st-helens', 'england/working-together']);
    expect(ruleSet.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(ruleSet.timescales.map((t) => t.id)).toContain('pilot-visit');
    expect(ruleSet.timescales.map((t) => t.id)).toContain('family-action-meeting');
    expect(ruleSet.timescales.map((t) => t.id)).toContain('child-and-family-assessment');
  });

  it('lets a council file override a parent timescale by id', () => {
    const ruleSet = loadRuleSet(broken((f) => {
      f.timescales.push({ id: 'family-action-meeting', title: 'Family Action Meeting', start: { event: 'meeting-decided' },
        end: { event: 'meeting-held' }, amount: 10, unit: 'working-days', citation });
    }));
    expect(ruleSet.timescales.filter((t) => t.id === 'family-action-meeting').map((t) => t.amount)).toEqual([10]);
  });

  it('returns the same frozen object for a built-in id each time', () => {
    expect(loadRuleSet('york')).toBe(loadRuleSet('york'));
    expect(Object.isFrozen(loadRuleSet('york').timescales)).toBe(true);
  });

  it('picks Working Together 2018 until 14 December 2023 and the 2023 edition after', () => {
    const national = loadRuleSet('england/working-together');
    const sources = (date: string) => new Set(ruleSetInForce(national, date).timescales.map((t) => t.citation.source));
    // The DfE census's assessment measure (dfe-cin-census) has no editions: it holds on both days.
    expect(sources('2023-12-14')).toEqual(new Set(['wt-2018', 'dfe-cin-census']));
    expect(sources('2023-12-15')).toEqual(new Set(['wt-2023', 'dfe-cin-census']));
  });

  it.each<[string, (file: Record<string, any>) => void, string, RegExp]>([
    ['an unknown event type', (f) => { f.timescales[0].start.event = 'visit-made'; }, '$.timescales[0].start.event', /unknown event type "visit-made"/],
    ['an attribute the event does not have', (f) => { f.timescales[0].end.where = { kind: ['initial'] }; }, '$.timescales[0].end.where.kind', /"child-seen" events have no attribute "kind"/],
    ['a unit the calendar does not know', (f) => { f.timescales[0].unit = 'fortnights'; }, '$.timescales[0].unit', /unknown unit "fortnights"/],
    ['a missing citation', (f) => { delete f.timescales[0].citation; }, '$.timescales[0].citation', /expected object/],
    ['a citation of a source nobody listed', (f) => { f.timescales[0].citation = { ...citation, source: 'rumour' }; }, '$.timescales[0].citation.source', /no source "rumour"/],
    ['a duplicate id', (f) => { f.timescales.push(f.timescales[0]); }, '$.timescales[1].id', /duplicate id "pilot-visit"/],
    ['a reference to a missing level', (f) => { f.timescales[0].levels = [5]; }, '$.timescales[0].levels[0]', /Too big|<=4/],
    ['a threshold for a level that is not defined', (f) => {
      f.extends = 'england/working-together';
      f.thresholds = [{ id: 'l2', level: 2, reason: 'r', conditions: { all: [{ fact: 'agencies', operator: 'greaterThanInclusive', value: 1 }] }, citation }];
    }, '$.thresholds[0].level', /level 2 is not defined in levels/],
    ['a pathway action naming a missing contact', (f) => {
      f.pathways = [{ id: 'p', direction: 'step-up', title: 't', from: [2], to: [3], actions: [{ text: 'ring', contact: 'nobody' }], citation }];
    }, '$.pathways[0].actions[0].contact', /no contact "nobody"/],
    ['a __proto__ key', (f) => { f.timescales[0] = JSON.parse('{"__proto__": {"polluted": true}}'); }, '$.timescales[0].__proto__', /the key "__proto__" is not allowed/],
    ['an unknown field', (f) => { f.timescale = []; }, '$', /Unrecognized key: "timescale"/],
    ['an impossible date', (f) => { f.effectiveFrom = '2025-02-30'; }, '$.effectiveFrom', /"2025-02-30" is not a real date/],
    ['extends a rule set that does not exist', (f) => { f.extends = 'atlantis'; }, '$.extends', /no built-in rule set "atlantis"/],
    // json-rules-engine holds an empty `any` true, where a reader expects false: refused, not evaluated either way.
    ['an empty list of conditions', (f) => { f.timescales[0].appliesWhen = { any: [] }; }, '$.timescales[0].appliesWhen.any',
      /"any" lists no conditions: give at least one, or leave "any" out/],
    ['a condition on an unknown fact', (f) => {
      f.timescales[0].appliesWhen = { all: [{ fact: 'income', operator: 'lessThan', value: 1 }] };
    }, '$.timescales[0].appliesWhen.all[0].fact', /Invalid option/],
    ['a condition with an impossible value', (f) => {
      f.timescales[0].appliesWhen = { all: [{ fact: 'complexity', operator: 'equal', value: 'severe' }] };
    }, '$.timescales[0].appliesWhen.all[0].value', /"severe" is not a possible value of the fact "complexity"/],
    ['a threshold that tests more than the need profile', (f) => {
      f.thresholds = [{ id: 'l2', level: 2, reason: 'r', citation, conditions: { all: [{ fact: 'lead', operator: 'equal', value: 'social-care' }] } }];
    }, '$.thresholds[0].conditions.all[0].fact', /a threshold tests the need profile only .* not "lead"/],
    ['counting on a calendar-day timescale', (f) => { f.timescales[0].unit = 'days'; f.timescales[0].counting = 'start-included'; }, '$.timescales[0].counting', /working-day timescales only/],
  ])('rejects %s with its path and reason', (_name, change, path, message) => {
    const issues = issuesOf(broken(change));
    const issue = issues.find((i) => i.path === path);
    expect(issue, `issues were ${JSON.stringify(issues)}`).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesOf(broken((f) => { f.timescales[0].unit = 'fortnights'; f.version = 'one'; }));
    expect(issues.map((i) => i.path).sort()).toEqual(['$.timescales[0].unit', '$.version']);
  });

  it('says which built-in ids exist when asked for an unknown one', () => {
    expect(() => loadRuleSet('atlantis')).toThrow(/no built-in rule set "atlantis" \(there are england\/working-together, st-helens/);
  });

  it('rejects nesting deeper than any rule file needs, without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i += 1) deep = { not: deep };
    const issues = issuesOf(broken((f) => { f.timescales[0].appliesWhen = deep; }));
    expect(issues[0]?.message).toMatch(/nested more than 32 deep/);
  });
});

describe('rules/schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` when this fails)', () => {
    const checkedIn = JSON.parse(readFileSync(resolve(repoRoot, 'rules/schema.json'), 'utf8'));
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(ruleFileJsonSchema())));
  });

  it('is named in every shipped rule file as $schema', () => {
    for (const file of ['st-helens', 'warrington', 'york', 'sefton']) {
      expect(JSON.parse(readFileSync(resolve(repoRoot, `rules/${file}.json`), 'utf8')).$schema).toBe('./schema.json');
    }
    expect(JSON.parse(readFileSync(resolve(repoRoot, 'rules/england/working-together.json'), 'utf8')).$schema).toBe('../schema.json');
  });
});

describe('parseRuleSet', () => {
  it('never reads a string as the id of a built-in rule set: in a file it is not a rule file', () => {
    expect(issuesOf('st-helens')[0]).toEqual({ path: '$', message: 'Invalid input: expected object, received string' });
  });
});

/** A council file as a test changes it, field by field. */
type CouncilFile = Record<string, any>;

describe('dates in a rule file (issue 11, findings 1 and 2)', () => {
  const RANGE = 'is outside the calendar, which runs from 1978-01-01 to 2200-12-31';
  const withDateAt: Record<string, (file: CouncilFile, date: string) => void> = {
    '$.effectiveFrom': (f, date) => { f.effectiveFrom = date; },
    '$.effectiveTo': (f, date) => { f.effectiveTo = date; },
    '$.sources[0].published': (f, date) => { f.sources[0].published = date; },
    '$.timescales[0].effectiveFrom': (f, date) => { f.timescales[0].effectiveFrom = date; },
    '$.timescales[0].effectiveTo': (f, date) => { f.timescales[0].effectiveTo = date; },
    '$.calendar.closures[1]': (f, date) => { f.calendar = { holidays: 'england-and-wales', closures: ['2025-12-29', date] }; },
    '$.calendar.closures[0].date': (f, date) => { f.calendar = { holidays: 'england-and-wales', closures: [{ date, reason: 'Training day' }] }; },
  };

  it('refuses an effective date with a letter O, where validate crashed on "0NaN-NaN-NaN"', () => {
    const file = councilFile();
    file.effectiveFrom = '2O25-04-01';
    expect(issuesOf(file)).toEqual([{ path: '$.effectiveFrom', message: '"2O25-04-01" is not a real date written YYYY-MM-DD' }]);
  });

  it('refuses a date outside 1978–2200, naming the range', () => {
    const file = councilFile();
    file.effectiveFrom = '1970-01-01';
    expect(issuesOf(file)).toEqual([{ path: '$.effectiveFrom', message: `"1970-01-01" ${RANGE}` }]);
  });

  it.each(Object.keys(withDateAt))('property: every invalid date at %s is a RuleSetError issue at that path', (path) => {
    const place = withDateAt[path] as (file: CouncilFile, date: string) => void;
    fc.assert(fc.property(invalidDate, (date) => {
      const file = councilFile();
      place(file, date);
      expect(() => loadRuleSet(file)).toThrow(RuleSetError);
      expect(issuesOf(file).map((i) => i.path)).toEqual([path]);
    }), { numRuns: 100 });
  });
});

describe('calendar.closures: a date, or { date, reason }, the shapes createCalendar takes', () => {
  const SHAPES = 'a date written YYYY-MM-DD, or { "date": "YYYY-MM-DD", "reason": "why the office is closed" }';

  it('takes both shapes, read as { date, reason? }, and the rule set\'s calendar skips both days', () => {
    const file = { ...councilFile(), calendar: { holidays: 'england-and-wales', closures: ['2025-12-29', { date: '2025-12-30', reason: 'Christmas closure' }] } };
    const ruleSet = parseRuleSet(file);
    expect(ruleSet.calendar.closures).toEqual([{ date: '2025-12-29' }, { date: '2025-12-30', reason: 'Christmas closure' }]);
    // Wed 24 Dec 2025 + 1: Thu 25 and Fri 26 bank holidays, Mon 29 and Tue 30 closed, so Wed 31
    expect(ruleSetCalendar(ruleSet).addWorkingDays('2025-12-24', 1)).toBe('2025-12-31');
    expect(ruleSetCalendar(ruleSet).daysOffBetween('2025-12-29', '2025-12-30').map((d) => d.title)).toEqual(['Christmas closure']);
  });

  it.each([
    ['a closure with no reason', [{ date: '2025-12-29' }], '$.calendar.closures[0]', `{"date":"2025-12-29"} is not a closure day: give ${SHAPES}`],
    ['a closure with another key', [{ date: '2025-12-29', why: 'Christmas' }], '$.calendar.closures[0]', `{"date":"2025-12-29","why":"Christmas"} is not a closure day: give ${SHAPES}`],
    ['closures as one string', '2025-12-29', '$.calendar.closures', `"2025-12-29" is not a list of closure days: give an array, each ${SHAPES}`],
  ])('refuses %s, saying which shapes are accepted', (_what, closures, path, message) => {
    expect(issuesOf({ ...councilFile(), calendar: { holidays: 'england-and-wales', closures } })).toEqual([{ path, message }]);
  });
});

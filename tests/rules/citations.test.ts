import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS, loadRuleSet, type Citation, type RuleSet } from '../../src/index.js';
import { sharedDir } from '../support/sharedDir.js';

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

function transcriptOf(ruleSet: RuleSet, sourceId: string): { folded: string; lines: string[] } {
  const source = ruleSet.sources.find((s) => s.id === sourceId);
  expect(source?.transcript, `source ${sourceId} names its transcript`).toBeDefined();
  // SOURCES.md and CIN-CENSUS.md sit at the top of the shared folder; council documents in sources/.
  const atTop = source?.transcript === 'SOURCES.md' || source?.transcript === 'CIN-CENSUS.md';
  const file = resolve(sharedDir, atTop ? '' : 'sources', source?.transcript ?? '');
  const text = readFileSync(file, 'utf8');
  return { folded: fold(text), lines: text.split('\n') };
}

/** Every citation in a loaded rule set, with where it sits. */
function citations(ruleSet: RuleSet): [string, Citation][] {
  return [
    ...ruleSet.levels.map((l): [string, Citation] => [`level ${l.level}`, l.citation]),
    ...ruleSet.thresholds.map((t): [string, Citation] => [`threshold ${t.id}`, t.citation]),
    ...ruleSet.timescales.flatMap((t): [string, Citation][] => [[`timescale ${t.id}`, t.citation],
      ...(t.repeat ? [[`timescale ${t.id} repeat`, t.repeat.citation] as [string, Citation]] : [])]),
    ...ruleSet.contacts.map((c): [string, Citation] => [`contact ${c.id}`, c.citation]),
    ...ruleSet.pathways.map((p): [string, Citation] => [`pathway ${p.id}`, p.citation]),
    ...Object.entries({ ...ruleSet.vocabulary.events, ...ruleSet.vocabulary.roles })
      .flatMap(([name, term]): [string, Citation][] => (term?.citation ? [[`vocabulary ${name}`, term.citation]] : [])),
  ];
}

describe.each(BUILT_IN_RULE_SETS)('citations of %s', (id) => {
  const ruleSet = loadRuleSet(id);

  it('every quote is found verbatim (whitespace folded) in the cited document', () => {
    for (const [where, citation] of citations(ruleSet)) {
      const { folded } = transcriptOf(ruleSet, citation.source);
      expect(folded.includes(fold(citation.quote)), `${where}: “${citation.quote}” not in ${citation.source}`).toBe(true);
    }
  });

  it('every quote lies on the lines it gives', () => {
    for (const [where, citation] of citations(ruleSet)) {
      if (!citation.lines) continue;
      const { lines } = transcriptOf(ruleSet, citation.source);
      const [first, last = first] = citation.lines.split('-').map(Number) as [number, number?];
      const passage = fold(lines.slice(first - 1, last).join('\n'));
      expect(passage.includes(fold(citation.quote)), `${where}: “${citation.quote}” not on lines ${citation.lines} of ${citation.source}`).toBe(true);
    }
  });

  it('has at least one citation for every level, threshold, timescale and pathway', () => {
    const cited = citations(ruleSet).map(([where]) => where);
    expect(cited.length).toBeGreaterThan(0);
    for (const t of ruleSet.timescales) expect(cited).toContain(`timescale ${t.id}`);
  });
});

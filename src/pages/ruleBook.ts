import { formatDate } from '../calendar/formatDate.js';
import type { EventMatch, Citation } from '../rules/ruleFileSchema.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import { ruleSetEditions } from '../rules/ruleSetEditions.js';
import { amountInWords } from '../evaluate/deadlines.js';
import { eventName } from '../evaluate/describeEvent.js';
import type { GoldenCase } from '../goldenCases/goldenCaseSchema.js';
import { conditionInWords } from './conditionInWords.js';
import { needProfileGrid } from './needProfileGrid.js';
import { sourceLines } from './sourceLines.js';

/** One piece of a rule book section, rendered alike as HTML and Markdown. */
export type RuleBookBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  /** The source's own words, with where they are. */
  | { kind: 'quote'; quote: string; cite: string }
  /** The reading taken where the document was ambiguous. */
  | { kind: 'reading'; text: string };

/** A part of the rule book that a practice lead checks and signs off. */
export interface RuleBookSection {
  id: string;
  title: string;
  blocks: RuleBookBlock[];
}

export interface RuleBook {
  title: string;
  /** What the book is of: the rule set's id, version and period. */
  summary: string;
  sections: RuleBookSection[];
}

/** A golden case with the file it was read from. */
export interface GoldenCaseFile {
  file: string;
  goldenCase: GoldenCase;
}

const period = (from: string | undefined, to: string | undefined): string =>
  (from === undefined ? '' : `in force from ${formatDate(from)}${to === undefined ? '' : ` to ${formatDate(to)}`}`);

function citeOf(ruleSet: RuleSet, c: Citation): string {
  const source = ruleSet.sources.find((s) => s.id === c.source);
  return `${source ? `${source.title}${source.edition ? ` (${source.edition})` : ''}` : c.source}, ${c.section}${c.lines ? `, ${sourceLines(c.lines)}` : ''}`;
}

function matchInWords(ruleSet: RuleSet, match: EventMatch): string {
  const where = Object.entries(match.where ?? {}).map(([name, values]) => `${name} ${values.map(String).join(' or ')}`);
  return `${eventName(ruleSet, match.event)}${where.length > 0 ? ` (${where.join('; ')})` : ''}`;
}

/** The golden cases that exercise a rule, as a list block, or nothing. */
function casesBlock(cases: readonly GoldenCaseFile[], exercises: (c: GoldenCase) => boolean): RuleBookBlock[] {
  const titles = cases.filter((c) => exercises(c.goldenCase)).map((c) => `${c.goldenCase.title} (${c.file})`);
  return titles.length === 0 ? [] : [{ kind: 'paragraph', text: 'Golden cases that exercise it:' }, { kind: 'list', ordered: false, items: titles }];
}

const reading = (notes: string | undefined): RuleBookBlock[] => (notes === undefined ? [] : [{ kind: 'reading', text: notes }]);

function editions(ruleSet: RuleSet): RuleBookSection {
  return {
    id: 'editions', title: 'Editions and sources',
    blocks: [
      { kind: 'paragraph', text: `${ruleSet.name} (${ruleSet.authority}), rule set ${ruleSet.id} version ${ruleSet.version}, ${period(ruleSet.effectiveFrom, ruleSet.effectiveTo)}. `
        + (ruleSet.extends.length > 0 ? `It builds on ${ruleSet.extends.join(', then ')}.` : 'It builds on no other rule set.') },
      { kind: 'table', caption: 'Editions: the periods over which the same rules are in force', head: ['from', 'to', 'thresholds', 'timescales', 'routes'],
        rows: ruleSetEditions(ruleSet).map((e) => [formatDate(e.from), e.to === null ? '–' : formatDate(e.to),
          String(e.inForce.thresholds.length), String(e.inForce.timescales.length), String(e.inForce.pathways.length)]) },
      { kind: 'table', caption: 'The documents the rules cite', head: ['id', 'title', 'publisher', 'year', 'edition', 'published'],
        rows: ruleSet.sources.map((s) => [s.id, s.title, s.publisher, String(s.year), s.edition ?? '', s.published ? formatDate(s.published) : '']) },
      ...ruleSet.sources.flatMap((s): RuleBookBlock[] => (s.notes === undefined ? [] : [{ kind: 'reading', text: `${s.title}: ${s.notes}` }])),
    ],
  };
}

function levels(ruleSet: RuleSet): RuleBookSection {
  return {
    id: 'levels', title: 'Levels of need',
    blocks: ruleSet.levels.flatMap((l): RuleBookBlock[] => [
      { kind: 'heading', text: `Level ${l.level}: ${l.name}` },
      { kind: 'paragraph', text: l.description },
      { kind: 'list', ordered: false, items: [
        l.earlyHelp ? 'Early help (not statutory)' : 'Not early help',
        `Statutory duties: ${l.statutory.length === 0 ? 'none' : l.statutory.join(', ')}`,
        ...[['Lead', l.lead], ['Assessment', l.assessment], ['Meeting', l.meeting], ['Plan', l.plan]]
          .filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`),
      ] },
      { kind: 'quote', quote: l.citation.quote, cite: citeOf(ruleSet, l.citation) },
      ...reading(l.notes),
    ]),
  };
}

function thresholds(ruleSet: RuleSet, cases: readonly GoldenCaseFile[]): RuleBookSection {
  const grids = ruleSetEditions(ruleSet).filter((e, i, all) => i === 0
    || JSON.stringify(e.inForce.thresholds.map((t) => t.id)) !== JSON.stringify(all[i - 1]?.inForce.thresholds.map((t) => t.id)));
  return {
    id: 'thresholds', title: 'Thresholds: the need profile against the level',
    blocks: [
      { kind: 'paragraph', text: 'Every need profile (section 47, section 17, the agencies needed and how complex the needs are) against the level the thresholds give it, and the threshold that gives it. Where several thresholds hold, the highest level is taken.' },
      ...grids.map((edition): RuleBookBlock => {
        const grid = needProfileGrid(edition.inForce);
        return { kind: 'table', caption: `Level by need profile, ${period(edition.from, edition.to ?? undefined)}`,
          head: ['section 47', 'section 17', 'agencies', ...grid.complexity.map((c) => `complexity: ${c}`)],
          rows: grid.rows.map((r) => [r.section47, r.section17, r.agencies,
            ...r.cells.map((c) => (c.level === null ? 'none' : `${c.level} (${c.rule})`))]) };
      }),
      ...ruleSet.thresholds.flatMap((t): RuleBookBlock[] => [
        { kind: 'heading', text: `Level ${t.level}: ${t.id}` },
        { kind: 'paragraph', text: `${t.reason} When: ${conditionInWords(t.conditions)}.` },
        { kind: 'quote', quote: t.citation.quote, cite: citeOf(ruleSet, t.citation) },
        ...reading(t.notes),
        ...casesBlock(cases, (c) => c.expected.level.rule === t.id),
      ]),
    ],
  };
}

/**
 * A timescale in plain words.
 * @example "within 15 working days of Decision to convene a Family Action Meeting; met by Family Action Meeting (kind initial)"
 */
function timescaleInWords(ruleSet: RuleSet, t: RuleSet['timescales'][number]): string {
  const counting = t.unit !== 'working-days' ? ''
    : t.counting === 'start-included' ? ', counting that day as day 1' : ', not counting that day';
  const parts = [`Within ${amountInWords(t.amount, t.unit)} of ${matchInWords(ruleSet, t.start)}${counting}; met by ${matchInWords(ruleSet, t.end)}.`];
  if (t.levels) parts.push(`Applies at level${t.levels.length === 1 ? '' : 's'} ${t.levels.join(', ')}.`);
  if (t.appliesWhen) parts.push(`Only when ${conditionInWords(t.appliesWhen)}.`);
  if (t.repeat) parts.push(`Then again within ${amountInWords(t.repeat.amount, t.repeat.unit)} of each time it is met.`);
  if (t.roll === 'forward') parts.push('A due date on a weekend or bank holiday moves to the next working day.');
  const held = period(t.effectiveFrom, t.effectiveTo);
  if (held !== '') parts.push(`${held[0]?.toUpperCase()}${held.slice(1)}.`);
  return parts.join(' ');
}

function timescales(ruleSet: RuleSet, cases: readonly GoldenCaseFile[]): RuleBookSection {
  return {
    id: 'timescales', title: 'Timescales',
    blocks: ruleSet.timescales.flatMap((t): RuleBookBlock[] => [
      { kind: 'heading', text: t.title },
      { kind: 'paragraph', text: timescaleInWords(ruleSet, t) },
      { kind: 'quote', quote: t.citation.quote, cite: citeOf(ruleSet, t.citation) },
      ...(t.repeat ? [{ kind: 'quote', quote: t.repeat.citation.quote, cite: citeOf(ruleSet, t.repeat.citation) } as const] : []),
      ...reading(t.notes),
      ...reading(t.repeat?.notes),
      ...casesBlock(cases, (c) => c.expected.deadlines.some((d) => d.id.split('#')[0] === t.id)),
    ]),
  };
}

function routes(ruleSet: RuleSet, cases: readonly GoldenCaseFile[]): RuleBookSection {
  const contact = (id: string | undefined): string => {
    const c = ruleSet.contacts.find((x) => x.id === id);
    return c ? ` Contact: ${c.name}${c.phone ? `, ${c.phone}` : ''}${c.email ? `, ${c.email}` : ''}.` : '';
  };
  const timescale = (id: string | undefined): string => {
    const t = ruleSet.timescales.find((x) => x.id === id);
    return t ? ` Starts the timescale: ${t.title}.` : '';
  };
  return {
    id: 'routes', title: 'Routes: stepping up, stepping down and closing',
    blocks: [
      ...ruleSet.pathways.flatMap((p): RuleBookBlock[] => [
        { kind: 'heading', text: p.title },
        { kind: 'paragraph', text: `${p.direction} from level ${p.from.join(' or ')} to level ${p.to.join(' or ')}`
          + `${p.lead ? `, when the lead is ${p.lead.join(' or ')}` : ''}${p.when ? `, when ${conditionInWords(p.when)}` : ''}. ${period(p.effectiveFrom, p.effectiveTo)}.` },
        { kind: 'list', ordered: true, items: p.actions.map((a) => `${a.text}${contact(a.contact)}${timescale(a.timescale)}`) },
        { kind: 'quote', quote: p.citation.quote, cite: citeOf(ruleSet, p.citation) },
        ...reading(p.notes),
        ...casesBlock(cases, (c) => c.expected.recommendation.pathway === p.id),
      ]),
      { kind: 'heading', text: 'Contacts' },
      ...ruleSet.contacts.flatMap((c): RuleBookBlock[] => [
        { kind: 'paragraph', text: `${c.name}${c.phone ? `: ${c.phone}` : ''}${c.email ? `${c.phone ? ',' : ':'} ${c.email}` : ''}` },
        { kind: 'quote', quote: c.citation.quote, cite: citeOf(ruleSet, c.citation) },
        ...reading(c.notes),
      ]),
    ],
  };
}

function vocabulary(ruleSet: RuleSet): RuleBookSection {
  const terms = [...Object.entries(ruleSet.vocabulary.events), ...Object.entries(ruleSet.vocabulary.roles)];
  return {
    id: 'vocabulary', title: 'Local words',
    blocks: [
      { kind: 'table', caption: 'The shared vocabulary in this authority’s words', head: ['shared term', 'local term'],
        rows: terms.map(([name, term]) => [name, term?.term ?? '']) },
      ...terms.flatMap(([name, term]): RuleBookBlock[] => (term?.citation ? [{ kind: 'quote', quote: term.citation.quote, cite: `${name}: ${citeOf(ruleSet, term.citation)}` }] : [])),
    ],
  };
}

function goldenCases(cases: readonly GoldenCaseFile[]): RuleBookSection {
  return {
    id: 'golden-cases', title: 'Golden cases',
    blocks: cases.length === 0 ? [{ kind: 'paragraph', text: 'No golden cases were given.' }] : [
      { kind: 'paragraph', text: 'Cases worked out by hand from the documents; `early-help-rules test` checks the rules give exactly these results.' },
      { kind: 'table', caption: 'Golden cases and what they expect', head: ['file', 'case', 'as of', 'level', 'deadlines', 'recommendation'],
        rows: cases.map(({ file, goldenCase: g }) => [file, g.title, formatDate(g.asOf), g.expected.level.assessed === null ? 'none' : String(g.expected.level.assessed),
          String(g.expected.deadlines.length), `${g.expected.recommendation.action} to level ${g.expected.recommendation.to}`]) },
    ],
  };
}

/**
 * A rule set as a practice lead reads it to sign it off: editions and sources, levels, the
 * need profile grid and thresholds, every timescale in plain words with its quote, routes and
 * contacts, local words, the readings taken, and the golden cases beside the rules they exercise.
 */
export function ruleBook(ruleSet: RuleSet, cases: readonly GoldenCaseFile[] = []): RuleBook {
  const sections = [editions(ruleSet), levels(ruleSet), thresholds(ruleSet, cases), timescales(ruleSet, cases), routes(ruleSet, cases),
    vocabulary(ruleSet)];
  if (ruleSet.notes.length > 0) sections.push({ id: 'readings', title: 'Readings taken across the rule set', blocks: ruleSet.notes.map((text) => ({ kind: 'reading', text })) });
  sections.push(goldenCases(cases));
  return { title: `Rule book: ${ruleSet.name}`, summary: `${ruleSet.id} ${ruleSet.version}, ${period(ruleSet.effectiveFrom, ruleSet.effectiveTo)}`, sections };
}

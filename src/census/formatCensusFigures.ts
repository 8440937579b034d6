import { formatDate } from '../calendar/formatDate.js';
import { DURATION_BANDS, type CensusFigures } from './censusFigures.js';

const BAND_HEADINGS: Record<(typeof DURATION_BANDS)[number], string> = {
  sameDay: 'same day', '1-10': '1–10', '11-20': '11–20', '21-30': '21–30', '31-40': '31–40', '41-45': '41–45',
  '46-50': '46–50', '51-60': '51–60', '61+': '61+',
};

const RULES = [
  ['8670Q', 'assessment not authorised, started over 45 working days before'],
  ['8675Q', 'section 47 enquiry, no initial conference, over 15 working days'],
  ['8569Q', 'NFA referral before the collection start less 1 working day'],
] as const;

const list = (ids: readonly string[]): string => (ids.length === 0 ? 'none' : ids.join(', '));
const value = (x: number | null, unit = ''): string => (x === null ? '–' : `${x}${unit}`);

/** Aligned columns, for the terminal. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd());
}

/** A census return's figures as a council's analyst reads them in a terminal. */
export function formatCensusFigures(f: CensusFigures): string {
  const d = f.assessmentDuration;
  const completed = DURATION_BANDS.reduce((sum, b) => sum + d[b], 0);
  return [
    `CIN census return · authority ${f.authority ?? 'not given'} · reference date ${formatDate(f.referenceDate)} · ${f.episodes} episode${f.episodes === 1 ? '' : 's'} evaluated`,
    '',
    'Completed assessments by duration (DfE table C2: working days from start to authorisation, same day = 0)',
    ...table([[...DURATION_BANDS.map((b) => BAND_HEADINGS[b]), 'total'], [...DURATION_BANDS.map((b) => String(d[b])), String(completed)]]),
    `  25th percentile ${value(d.p25)}, median ${value(d.median)}, 75th percentile ${value(d.p75)} working days (linear interpolation); within 45 working days: ${value(d.within45, '%')}`,
    '',
    `Initial child protection conferences within 15 working days of the section 47 start: ${f.initialConferences.met} of ${f.initialConferences.total}`,
    `  late: ${list(f.initialConferences.late)}`,
    `Child protection review conferences on time: ${f.reviewConferences.onTime} of ${f.reviewConferences.total}`,
    `  late: ${list(f.reviewConferences.late)}`,
    '',
    'What the DfE validator will query (dfe-census counting), beside the statutory reading (start excluded)',
    ...table([['rule', 'query', 'DfE validator', 'statutory reading'],
      ...RULES.map(([rule, what]) => [rule, what, list(f.validatorQueries[rule]), list(f.statutoryReading[rule])])]),
  ].join('\n');
}

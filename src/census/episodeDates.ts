import { toDayNumber } from '../calendar/dayNumber.js';
import type { CensusEpisode, CensusFields } from './censusReturn.js';

/** An episode's dates as day numbers, checked: what the case record and the figures are built from. */
export interface EpisodeDates {
  /** `LAchildID/CINreferralDate`. */
  id: string;
  childId: string;
  line: number;
  referral: number;
  /** `ReferralNFA`: null when not recorded. */
  noFurtherAction: boolean | null;
  closure: number | null;
  /** The episode's own `DateOfInitialCPC`. */
  initialConference: number | null;
  assessments: { start: number; authorised: number | null }[];
  enquiries: { start: number; conference: number | null; conferenceNotRequired: boolean }[];
  plans: { start: number; end: number | null; reviews: number[] }[];
}

/** Why an episode cannot be read: the element (with its place, e.g. `Assessments[2]/AssessmentActualStartDate`) and the problem. */
export interface EpisodeProblem {
  element: string;
  message: string;
}

export type EpisodeReading = { success: true; dates: EpisodeDates } | { success: false; id: string; problems: EpisodeProblem[] };

/**
 * Checks an episode's dates and booleans and turns them into day numbers. Every problem is
 * listed by element; an episode with any problem is not read at all, rather than read in part.
 * An absent or empty element is a fact not known or not yet happened (an open assessment has
 * no authorisation date), except those an episode cannot do without: the referral date, and the
 * start of each assessment, section 47 enquiry and child protection plan.
 *
 * @example episodeDates(episode) // { success: true, dates: { id: 'C1/2024-06-03', referral: 19877, … } }
 */
export function episodeDates(episode: CensusEpisode): EpisodeReading {
  const problems: EpisodeProblem[] = [];
  const date = (fields: CensusFields, name: string, where: string, required: boolean): number | null => {
    const text = fields[name] ?? '';
    if (text === '') {
      if (required) problems.push({ element: `${where}${name}`, message: 'missing' });
      return null;
    }
    try {
      return toDayNumber(text);
    } catch (error) {
      problems.push({ element: `${where}${name}`, message: (error as Error).message });
      return null;
    }
  };
  const flag = (fields: CensusFields, name: string, where: string): boolean | null => {
    const text = fields[name] ?? '';
    if (text === '') return null;
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    problems.push({ element: `${where}${name}`, message: `"${text}" is not true, false, 1 or 0` });
    return null;
  };
  const notBefore = (later: number | null, earlier: number | null, element: string, what: string): void => {
    if (later !== null && earlier !== null && later < earlier) problems.push({ element, message: `before ${what}` });
  };

  const { fields } = episode;
  const referral = date(fields, 'CINreferralDate', '', true);
  const noFurtherAction = flag(fields, 'ReferralNFA', '');
  const closure = date(fields, 'CINclosureDate', '', false);
  notBefore(closure, referral, 'CINclosureDate', 'the referral (CINreferralDate)');
  const initialConference = date(fields, 'DateOfInitialCPC', '', false);
  const assessments = episode.assessments.map((a, i) => {
    const where = `Assessments[${i + 1}]/`;
    const start = date(a, 'AssessmentActualStartDate', where, true);
    const authorised = date(a, 'AssessmentAuthorisationDate', where, false);
    notBefore(authorised, start, `${where}AssessmentAuthorisationDate`, 'the assessment\'s start (AssessmentActualStartDate)');
    return { start: start ?? 0, authorised };
  });
  const enquiries = episode.section47.map((s, i) => {
    const where = `Section47[${i + 1}]/`;
    const start = date(s, 'S47ActualStartDate', where, true);
    const conference = date(s, 'DateOfInitialCPC', where, false);
    notBefore(conference, start, `${where}DateOfInitialCPC`, 'the enquiry\'s start (S47ActualStartDate)');
    return { start: start ?? 0, conference, conferenceNotRequired: flag(s, 'ICPCnotRequired', where) === true };
  });
  const plans = episode.protectionPlans.map((p, i) => {
    const where = `ChildProtectionPlans[${i + 1}]/`;
    const start = date(p.fields, 'CPPstartDate', where, true);
    const end = date(p.fields, 'CPPendDate', where, false);
    notBefore(end, start, `${where}CPPendDate`, 'the plan\'s start (CPPstartDate)');
    const reviews = p.reviews.map((text, r) => {
      const name = `CPPreviewDate[${r + 1}]`;
      return date({ [name]: text }, name, `${where}Reviews/`, true) ?? 0;
    });
    return { start: start ?? 0, end, reviews };
  });

  const id = `${episode.childId}/${fields.CINreferralDate ?? ''}`;
  if (episode.childId === '') problems.unshift({ element: 'LAchildID', message: 'missing: the episode cannot be named' });
  if (problems.length > 0 || referral === null) return { success: false, id, problems };
  return { success: true, dates: { id, childId: episode.childId, line: episode.line, referral, noFurtherAction, closure,
    initialConference, assessments, enquiries, plans } };
}

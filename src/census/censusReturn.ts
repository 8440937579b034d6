/**
 * A children-in-need census return as read: only the elements the national timescales need
 * (and the child's LAchildID to name the episode), as the text the file holds. Nothing else
 * of the child (UPN, birth date, ethnicity, disabilities) is kept.
 */

/** The return's header: `CollectionDetails` and the authority's code. */
export interface CensusHeader {
  /** `ReferenceDate`, the last day of the collection year (31 March), as written. */
  referenceDate: string | null;
  /** `LEA`, the authority's three-digit code. */
  authority: string | null;
}

/** The text of each element of a group, by element name (e.g. `AssessmentActualStartDate`). */
export type CensusFields = Readonly<Record<string, string>>;

/** A child protection plan: its own elements, and each `CPPreviewDate` in `Reviews`. */
export interface CensusProtectionPlan {
  fields: CensusFields;
  reviews: readonly string[];
}

/** One `CINdetails` element: an episode of need, a referral and what followed. */
export interface CensusEpisode {
  /** `LAchildID` of the child it belongs to. */
  childId: string;
  /** The line of the file its `CINdetails` element opens on. */
  line: number;
  /** Its own elements: `CINreferralDate`, `ReferralNFA`, `CINclosureDate`, `DateOfInitialCPC`, … */
  fields: CensusFields;
  assessments: readonly CensusFields[];
  section47: readonly CensusFields[];
  protectionPlans: readonly CensusProtectionPlan[];
}

/** The elements of an episode kept, for each group; every other element is skipped unread. */
export const CENSUS_ELEMENTS = {
  CINdetails: ['CINreferralDate', 'ReferralNFA', 'CINclosureDate', 'DateOfInitialCPC'],
  Assessments: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  Section47: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  ChildProtectionPlans: ['CPPstartDate', 'CPPendDate'],
} as const satisfies Record<string, readonly string[]>;

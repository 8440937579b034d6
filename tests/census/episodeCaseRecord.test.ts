/**
 * Census fragments, one element at a time (with absences), to the case records they give.
 * Returns are fed in chunks of 7 bytes, so an element's text is often split across chunks.
 */
import { describe, expect, it } from 'vitest';
import { readCensusReturn, type CensusItem } from '../../src/census/readCensusReturn.js';
import { episodeCaseRecord } from '../../src/census/episodeCaseRecord.js';
import { episodeDates } from '../../src/census/episodeDates.js';
import { CensusFormatError } from '../../src/census/censusFormatError.js';
import { censusReturn, child, chunksOf } from './censusFragments.js';

async function items(xml: string): Promise<CensusItem[]> {
  const out: CensusItem[] = [];
  for await (const item of readCensusReturn(chunksOf(xml))) out.push(item);
  return out;
}

/** The case record of the one episode in a return made of this episode. */
async function recordOf(episode: string): Promise<unknown> {
  const found = (await items(censusReturn(child('C1', episode)))).filter((i) => 'episode' in i);
  expect(found).toHaveLength(1);
  const reading = episodeDates((found[0] as { episode: Parameters<typeof episodeDates>[0] }).episode);
  if (!reading.success) throw new Error(JSON.stringify(reading.problems));
  return episodeCaseRecord(reading.dates);
}

async function problemsOf(episode: string): Promise<unknown> {
  const found = (await items(censusReturn(child('C1', episode)))).filter((i) => 'episode' in i);
  const reading = episodeDates((found[0] as { episode: Parameters<typeof episodeDates>[0] }).episode);
  return reading.success ? [] : reading.problems;
}

const referral = '<CINreferralDate>2024-06-03</CINreferralDate>';

describe('the header', () => {
  it('gives the reference date and the authority, before the first episode', async () => {
    const all = await items(censusReturn(child('C1', referral), '2025-03-31'));
    expect(all[0]).toEqual({ header: { referenceDate: '2025-03-31', authority: '999' } });
    expect(all[1]).toMatchObject({ episode: { childId: 'C1', fields: { CINreferralDate: '2024-06-03' } } });
  });

  it('keeps nothing of the child but its LAchildID (no UPN, no birth date)', async () => {
    const all = await items(censusReturn(child('C1', referral)));
    expect(JSON.stringify(all)).not.toContain('A1');
  });
});

describe('one element at a time', () => {
  it('a referral alone: referral-received, id LAchildID/CINreferralDate, national rules', async () => {
    expect(await recordOf(referral)).toEqual({ id: 'C1/2024-06-03', authority: 'england',
      events: [{ type: 'referral-received', on: '2024-06-03' }] });
  });

  it('ReferralNFA true (or 1): a no-further-action decision dated on the referral date; false or absent: none', async () => {
    const nfa = { type: 'referral-decision', outcome: 'no-further-action', on: '2024-06-03' };
    expect(await recordOf(`${referral}<ReferralNFA>true</ReferralNFA>`)).toMatchObject({ events: [{ type: 'referral-received' }, nfa] });
    expect(await recordOf(`${referral}<ReferralNFA>1</ReferralNFA>`)).toMatchObject({ events: [{ type: 'referral-received' }, nfa] });
    expect(await recordOf(`${referral}<ReferralNFA>false</ReferralNFA>`)).toMatchObject({ events: [{ type: 'referral-received' }] });
    expect(await recordOf(`${referral}<ReferralNFA/>`)).toMatchObject({ events: [{ type: 'referral-received' }] });
  });

  it('an assessment: started and, once authorised, completed, both child-and-family', async () => {
    expect(await recordOf(`${referral}<Assessments><AssessmentActualStartDate>2024-06-05</AssessmentActualStartDate>`
      + '<AssessmentAuthorisationDate>2024-07-10</AssessmentAuthorisationDate></Assessments>')).toMatchObject({ events: [
      { type: 'referral-received' },
      { type: 'assessment-started', kind: 'child-and-family', on: '2024-06-05' },
      { type: 'assessment-completed', kind: 'child-and-family', on: '2024-07-10' }] });
    // Still open: no authorisation date, so no completion.
    expect(await recordOf(`${referral}<Assessments><AssessmentActualStartDate>2024-06-05</AssessmentActualStartDate>`
      + '<AssessmentAuthorisationDate></AssessmentAuthorisationDate></Assessments>')).toMatchObject({ events: [
      { type: 'referral-received' }, { type: 'assessment-started', on: '2024-06-05' }] });
  });

  it('a section 47 enquiry: the strategy discussion that began it; with its initial conference (no plan that day)', async () => {
    expect(await recordOf(`${referral}<Section47><S47ActualStartDate>2024-06-04</S47ActualStartDate>`
      + '<InitialCPCtarget>2024-06-25</InitialCPCtarget><DateOfInitialCPC>2024-06-20</DateOfInitialCPC>'
      + '<ICPCnotRequired>false</ICPCnotRequired></Section47>')).toMatchObject({ events: [
      { type: 'referral-received' },
      { type: 'strategy-discussion', section47: true, on: '2024-06-04' },
      { type: 'child-protection-conference', kind: 'initial', outcome: 'no-plan', on: '2024-06-20' }] });
  });

  it('ICPCnotRequired true: the enquiry concluded with no conference needed, dated on its start', async () => {
    expect(await recordOf(`${referral}<Section47><S47ActualStartDate>2024-06-04</S47ActualStartDate>`
      + '<ICPCnotRequired>true</ICPCnotRequired></Section47>')).toMatchObject({ events: [
      { type: 'referral-received' },
      { type: 'strategy-discussion', section47: true, on: '2024-06-04' },
      { type: 'section-47-concluded', conferenceRequired: false, on: '2024-06-04' }] });
  });

  it('an initial conference that starts a plan, its reviews and its end; the episode’s own DateOfInitialCPC is the same conference', async () => {
    expect(await recordOf(`${referral}<DateOfInitialCPC>2024-06-20</DateOfInitialCPC>`
      + '<Section47><S47ActualStartDate>2024-06-04</S47ActualStartDate><DateOfInitialCPC>2024-06-20</DateOfInitialCPC></Section47>'
      + '<ChildProtectionPlans><CPPstartDate>2024-06-20</CPPstartDate><CPPendDate>2025-01-15</CPPendDate>'
      + '<Reviews><CPPreviewDate>2024-09-12</CPPreviewDate><CPPreviewDate>2025-01-15</CPPreviewDate></Reviews></ChildProtectionPlans>'))
      .toEqual({ id: 'C1/2024-06-03', authority: 'england', events: [
        { type: 'referral-received', on: '2024-06-03' },
        { type: 'strategy-discussion', section47: true, on: '2024-06-04' },
        { type: 'child-protection-conference', kind: 'initial', outcome: 'plan', on: '2024-06-20' },
        { type: 'child-protection-conference', kind: 'review', on: '2024-09-12' },
        { type: 'child-protection-conference', kind: 'review', on: '2025-01-15' },
        { type: 'child-protection-plan-ended', on: '2025-01-15' }] });
  });

  it('a plan with no initial conference that day starts on its own date', async () => {
    expect(await recordOf(`${referral}<ChildProtectionPlans><CPPstartDate>2024-07-01</CPPstartDate></ChildProtectionPlans>`))
      .toMatchObject({ events: [{ type: 'referral-received' }, { type: 'child-protection-plan-started', on: '2024-07-01' }] });
  });

  it('the closure is the last event of its day; CIN plan dates are not read', async () => {
    expect(await recordOf('<CINreferralDate>2024-06-03</CINreferralDate><CINclosureDate>2024-06-03</CINclosureDate>'
      + '<ReferralNFA>true</ReferralNFA><CINPlanDates><CINPlanStartDate>2024-06-03</CINPlanStartDate></CINPlanDates>'))
      .toMatchObject({ events: [{ type: 'referral-received' }, { type: 'referral-decision' }, { type: 'closed', on: '2024-06-03' }] });
  });

  it('reads elements with a namespace prefix and in CDATA', async () => {
    const xml = censusReturn(child('C1', referral)).replace(/<(\/?)(\w+)/g, '<$1cin:$2').replace('<cin:Message>', '<cin:Message xmlns:cin="urn:x">')
      .replace('2024-06-03', '<![CDATA[2024-06-03]]>');
    const all = await items(xml);
    expect(all[1]).toMatchObject({ episode: { childId: 'C1', fields: { CINreferralDate: '2024-06-03' } } });
  });
});

describe('what cannot be read is named by element', () => {
  it('an impossible date', async () => {
    expect(await problemsOf(`${referral}<Assessments><AssessmentActualStartDate>2024-02-30</AssessmentActualStartDate></Assessments>`))
      .toEqual([{ element: 'Assessments[1]/AssessmentActualStartDate', message: expect.stringContaining('2024-02-30') }]);
  });

  it('a missing referral date, a missing start, a bad boolean, a review date that is no date, an end before a start', async () => {
    expect(await problemsOf('<ReferralNFA>yes</ReferralNFA><Section47><ICPCnotRequired>false</ICPCnotRequired></Section47>'
      + '<ChildProtectionPlans><CPPstartDate>2024-07-01</CPPstartDate><CPPendDate>2024-06-01</CPPendDate>'
      + '<Reviews><CPPreviewDate>soon</CPPreviewDate></Reviews></ChildProtectionPlans>')).toEqual([
      { element: 'CINreferralDate', message: 'missing' },
      { element: 'ReferralNFA', message: '"yes" is not true, false, 1 or 0' },
      { element: 'Section47[1]/S47ActualStartDate', message: 'missing' },
      { element: 'ChildProtectionPlans[1]/CPPendDate', message: 'before the plan\'s start (CPPstartDate)' },
      { element: 'ChildProtectionPlans[1]/Reviews/CPPreviewDate[1]', message: expect.stringContaining('soon') },
    ]);
  });

  it('a file that is not well-formed: the line and column', async () => {
    const xml = '<Message>\n  <Header>\n    <CollectionDetails></Header>\n</Message>';
    await expect(items(xml)).rejects.toThrow(CensusFormatError);
    await expect(items(xml)).rejects.toMatchObject({ line: 3, column: 33 });
  });

  it('a file that is not a census return', async () => {
    await expect(items('<html><body/></html>')).rejects.toThrow('not a CIN census return: the root element is <html>, not <Message>');
  });
});

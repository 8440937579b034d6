import { SaxesParser } from 'saxes';
import { CENSUS_ELEMENTS, type CensusEpisode, type CensusHeader } from './censusReturn.js';
import { CensusFormatError } from './censusFormatError.js';

/** What a census return yields, in file order: its header once (when `Children` opens), then each episode. */
export type CensusItem = { header: CensusHeader } | { episode: CensusEpisode };

type Fields = Record<string, string>;
interface Episode { line: number; fields: Fields; assessments: Fields[]; section47: Fields[]; protectionPlans: { fields: Fields; reviews: string[] }[] }

const GROUPS: Readonly<Record<string, readonly string[]>> = CENSUS_ELEMENTS;

/** An element's name without a namespace prefix: returns are written with and without one. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Reads a CIN census return in one streaming pass: the header, then each `CINdetails` episode
 * with the `LAchildID` of its child, as soon as the child's element closes. Only one child is
 * held at a time, so memory stays flat however large the file; every element the national
 * timescales do not use is skipped.
 *
 * @example for await (const item of readCensusReturn(createReadStream('return.xml'))) if ('episode' in item) …
 * @throws CensusFormatError with the line and column where the file stops being well-formed XML,
 *   or when it is not a census return (its root element is not `Message`).
 */
export async function* readCensusReturn(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CensusItem> {
  const parser = new SaxesParser({ position: true });
  const queue: CensusItem[] = [];
  const stack: string[] = [];
  const header: CensusHeader = { referenceDate: null, authority: null };
  let headerSent = false;
  let text: string | null = null; // the text of a kept element while it is open, else null
  let childId = '';
  let episodes: Episode[] = [];
  let episode: Episode | undefined;
  let group: Fields | undefined; // the open Assessments / Section47 / ChildProtectionPlans element's fields
  let plan: { fields: Fields; reviews: string[] } | undefined;

  const fail = (problem: string): never => {
    throw new CensusFormatError(parser.line, parser.column + 1, problem);
  };
  parser.on('error', (error) => fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const parent = stack.at(-1);
    stack.push(name);
    if (parent === undefined && name !== 'Message') fail(`not a CIN census return: the root element is <${name}>, not <Message>`);
    if (name === 'Children' && parent === 'Message' && !headerSent) { headerSent = true; queue.push({ header: { ...header } }); }
    else if (name === 'Child') { childId = ''; episodes = []; }
    else if (name === 'CINdetails' && parent === 'Child') {
      episode = { line: parser.line, fields: {}, assessments: [], section47: [], protectionPlans: [] };
      episodes.push(episode);
    } else if (parent === 'CINdetails' && episode && (name === 'Assessments' || name === 'Section47')) {
      group = {};
      (name === 'Assessments' ? episode.assessments : episode.section47).push(group);
    } else if (parent === 'CINdetails' && episode && name === 'ChildProtectionPlans') {
      plan = { fields: {}, reviews: [] };
      group = plan.fields;
      episode.protectionPlans.push(plan);
    }
    const kept = (parent !== undefined && GROUPS[parent]?.includes(name))
      || (name === 'CPPreviewDate' && parent === 'Reviews') || (name === 'LAchildID' && parent === 'ChildIdentifiers')
      || (name === 'ReferenceDate' && parent === 'CollectionDetails') || (name === 'LEA' && parent === 'Source');
    text = kept ? '' : null;
  });
  parser.on('text', (chunk) => { if (text !== null) text += chunk; });
  parser.on('cdata', (chunk) => { if (text !== null) text += chunk; });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    stack.pop();
    const parent = stack.at(-1);
    if (text !== null) {
      const value = text.trim();
      text = null;
      if (name === 'LAchildID') childId = value;
      else if (name === 'ReferenceDate') header.referenceDate = value;
      else if (name === 'LEA') header.authority = value;
      else if (name === 'CPPreviewDate') plan?.reviews.push(value);
      else if (parent === 'CINdetails') { if (episode) episode.fields[name] = value; }
      else if (group) group[name] = value;
      return;
    }
    if (name === 'Assessments' || name === 'Section47' || name === 'ChildProtectionPlans') { group = undefined; plan = undefined; }
    else if (name === 'CINdetails') episode = undefined;
    else if (name === 'Child') {
      for (const e of episodes) queue.push({ episode: { childId, ...e } });
      episodes = [];
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk: Uint8Array | string, last: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      return fail('the file is not UTF-8 text');
    }
  };
  for await (const chunk of chunks) {
    parser.write(decode(chunk, false));
    yield* queue.splice(0);
  }
  parser.write(decode(new Uint8Array(0), true));
  parser.close();
  if (!headerSent) queue.push({ header: { ...header } }); // a return with no Children element
  yield* queue.splice(0);
}

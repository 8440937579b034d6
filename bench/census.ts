// Census: `early-help-rules census` over a generated 200 MB CIN census return, episodes per
// second and peak memory, beside a baseline that streams the same file through the XML parser
// alone (saxes, counting elements, no mapping or evaluation), in the same run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSpeedRow, perSecond, times } from './speedTable.js';

const TARGET_BYTES = 200 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'ehr-census-bench-'));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const peak = join(dir, 'peak.cjs');
createWriteStream(peak).end("process.on('exit', () => require('fs').writeSync(2, `\\npeak ${process.resourceUsage().maxRSS}\\n`));\n");
const baseline = join(dir, 'baseline.cjs');
createWriteStream(baseline).end(`const { SaxesParser } = require(${JSON.stringify(createRequire(import.meta.url).resolve('saxes'))});
const { createReadStream } = require('node:fs');
(async () => {
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => { elements += 1; });
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(process.argv[2])) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  process.stdout.write(String(elements));
})();
`);

const day = (n: number): string => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** A synthetic child, its episodes varied by its number: assessments, enquiries, plans with reviews. */
function generatedChild(i: number): { xml: string; episodes: number } {
  const episodes = 1 + (i % 3 === 0 ? 1 : 0);
  let xml = `<Child><ChildIdentifiers><LAchildID>G${i}</LAchildID><UPN>A${String(i).padStart(12, '0')}</UPN>`
    + `<PersonBirthDate>${day(-3000 - (i % 5000))}</PersonBirthDate><Sex>${1 + (i % 2)}</Sex></ChildIdentifiers>`
    + '<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>';
  for (let e = 0; e < episodes; e += 1) {
    const referral = 300 + ((i * 7 + e * 131) % 420);
    const start = referral + (i % 5);
    const open = i % 11 === 0;
    xml += `<CINdetails><CINreferralDate>${day(referral)}</CINreferralDate><ReferralSource>1A</ReferralSource>`
      + `<PrimaryNeedCode>N${1 + (i % 9)}</PrimaryNeedCode><ReferralNFA>${i % 17 === 0 ? 'true' : 'false'}</ReferralNFA>`
      + `<Assessments><AssessmentActualStartDate>${day(start)}</AssessmentActualStartDate>`
      + `<AssessmentAuthorisationDate>${open ? '' : day(start + (i % 90))}</AssessmentAuthorisationDate>`
      + '<FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>';
    if (i % 4 === 0) {
      const s47 = start + 2;
      const icpc = s47 + 10 + (i % 15);
      xml += `<Section47><S47ActualStartDate>${day(s47)}</S47ActualStartDate><InitialCPCtarget>${day(s47 + 21)}</InitialCPCtarget>`
        + `<DateOfInitialCPC>${i % 8 === 0 ? day(icpc) : ''}</DateOfInitialCPC><ICPCnotRequired>${i % 12 === 0 ? 'true' : 'false'}</ICPCnotRequired></Section47>`;
      if (i % 8 === 0) {
        xml += `<ChildProtectionPlans><CPPstartDate>${day(icpc)}</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>`
          + `<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>`
          + `<Reviews><CPPreviewDate>${day(icpc + 85 + (i % 10))}</CPPreviewDate></Reviews></ChildProtectionPlans>`;
      }
    }
    xml += '</CINdetails>';
  }
  return { xml: `${xml}</Child>\n`, episodes };
}

async function generate(): Promise<{ path: string; episodes: number }> {
  const path = join(dir, 'census-return.xml');
  const out = createWriteStream(path);
  let bytes = 0;
  let episodes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += text.length;
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails><Collection>CIN</Collection>'
    + '<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>'
    + '<LEA>999</LEA></Source></Header><Children>\n');
  for (let i = 0; bytes < TARGET_BYTES; i += 1) {
    const child = generatedChild(i);
    episodes += child.episodes;
    await write(child.xml);
  }
  await write('</Children></Message>\n');
  out.end();
  await once(out, 'finish');
  return { path, episodes };
}

/** Runs one case: its episodes per second, wall time and peak memory, printed and returned. */
function timed(name: string, episodes: number, args: string[]): { rate: number; seconds: number; mib: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', peak, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${name} failed: ${run.stderr}`);
  const kib = Number(/peak (\d+)/.exec(run.stderr)?.[1]);
  const result = { rate: episodes / seconds, seconds, mib: Math.round(kib / 1024) };
  console.log(`  ${name.padEnd(44)} ${Math.round(result.rate).toLocaleString('en-GB').padStart(9)} episodes/s  ${seconds.toFixed(1).padStart(6)} s  peak ${result.mib} MiB`);
  return result;
}

const { path, episodes } = await generate();
console.log(`\ncensus over a generated return of ${episodes.toLocaleString('en-GB')} episodes (${Math.round(statSync(path).size / 1e6)} MB)`);
const parser = timed('baseline: the XML parser alone (saxes)', episodes, [baseline, path]);
const figures = timed('census --json', episodes, [bin, 'census', path, '--json']);
const cases = timed('census --json --cases cases.jsonl', episodes, [bin, 'census', path, '--json', '--cases', join(dir, 'cases.jsonl')]);
const mb = Math.round(statSync(path).size / 1e6);
addSpeedRow({
  what: `\`census\` over a generated ${mb} MB return (${episodes.toLocaleString('en-GB')} episodes), \`--json\` / with \`--cases\`, one run each`,
  figure: `${perSecond(figures.rate)} / ${perSecond(cases.rate)} episodes/s (${figures.seconds.toFixed(0)} s / ${cases.seconds.toFixed(0)} s): `
    + `${times(figures.rate / parser.rate)} / ${times(cases.rate / parser.rate)}, peak ${figures.mib} / ${cases.mib} MiB: the return is never held whole`,
  baseline: `the XML parser alone (saxes, counting elements): ${perSecond(parser.rate)} episodes/s (${parser.seconds.toFixed(1)} s), ${parser.mib} MiB`,
  target: '–',
});
rmSync(dir, { recursive: true, force: true });

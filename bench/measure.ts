/**
 * A small, honest benchmark harness: each case runs in the same process and the same run as
 * its baseline, after a warm-up. The cases take turns over several rounds, so that a slow
 * moment of the machine falls on all of them, and each reports its median round.
 */
export interface BenchCase {
  name: string;
  fn: (i: number) => unknown;
}

export interface CompareOptions {
  /** Rounds each case runs; the median is reported. */
  rounds?: number;
  /** Wall time of one round of one case. */
  seconds?: number;
}

let sink: unknown;

/** Runs `fn(i)` repeatedly for about `seconds` and returns operations per second. */
function round(fn: (i: number) => unknown, seconds: number, first: number): number {
  let ops = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 1000; i += 1) sink = fn(first + ops + i);
    ops += 1000;
  }
  return ops / (Number(process.hrtime.bigint() - start) / 1e9);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Measures the cases in turns and prints a table: each case's median operations per second,
 * its ratio to the first case (the baseline), and the spread of its rounds. Returns the medians,
 * in the order of the cases, for a ratio between two cases that are not the baseline.
 */
export function compare(title: string, cases: readonly BenchCase[], { rounds = 5, seconds = 0.4 }: CompareOptions = {}): number[] {
  for (const { fn } of cases) for (let i = 0; i < 2000; i += 1) sink = fn(i);
  const results = cases.map(() => [] as number[]);
  for (let r = 0; r < rounds; r += 1) {
    cases.forEach(({ fn }, c) => results[c]?.push(round(fn, seconds, r * 1_000_000)));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const medians = results.map(median);
  const baseline = medians[0] ?? 1;
  console.log(`\n${title} (median of ${rounds} rounds)`);
  const width = Math.max(...cases.map((c) => c.name.length));
  cases.forEach((c, i) => {
    const ops = medians[i] as number;
    const runs = results[i] as number[];
    const spread = (Math.max(...runs) - Math.min(...runs)) / ops / 2;
    console.log(`  ${c.name.padEnd(width)}  ${Math.round(ops).toLocaleString('en-GB').padStart(13)} ops/s  ±${(spread * 100).toFixed(0).padStart(2)}%  ${(ops / baseline).toFixed(2)}× baseline`);
  });
  return medians;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

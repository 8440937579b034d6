/**
 * A small, honest benchmark harness: each case runs in the same process and the same run as
 * its baseline, after a warm-up, for a fixed wall time, and reports operations per second.
 */
export interface Measurement {
  name: string;
  opsPerSecond: number;
}

/** Runs `fn(i)` repeatedly for about `seconds` after a warm-up and returns operations per second. */
export function measure(name: string, fn: (i: number) => unknown, { seconds = 1, batch = 1 } = {}): Measurement {
  let sink: unknown;
  for (let i = 0; i < 2000; i += 1) sink = fn(i);
  let ops = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 1000; i += 1) sink = fn(ops + i);
    ops += 1000;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === Symbol.for('never')) console.log(sink);
  return { name, opsPerSecond: (ops * batch) / elapsed };
}

/** Prints measurements as a table, each with its ratio to the first (the baseline). */
export function report(title: string, measurements: readonly Measurement[]): void {
  const [baseline] = measurements;
  console.log(`\n${title}`);
  const width = Math.max(...measurements.map((m) => m.name.length));
  for (const m of measurements) {
    const ratio = baseline ? m.opsPerSecond / baseline.opsPerSecond : 1;
    console.log(`  ${m.name.padEnd(width)}  ${Math.round(m.opsPerSecond).toLocaleString('en-GB').padStart(13)} ops/s  ${ratio.toFixed(2)}× baseline`);
  }
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

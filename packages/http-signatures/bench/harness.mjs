// A small interleaved benchmark harness: every case runs for `slice` ms per round, rounds
// alternate between cases (so machine load drifts hit them alike), and the median ops/s of the
// rounds is reported.

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function runFor(fn, milliseconds) {
  let ops = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (let i = 0; i < 16; i++) await fn();
    ops += 16;
    elapsed = now() - start;
  }
  return (ops * 1000) / elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {Record<string, () => unknown>} cases
 * @param {{ rounds?: number, slice?: number, warmup?: number }} options
 * @returns {Promise<Record<string, number>>} median ops/s per case
 */
export async function measure(cases, { rounds = 7, slice = 250, warmup = 300 } = {}) {
  const names = Object.keys(cases);
  for (const name of names) await runFor(cases[name], warmup);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names)
      samples[name].push(await runFor(cases[name], slice));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

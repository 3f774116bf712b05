// Interleaved measurement for the signature benchmark: every case runs for `slice` ms per round,
// rounds alternate between cases, and the median of the rounds is reported both as operations
// per second (wall clock) and as CPU microseconds per operation. CPU time is what the target is
// judged on: on a shared machine it moves far less with load than wall time, and it is the cost a
// busy server pays (WebCrypto's thread-pool work included: process.cpuUsage counts every thread).

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function runFor(fn, milliseconds) {
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (let i = 0; i < 4; i++) await fn();
    ops += 4;
    elapsed = now() - start;
  }
  const used = process.cpuUsage(cpu);
  return { opsPerSecond: (ops * 1000) / elapsed, cpuMicroseconds: (used.user + used.system) / ops };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {Record<string, () => Promise<unknown>>} cases
 * @param {{ rounds: number, slice: number, warmup: number }} settings
 * @returns {Promise<Record<string, { opsPerSecond: number, cpuMicroseconds: number }>>}
 */
export async function measure(cases, { rounds, slice, warmup }) {
  const names = Object.keys(cases);
  for (const name of names) await runFor(cases[name], warmup);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names)
      samples[name].push(await runFor(cases[name], slice));
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        opsPerSecond: median(samples[name].map((sample) => sample.opsPerSecond)),
        cpuMicroseconds: median(samples[name].map((sample) => sample.cpuMicroseconds)),
      },
    ]),
  );
}

// `pnpm bench`: documents per second to read the vendored real-world corpus, in one process:
// JSON.parse alone (the floor), JSON.parse + normalize, and JSON.parse + jsonld.js compact with a
// preloaded document loader (the bundled contexts from memory, processed once and kept by
// jsonld.js, as a server that preloads its contexts would run it). Rounds interleave the cases
// (so machine load drifts hit them alike); each figure is the median of the rounds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { bundledContexts, getBundledContext, normalize } from "../dist/index.js";

const activityStreams = "https://www.w3.org/ns/activitystreams";
const fixtures = join(import.meta.dirname, "..", "test", "data", "fixtures");
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const slice = Number(process.env.BENCH_SLICE_MS ?? 400);

function corpusTexts() {
  const texts = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) {
        const text = readFileSync(path, "utf8");
        try {
          const value = JSON.parse(text);
          if (typeof value === "object" && value !== null && !Array.isArray(value)) texts.push(text);
        } catch {
          // Not JSON (a few fixtures are other formats).
        }
      }
    }
  };
  walk(fixtures);
  return texts;
}

// jsonld.js reads each bundled context once from memory; `static` lets it keep the processed
// context for every later call, so the comparison measures compaction, not context loading.
const documentLoader = async (url) => {
  const document = getBundledContext(url);
  if (document === undefined) throw new Error(`not bundled: ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document), tag: "static" };
};
const compactOptions = { documentLoader, base: null, expandContext: activityStreams };

const all = corpusTexts();
const known = [];
const others = [];
for (const text of all) {
  const result = await normalize(JSON.parse(text));
  if (!result.ok) continue;
  if (result.value.path === "fast") known.push(text);
  else others.push(text);
}
// Only documents jsonld.js compacts offline (every context bundled) are compared with it.
const comparable = [];
for (const text of known) {
  try {
    await jsonld.compact(JSON.parse(text), activityStreams, compactOptions);
    comparable.push(text);
  } catch {
    // A context jsonld.js refuses: not a like-for-like comparison.
  }
}

let sink = 0;
const cases = {
  "JSON.parse (floor)": async (texts) => {
    for (const text of texts) sink += JSON.parse(text) === null ? 0 : 1;
  },
  "JSON.parse + normalize": async (texts) => {
    for (const text of texts) sink += (await normalize(JSON.parse(text))).ok ? 1 : 0;
  },
  "JSON.parse + jsonld.js compact (preloaded loader)": async (texts) => {
    for (const text of texts) {
      const compacted = await jsonld.compact(JSON.parse(text), activityStreams, compactOptions);
      sink += compacted === null ? 0 : 1;
    }
  },
};

// Wall-clock time by default; BENCH_CLOCK=cpu measures the process's CPU time instead, which
// holds steadier on a machine shared with other work (it counts V8's helper threads too).
const cpuClock = process.env.BENCH_CLOCK === "cpu";
const now = cpuClock
  ? () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    }
  : () => Number(process.hrtime.bigint()) / 1e6;

async function docsPerSecond(run, texts, milliseconds) {
  let documents = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    await run(texts);
    documents += texts.length;
    elapsed = now() - start;
  }
  return (documents * 1000) / elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Each slice starts on a collected heap (node --expose-gc), so that no case pays for the garbage
// of the one before it (jsonld.js leaves much).
const collect = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

async function measure(texts, names) {
  for (const name of names) await docsPerSecond(cases[name], texts, slice);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 1 ? [...names].reverse() : names) {
      collect();
      samples[name].push(await docsPerSecond(cases[name], texts, slice));
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

const names = Object.keys(cases);
const onKnown = await measure(comparable, names);
const [floorName, normalizeName, compactName] = names;
const wholeCorpus = await measure([...known, ...others], [floorName, normalizeName]);

const format = (value) => Math.round(value).toLocaleString("en-US");
const micro = (value) => (1e6 / value).toFixed(1);
console.log(`@fedikit/jsonld normalize — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `corpus: ${all.length} vendored documents; ${known.length} take the fast path, ${others.length} jsonld.js; ` +
    `${comparable.length} of the fast ones are compared with jsonld.js compact (all their contexts bundled: ${bundledContexts.length} contexts)`,
);
console.log(
  `median of ${rounds} interleaved rounds of ${slice} ms (${cpuClock ? "CPU time" : "wall clock"}) per case\n`,
);
console.log("| case (known-context documents) | docs/s | µs/doc | vs floor |");
console.log("|---|---:|---:|---:|");
for (const name of names) {
  const ratio = onKnown[floorName] / onKnown[name];
  console.log(`| ${name} | ${format(onKnown[name])} | ${micro(onKnown[name])} | ${ratio.toFixed(2)}× |`);
}
const vsFloor = onKnown[floorName] / onKnown[normalizeName];
const vsCompact = onKnown[normalizeName] / onKnown[compactName];
console.log(
  `\nJSON.parse + normalize is ${vsCompact.toFixed(0)}× faster than JSON.parse + jsonld.js compact (target ≥ 50×).`,
);
console.log(`JSON.parse + normalize is ${vsFloor.toFixed(2)}× the time of JSON.parse alone (target ≤ 3×).`);
console.log(
  `\nwhole corpus (${known.length + others.length} documents, ${others.length} of them through jsonld.js): ` +
    `JSON.parse ${format(wholeCorpus[floorName])} docs/s, JSON.parse + normalize ${format(wholeCorpus[normalizeName])} docs/s ` +
    `(${(wholeCorpus[floorName] / wholeCorpus[normalizeName]).toFixed(1)}×)`,
);
if (sink < 0) console.log(sink);

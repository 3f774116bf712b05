// `pnpm bench`: documents per second to parse and validate the real-world corpus, beside
// JSON.parse alone (the floor) in this process and Fedify 2.3.6's fromJsonLd in its own process.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parse } from "../src/index.js";
import { loadCorpus, median } from "./corpus.mjs";

const corpus = loadCorpus();
const fedifyOutput = execFileSync(process.execPath, [join(import.meta.dirname, "fedify.mjs"), "8"], {
  encoding: "utf8",
});
const fedify = JSON.parse(fedifyOutput) as { accepted: number[]; docsPerSecond: number };
const texts = fedify.accepted.map((index) => corpus[index]!.text);
for (const text of texts) {
  const result = parse(JSON.parse(text));
  if (!result.ok) throw new Error(`The corpus must parse: ${result.error.message}`);
  // A document with warnings would be measured on the repair path, not the common one.
  if (result.warnings.length > 0) throw new Error("The corpus must parse without warnings.");
}

let sink = 0;
function floorPass(): void {
  for (const text of texts) sink += (JSON.parse(text) as object) === null ? 0 : 1;
}
function vocabPass(): void {
  for (const text of texts) sink += parse(JSON.parse(text)).ok ? 1 : 0;
}
function timeRound(pass: () => void, repeat: number): number {
  const start = performance.now();
  for (let index = 0; index < repeat; index++) pass();
  return (texts.length * repeat) / ((performance.now() - start) / 1000);
}

const repeat = 20;
const floorRates: number[] = [];
const vocabRates: number[] = [];
for (let round = 0; round < 25; round++) {
  const floor = timeRound(floorPass, repeat);
  const vocab = timeRound(vocabPass, repeat);
  if (round >= 5) {
    floorRates.push(floor);
    vocabRates.push(vocab);
  }
}
const floor = median(floorRates);
const vocab = median(vocabRates);
const format = (value: number): string => Math.round(value).toLocaleString("en-US");
console.log(
  `corpus: ${texts.length} documents (of ${corpus.length}; the rest use contexts Fedify does not preload)`,
);
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log("| case | docs/s | vs floor |");
console.log("|---|---:|---:|");
console.log(`| floor: JSON.parse | ${format(floor)} | 1 |`);
console.log(
  `| JSON.parse + @fedikit/vocab parse | ${format(vocab)} | ${(floor / vocab).toFixed(2)}× slower |`,
);
console.log(
  `| JSON.parse + Fedify Object.fromJsonLd (own process) | ${format(fedify.docsPerSecond)} | ${(floor / fedify.docsPerSecond).toFixed(0)}× slower |`,
);
console.log(
  `@fedikit/vocab is ${(vocab / fedify.docsPerSecond).toFixed(0)}× faster than Fedify (target ≥ 20×).`,
);
console.log(`@fedikit/vocab is within ${(floor / vocab).toFixed(2)}× of JSON.parse (target ≤ 3×).`);
if (sink < 0) console.log(sink);

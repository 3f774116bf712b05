// Fedify's fromJsonLd over the corpus, in its own process: importing Fedify replaces global
// functions (JSON.stringify, Array.prototype.push) with slower polyfills, which would slow down
// anything else measured in the same process. Contexts come from Fedify's preloaded set; a
// document whose context is not preloaded fails and is left out (the parent measures the same set).
import { Object as ActivityObject } from "@fedify/vocab";
import { preloadedContexts } from "@fedify/vocab-runtime";
import { loadCorpus, median } from "./corpus.mjs";

const documentLoader = async (url) => {
  const document = preloadedContexts[url];
  if (document === undefined) throw new Error(`Context not preloaded: ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};
const options = { documentLoader, contextLoader: documentLoader };
const corpus = loadCorpus();
const accepted = [];
for (const [index, { text }] of corpus.entries()) {
  try {
    await ActivityObject.fromJsonLd(JSON.parse(text), options);
    accepted.push(index);
  } catch {
    // Not readable by Fedify offline; excluded from every row.
  }
}
const texts = accepted.map((index) => corpus[index].text);
const rounds = Number(process.argv[2] ?? 8);
const rates = [];
for (let round = 0; round < rounds + 2; round++) {
  const start = performance.now();
  for (const text of texts) await ActivityObject.fromJsonLd(JSON.parse(text), options);
  const seconds = (performance.now() - start) / 1000;
  if (round >= 2) rates.push(texts.length / seconds);
}
process.stdout.write(JSON.stringify({ accepted, docsPerSecond: median(rates) }));

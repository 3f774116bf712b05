// The benchmark corpus: every vendored fixture that is an ActivityStreams document, as JSON text.
// Documents stored without @context (Lemmy strips it from its test assets) get the ActivityStreams
// and security contexts, so that Fedify, which needs one, can read them; every case gets the same text.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dataDir = join(import.meta.dirname, "..", "test", "data");
const defaultContext = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"];

export function loadCorpus() {
  const expected = JSON.parse(readFileSync(join(dataDir, "expected.json"), "utf8"));
  const documents = [];
  for (const entry of expected) {
    if (!("type" in entry) || entry.note !== undefined) continue;
    const json = JSON.parse(readFileSync(join(dataDir, "fixtures", entry.file), "utf8"));
    if (json["@context"] === undefined) json["@context"] = defaultContext;
    documents.push({ file: entry.file, text: JSON.stringify(json) });
  }
  return documents;
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Writes the coverage table of docs/vocabulary.md (what the schema models beside Fedify's
// vocabulary); with `--check`, only fails when it is stale. It imports @fedify/vocab, which
// replaces globals on Node 20: it runs in a process of its own.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSchema } from "../src/index.js";
import {
  coverageSection,
  coverageTable,
  loadFedifyVocabulary,
  withCoverageSection,
} from "../test/fedify-vocabulary.js";

const guide = join(import.meta.dirname, "..", "..", "..", "docs", "vocabulary.md");
const text = readFileSync(guide, "utf8");
const table = coverageTable(defaultSchema(), await loadFedifyVocabulary());
if (process.argv.includes("--check")) {
  if (coverageSection(text) !== table) {
    console.error(
      "The coverage table of docs/vocabulary.md is stale.\nRun `pnpm --filter @fedikit/vocab generate:coverage`.",
    );
    process.exit(1);
  }
  console.log("The coverage table is up to date.");
} else {
  writeFileSync(guide, withCoverageSection(text, table));
  console.log("Coverage table written.");
}

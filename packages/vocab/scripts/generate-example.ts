// Regenerates the extension guide's worked example (test/extension/forgefed.generated.ts) with
// the same generator users run; the extension test fails when it is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateExtensionModule } from "../src/codegen/index.js";
import { forgefed } from "../test/extension/forgefed.js";

export function forgefedModule(): string {
  return generateExtensionModule({
    vocabularies: [{ definition: forgefed, exportName: "forgefed" }],
    vocabularyModule: "./forgefed.js",
    schemaFunctionName: "forgefedSchema",
    runtimeModule: "../../src/index.js",
  });
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(
    join(import.meta.dirname, "..", "test", "extension", "forgefed.generated.ts"),
    forgefedModule(),
  );
}

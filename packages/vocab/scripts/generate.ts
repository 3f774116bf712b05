// Writes the generated sources of the package from its vocabulary schema; with `--check`, only
// compares and fails when a generated file is missing or stale (CI runs it in build and typecheck).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateBuiltInModules } from "../src/codegen/index.js";

const outputDir = join(import.meta.dirname, "..", "src", "generated");
const check = process.argv.includes("--check");
const stale: string[] = [];
for (const file of generateBuiltInModules()) {
  const target = join(outputDir, file.path);
  let current: string | undefined;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === file.content) continue;
  if (check) stale.push(file.path);
  else writeFileSync(target, file.content);
}
if (stale.length > 0) {
  console.error(
    `Generated sources are stale: ${stale.join(", ")}.\nRun \`pnpm --filter @fedikit/vocab generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log(check ? "Generated sources are up to date." : "Generated sources written.");

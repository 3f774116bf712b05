import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Stryker } from "@stryker-mutator/core";
import { repositoryPath, repositoryRoot } from "../lib/workspace.js";
import { type MutationModule, mutationModules } from "./mutation-modules.js";

/**
 * Mutation testing of the security-critical modules (`mutation-modules.ts`) with StrykerJS and
 * its vitest runner, one Stryker run per package, and the score of each module against its floor.
 *
 *   pnpm mutation            every module in the table
 *   pnpm mutation --fast     only the rows marked `fast` (what .ci/run runs)
 *   pnpm mutation fetch      only the modules of one package folder
 *
 * Stryker mutates the files in place (a copied sandbox would lose pnpm's per-package
 * `node_modules` links); this script keeps a copy of each file and writes it back when Stryker
 * ends, fails or is interrupted.
 */

type StrykerOptions = NonNullable<ConstructorParameters<typeof Stryker>[0]>;
type MutantResult = Awaited<ReturnType<Stryker["runMutationTest"]>>[number];
/** Stryker's log levels are an enum of these strings. */
const logLevel = (level: "off" | "warn" | "info") => level as StrykerOptions["logLevel"];

const scoredStatuses = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const detectedStatuses = new Set(["Killed", "Timeout"]);

/** Killed and timed-out mutants over all valid mutants, in percent (Stryker's mutation score). */
export function mutationScore(results: readonly Pick<MutantResult, "status">[]): {
  score: number;
  detected: number;
  valid: number;
} {
  const valid = results.filter((result) => scoredStatuses.has(result.status)).length;
  const detected = results.filter((result) => detectedStatuses.has(result.status)).length;
  return { score: valid === 0 ? 100 : (100 * detected) / valid, detected, valid };
}

function absolute(module: MutationModule): string {
  return join(repositoryRoot, "packages", module.packageFolder, "src", module.file);
}

async function runPackage(folder: string, modules: readonly MutationModule[], reportDir: string) {
  const files = modules.map(absolute);
  const originals = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
  const restore = () => {
    for (const [file, text] of originals) if (readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const stryker = new Stryker({
      testRunner: "vitest",
      plugins: ["@stryker-mutator/vitest-runner"],
      vitest: {
        configFile: join(repositoryRoot, "vitest.config.ts"),
        dir: `packages/${folder}`,
        related: true,
      },
      mutate: files.map((file) => repositoryPath(file)),
      inPlace: true,
      // vitest does not type-check, so Stryker need not add `// @ts-nocheck` to every file (in
      // place, that would touch the whole repository while it runs).
      disableTypeChecks: false,
      coverageAnalysis: "perTest",
      concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
      reporters: ["json", "clear-text", "progress-append-only"],
      jsonReporter: { fileName: join(reportDir, `${folder}.json`) },
      clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
      tempDirName: join(repositoryRoot, ".stryker-tmp"),
      cleanTempDir: "always",
      timeoutMS: 10_000,
      logLevel: logLevel(process.env.MUTATION_LOG_LEVEL === "info" ? "info" : "warn"),
      fileLogLevel: logLevel("off"),
    });
    return await stryker.runMutationTest();
  } finally {
    restore();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const fast = argv.includes("--fast");
  const folders = argv.filter((argument) => !argument.startsWith("--"));
  const selected = mutationModules.filter(
    (module) => (!fast || module.fast) && (folders.length === 0 || folders.includes(module.packageFolder)),
  );
  const missing = selected.filter((module) => !existsSync(absolute(module)));
  if (missing.length > 0) {
    for (const module of missing) {
      console.error(
        `${repositoryPath(absolute(module))} does not exist: update scripts/mutation/mutation-modules.ts`,
      );
    }
    return 1;
  }
  const reportDir = join(repositoryRoot, "reports", "mutation");
  mkdirSync(reportDir, { recursive: true });
  const rows: string[] = [];
  let failed = 0;
  for (const folder of [...new Set(selected.map((module) => module.packageFolder))]) {
    const modules = selected.filter((module) => module.packageFolder === folder);
    const started = performance.now();
    const results = await runPackage(folder, modules, reportDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    for (const module of modules) {
      const path = repositoryPath(absolute(module));
      const { score, detected, valid } = mutationScore(
        results.filter((result) => result.fileName.endsWith(path)),
      );
      const ok = score >= module.floor;
      if (!ok) failed++;
      rows.push(
        `${path.padEnd(54)} ${score.toFixed(2).padStart(6)} % (${detected}/${valid})  floor ${module.floor}  ${ok ? "ok" : "BELOW FLOOR"}  [${folder}: ${seconds} s]`,
      );
    }
  }
  console.log(`\nmutation scores\n${rows.join("\n")}`);
  if (failed > 0) {
    console.error(
      `\n${failed} module(s) below their mutation-score floor: add tests that kill the survivors.`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

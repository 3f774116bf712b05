import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Stryker } from "@stryker-mutator/core";
import { repositoryPath, repositoryRoot } from "../lib/workspace.js";
import { type MutationModule, mutationModules } from "./mutation-modules.js";

/**
 * Mutation testing of the security-critical modules (`mutation-modules.ts`) with StrykerJS and
 * its vitest runner, one Stryker run per module, each module's score against its floor.
 *
 *   pnpm mutation                    every module, with every test that reaches it
 *   pnpm mutation --fast             the rows with `fast`, against their own unit tests
 *   pnpm mutation --fast --ci        the fast rows marked `ci` (what .ci/run runs)
 *   pnpm mutation fetch              the modules of one package folder
 *   pnpm mutation ip-range.ts        one module
 *
 * Stryker mutates the file in place (a copied sandbox would lose pnpm's per-package
 * `node_modules` links): do not commit while it runs. This script keeps a copy of the file and
 * writes it back when Stryker ends, fails or is interrupted (Stryker restores it too).
 */

type StrykerOptions = NonNullable<ConstructorParameters<typeof Stryker>[0]>;
type MutantResult = Awaited<ReturnType<Stryker["runMutationTest"]>>[number];
/** Stryker's log levels are an enum of these strings. */
const logLevel = (level: "off" | "warn" | "info") => level as NonNullable<StrykerOptions["logLevel"]>;

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

async function mutate(module: MutationModule, tests: readonly string[] | undefined, report: string) {
  const file = absolute(module);
  const original = readFileSync(file, "utf8");
  const restore = () => {
    if (readFileSync(file, "utf8") !== original) writeFileSync(file, original);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const packageDir = `packages/${module.packageFolder}`;
  try {
    const stryker = new Stryker({
      testRunner: "vitest",
      plugins: ["@stryker-mutator/vitest-runner"],
      vitest: {
        configFile: join(repositoryRoot, "vitest.config.ts"),
        dir: packageDir,
        related: tests === undefined,
      },
      ...(tests === undefined ? {} : { testFiles: tests.map((glob) => `${packageDir}/${glob}`) }),
      mutate: [repositoryPath(file)],
      inPlace: true,
      // vitest does not type-check, so Stryker need not add `// @ts-nocheck` to every file (in
      // place, that would touch the whole repository while it runs).
      disableTypeChecks: false,
      coverageAnalysis: "perTest",
      concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
      reporters: ["json", "progress-append-only"],
      jsonReporter: { fileName: report },
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
  const ci = argv.includes("--ci");
  const filters = argv.filter((argument) => !argument.startsWith("--"));
  const selected = mutationModules.filter(
    (module) =>
      (!fast || module.fast !== undefined) &&
      (!ci || module.fast?.ci === true) &&
      (filters.length === 0 || filters.includes(module.packageFolder) || filters.includes(module.file)),
  );
  if (selected.length === 0) {
    console.error(`No row of scripts/mutation/mutation-modules.ts matches ${argv.join(" ")}.`);
    return 1;
  }
  const missing = selected.filter((module) => !existsSync(absolute(module)));
  for (const module of missing) {
    console.error(
      `${repositoryPath(absolute(module))} does not exist: update scripts/mutation/mutation-modules.ts`,
    );
  }
  if (missing.length > 0) return 1;
  const reportDir = join(repositoryRoot, "reports", "mutation");
  mkdirSync(reportDir, { recursive: true });
  const rows: string[] = [];
  let failed = 0;
  for (const module of selected) {
    const path = repositoryPath(absolute(module));
    const floor = fast ? module.fast!.floor : module.floor;
    const started = performance.now();
    const report = join(reportDir, `${path.replaceAll("/", "_")}${fast ? ".fast" : ""}.json`);
    const results = await mutate(module, fast ? module.fast!.tests : undefined, report);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const { score, detected, valid } = mutationScore(results);
    const ok = score >= floor;
    if (!ok) failed++;
    const row = `${path}  ${score.toFixed(2)} % (${detected}/${valid} mutants)  floor ${floor}  ${ok ? "ok" : "BELOW FLOOR"}  ${seconds} s`;
    console.log(`\n${row}\n`);
    rows.push(row);
  }
  console.log(`\nmutation scores${fast ? " (fast: own unit tests only)" : ""}\n${rows.join("\n")}`);
  if (failed > 0) {
    console.error(
      `\n${failed} module(s) below their mutation-score floor: add tests that kill the survivors.`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { publishedPackages, repositoryRoot } from "../lib/workspace.js";
import { type CoverageFloor, coverageFloors, defaultCoverageFloor } from "./coverage-floors.js";

/**
 * Applies the per-package coverage floors (`coverage-floors.ts`) to a coverage summary and prints
 * one table. `pnpm coverage` runs the tests with coverage first; `.ci/run` measures coverage
 * during its Node 20 test run and calls this with `--summary <dir>`.
 */

const metrics = ["lines", "branches", "functions", "statements"] as const;
type Metric = (typeof metrics)[number];

interface Counts {
  readonly total: number;
  readonly covered: number;
}
type FileSummary = Record<Metric, Counts>;

/** One package's percentages and whether each meets its floor. */
export interface PackageCoverage {
  readonly name: string;
  readonly percent: Record<Metric, number>;
  readonly floor: CoverageFloor;
  readonly failures: readonly Metric[];
}

/** Sums a vitest `coverage-summary.json` per published package and compares with the floors. */
export function coverageByPackage(summary: Record<string, FileSummary>): PackageCoverage[] {
  const results: PackageCoverage[] = [];
  for (const pkg of publishedPackages()) {
    const sums: Record<Metric, { total: number; covered: number }> = {
      lines: { total: 0, covered: 0 },
      branches: { total: 0, covered: 0 },
      functions: { total: 0, covered: 0 },
      statements: { total: 0, covered: 0 },
    };
    const prefix = `${join(pkg.dir, "src")}/`;
    for (const [file, fileSummary] of Object.entries(summary)) {
      if (!file.startsWith(prefix)) continue;
      for (const metric of metrics) {
        sums[metric].total += fileSummary[metric].total;
        sums[metric].covered += fileSummary[metric].covered;
      }
    }
    const percent = Object.fromEntries(
      metrics.map((metric) => [
        metric,
        sums[metric].total === 0 ? 100 : (100 * sums[metric].covered) / sums[metric].total,
      ]),
    ) as Record<Metric, number>;
    const floor = coverageFloors.get(pkg.name) ?? defaultCoverageFloor;
    const failures = metrics.filter((metric) => percent[metric] < floor[metric]);
    results.push({ name: pkg.name, percent, floor, failures });
  }
  return results;
}

function table(rows: readonly PackageCoverage[]): string {
  const header = ["package", ...metrics.map((metric) => `${metric} % (floor)`), "status"];
  const body = rows.map((row) => [
    row.name,
    ...metrics.map((metric) => `${row.percent[metric].toFixed(2)} (${row.floor[metric]})`),
    row.failures.length === 0 ? "ok" : `BELOW FLOOR: ${row.failures.join(", ")}`,
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((line) => line[column]!.length)),
  );
  const format = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  return [format(header), format(widths.map((width) => "-".repeat(width))), ...body.map(format)].join("\n");
}

function main(argv: readonly string[]): number {
  const summaryFlag = argv.indexOf("--summary");
  let directory: string;
  if (summaryFlag >= 0 && argv[summaryFlag + 1] !== undefined) {
    directory = argv[summaryFlag + 1]!;
  } else {
    directory = join(repositoryRoot, "coverage");
    rmSync(directory, { recursive: true, force: true });
    const run = spawnSync("npx", ["vitest", "run"], {
      cwd: repositoryRoot,
      stdio: "inherit",
      env: { ...process.env, FEDIKIT_COVERAGE_DIR: directory },
    });
    if (run.status !== 0) console.error("The tests failed; coverage below is from a failing run.");
  }
  const file = join(directory, "coverage-summary.json");
  if (!existsSync(file)) {
    console.error(`No coverage summary at ${file}: run the tests with FEDIKIT_COVERAGE_DIR=${directory}.`);
    return 1;
  }
  const rows = coverageByPackage(JSON.parse(readFileSync(file, "utf8")) as Record<string, FileSummary>);
  console.log(table(rows));
  const failing = rows.filter((row) => row.failures.length > 0);
  if (failing.length > 0) {
    console.error(
      `\nCoverage below the floor in ${failing.map((row) => row.name).join(", ")}: add tests ` +
        "(the floors are in scripts/coverage/coverage-floors.ts).",
    );
    return 1;
  }
  return 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));

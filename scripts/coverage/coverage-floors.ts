/**
 * Coverage floors, in percent, one row per published package: `pnpm coverage` and `.ci/run` fail
 * when a package drops below its row. The figures are the coverage measured on 2025-12-03
 * (before the package rewrites of issue 10), rounded down and less one point; raise a row when
 * a package's tests improve, never lower one to make a change pass.
 *
 * | package                  | lines | branches | functions | statements |  (measured)
 * | @fedikit/core            | 97.94 |   100.00 |     94.12 |      98.23 |
 * | @fedikit/fetch           | 94.90 |    91.21 |     88.76 |      92.91 |
 * | @fedikit/http-signatures | 97.57 |    92.90 |     98.39 |      95.34 |
 * | @fedikit/vocab           | 74.00 |    82.50 |     57.14 |      74.24 |
 * | @fedikit/webfinger       | 98.78 |    94.54 |     99.04 |      97.02 |
 */

/** Minimum coverage, in percent, for one package. */
export interface CoverageFloor {
  readonly lines: number;
  readonly branches: number;
  readonly functions: number;
  readonly statements: number;
}

/** A package that has no row yet (one just added) must reach this. */
export const defaultCoverageFloor: CoverageFloor = { lines: 90, branches: 85, functions: 90, statements: 90 };

// prettier-ignore
const rows: [name: string, lines: number, branches: number, functions: number, statements: number][] = [
  // package                    lines  branches  functions  statements
  ["@fedikit/core", 96, 99, 93, 97],
  ["@fedikit/fetch", 93, 90, 87, 91],
  ["@fedikit/http-signatures", 96, 91, 97, 94],
  ["@fedikit/vocab", 73, 81, 56, 73],
  ["@fedikit/webfinger", 97, 93, 98, 96],
];

/** The floors by package name. */
export const coverageFloors: ReadonlyMap<string, CoverageFloor> = new Map(
  rows.map(([name, lines, branches, functions, statements]) => [
    name,
    { lines, branches, functions, statements },
  ]),
);

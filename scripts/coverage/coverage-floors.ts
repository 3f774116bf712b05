/**
 * Coverage floors, in percent, one row per published package: `pnpm coverage` and `.ci/run` fail
 * when a package drops below its row. The figures are the coverage measured on 2026-12-03 after
 * the package rewrites of issue 10, rounded down and less one point; raise a row when a
 * package's tests improve, never lower one to make a change pass.
 *
 * | package                  | lines  | branches | functions | statements |  (measured)
 * | @fedikit/core            | 100.00 |   100.00 |    100.00 |     100.00 |
 * | @fedikit/fetch           |  98.57 |    95.06 |     92.23 |      97.24 |
 * | @fedikit/http-signatures |  97.40 |    92.61 |     98.04 |      95.72 |
 * | @fedikit/jsonld          |  96.50 |    87.17 |     96.18 |      92.84 |
 * | @fedikit/vocab           |  99.14 |    94.81 |     99.79 |      98.33 |
 * | @fedikit/webfinger       |  98.42 |    94.14 |     99.24 |      96.78 |
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
  ["@fedikit/core", 99, 99, 99, 99],
  ["@fedikit/fetch", 97, 94, 91, 96],
  ["@fedikit/http-signatures", 96, 91, 97, 94],
  ["@fedikit/jsonld", 95, 86, 95, 91],
  ["@fedikit/vocab", 98, 93, 98, 97],
  ["@fedikit/webfinger", 97, 93, 98, 95],
];

/** The floors by package name. */
export const coverageFloors: ReadonlyMap<string, CoverageFloor> = new Map(
  rows.map(([name, lines, branches, functions, statements]) => [
    name,
    { lines, branches, functions, statements },
  ]),
);

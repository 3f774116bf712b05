/**
 * The security-critical modules under mutation testing, each with its mutation-score floor in
 * percent: `pnpm mutation` fails when a module scores below its floor. A module is named by its
 * package folder and its path inside `src/`; when a file moves inside `src/` (webfinger's
 * `acct-uri.ts` to `acct/acct-uri.ts`), edit its row.
 *
 * The floors are the scores measured on 2025-12-03 (Node 20, StrykerJS 9.6), rounded down; the
 * package rewrites add tests, and the floors are raised when they land. `fast: true` marks the
 * modules `.ci/run` tests on every run (see CONTRIBUTING.md, "Mutation testing").
 */
export interface MutationModule {
  /** The package folder under `packages/`. */
  readonly packageFolder: string;
  /** The module's path inside the package's `src/`. */
  readonly file: string;
  /** Minimum mutation score, percent (killed and timed-out mutants over all valid mutants). */
  readonly floor: number;
  /** Part of the subset `.ci/run` runs on every CI run. */
  readonly fast: boolean;
}

// prettier-ignore
export const mutationModules: readonly MutationModule[] = [
  { packageFolder: "fetch", file: "guarded-lookup.ts", floor: 0, fast: false },
  { packageFolder: "fetch", file: "ip-address.ts", floor: 0, fast: false },
  { packageFolder: "fetch", file: "ip-range.ts", floor: 0, fast: false },
  { packageFolder: "fetch", file: "address-policy.ts", floor: 0, fast: false },
  { packageFolder: "fetch", file: "target-check.ts", floor: 0, fast: false },
  { packageFolder: "http-signatures", file: "shared/time-window.ts", floor: 0, fast: false },
  { packageFolder: "http-signatures", file: "draft/signature-header.ts", floor: 0, fast: false },
  { packageFolder: "webfinger", file: "acct-uri.ts", floor: 0, fast: false },
];

/**
 * The security-critical modules under mutation testing, one row each: `pnpm mutation` mutates
 * each module with StrykerJS and fails when its mutation score (killed and timed-out mutants over
 * all valid mutants, in percent) is below `floor`. Every test that reaches the module runs
 * against each mutant (vitest's related files), which is thorough and slow: see CONTRIBUTING.md,
 * "Mutation testing", for the time it takes.
 *
 * A row with `fast` is also part of `pnpm mutation --fast`: the module against its own unit
 * tests only (`fast.tests`, test files relative to the package), with its own floor, since fewer tests
 * kill fewer mutants. The fast rows with `ci: true` run on every CI run (`.ci/run` calls
 * `pnpm mutation --fast --ci`). Measured on the shared 2-core machine under heavy load:
 * address-policy 202 s, target-check 75 s, time-window 214 s, signature-header 235 s, acct-uri
 * 158 s; under the lighter load of a CI run 38, 19, 79, 72 and 58 s (4.5 min for all five). The
 * three marked `ci` keep .ci/run near 13 minutes on a loaded machine; marking the other two adds
 * about 2.5 minutes.
 *
 * A module is named by its package folder and its path inside `src/`; when a file moves (webfinger's
 * `acct-uri.ts` to `acct/acct-uri.ts`), edit its row. Never lower a floor to make a change pass.
 *
 * Full runs measured before the rewrites: guarded-lookup 45.10 % (51 mutants, 668 s), ip-address
 * 67.44 % (86, 1021 s), ip-range 93.94 % (66, 657 s). After the rewrites landed (2026-12-03,
 * `pnpm mutation --fast`, load 9–10): guarded-lookup 95.65 % (66/69, 153 s), ip-address 85.25 %
 * (52/61, 25 s), ip-range 89.58 % (43/48, 21 s), address-policy 66.67 % (110/165, 110 s),
 * target-check 100 % (63/63, 47 s), time-window 85.58 % (178/208, 104 s), signature-header
 * 80.12 % (274/342, 148 s), acct-uri 86.41 % (89/103, 120 s). Each floor is that fast score less
 * two or three points (timed-out mutants count as killed, as in Stryker's score, and a loaded
 * machine times out a few that an idle one would report as survivors; guarded-lookup, whose tests
 * wait on sockets, gets ten). A full run's tests include the module's own, so its `floor` is at
 * least the fast one (ip-range keeps its measured full score). Re-measure on an idle machine
 * before raising a floor.
 */
export interface MutationModule {
  /** The package folder under `packages/`. */
  readonly packageFolder: string;
  /** The module's path inside the package's `src/`. */
  readonly file: string;
  /** Minimum mutation score in percent, with every related test. */
  readonly floor: number;
  /** The module against its own unit tests only (`pnpm mutation --fast`). */
  readonly fast?: {
    readonly tests: readonly string[];
    /** Minimum mutation score in percent with those tests. */
    readonly floor: number;
    /** Part of `pnpm mutation --fast --ci`, which `.ci/run` runs on every CI run. */
    readonly ci: boolean;
  };
}

export const mutationModules: readonly MutationModule[] = [
  {
    packageFolder: "fetch",
    file: "guarded-lookup.ts",
    floor: 85,
    fast: { tests: ["src/guarded-lookup.test.ts"], floor: 85, ci: false },
  },
  {
    packageFolder: "fetch",
    file: "ip-address.ts",
    floor: 82,
    fast: { tests: ["src/ip-address.test.ts"], floor: 82, ci: false },
  },
  {
    packageFolder: "fetch",
    file: "ip-range.ts",
    floor: 93,
    fast: { tests: ["src/ip-range.test.ts"], floor: 87, ci: false },
  },
  {
    packageFolder: "fetch",
    file: "address-policy.ts",
    floor: 64,
    fast: { tests: ["src/address-policy.test.ts"], floor: 64, ci: true },
  },
  {
    packageFolder: "fetch",
    file: "target-check.ts",
    floor: 97,
    fast: { tests: ["src/target-check.test.ts"], floor: 97, ci: true },
  },
  {
    packageFolder: "http-signatures",
    file: "shared/time-window.ts",
    floor: 83,
    fast: { tests: ["src/shared/time-window.test.ts"], floor: 83, ci: true },
  },
  {
    packageFolder: "http-signatures",
    file: "draft/signature-header.ts",
    floor: 77,
    fast: { tests: ["src/draft/signature-header.test.ts"], floor: 77, ci: false },
  },
  {
    packageFolder: "webfinger",
    file: "acct/acct-uri.ts",
    floor: 84,
    fast: { tests: ["src/acct/acct-uri.test.ts"], floor: 84, ci: false },
  },
];

import type { OptionRule } from "./option-rules.js";

/**
 * Option fields that break docs/conventions.md today, each named by package, the interface that
 * declares it, and the rule. The package rewrites of issue 10 fix every one of them; when a fix
 * lands, `option-names.test.ts` fails with "fixed: delete these entries" until its line here is
 * deleted. Never add a line to make a new option pass: rename the option instead.
 */
export const knownOptionViolations: readonly {
  readonly package: string;
  readonly option: string;
  readonly rule: OptionRule;
}[] = [];

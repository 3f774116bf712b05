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
}[] = [
  // fetch: the body cap is `maxBytes` everywhere.
  { package: "@fedikit/fetch", option: "SafeFetchOptions.maxResponseBytes", rule: "forbidden-name" },
  // fetch: DNS resolution is `lookup`.
  { package: "@fedikit/fetch", option: "SafeFetchOptions.resolve", rule: "forbidden-name" },
  // http-signatures: `now` is a value (TimeInput) in verify options; it becomes `() => number`.
  { package: "@fedikit/http-signatures", option: "VerifyOptions.now", rule: "now-is-a-function" },
  // webfinger: plain http is `httpsOnly: false`, not `protocol: "http:"`.
  { package: "@fedikit/webfinger", option: "WebFingerClientOptions.protocol", rule: "forbidden-name" },
  // webfinger: the handler's callback gets a name that says what it finds (not `resolve`).
  { package: "@fedikit/webfinger", option: "WebFingerHandlerOptions.resolve", rule: "forbidden-name" },
];

import { failure, integerOption, success } from "@fedikit/core";
import { defaultSchema } from "./default-schema.js";
import { documentError, type ParseIssue, type ParseResult, type VocabularyErrorCode } from "./errors.js";
import { applyRepairs, type Repair } from "./repair.js";
import type { Schema } from "./schema.js";
import { Validator } from "./validate.js";

/** Bounds and strictness of a parse. */
export interface ParseOptions {
  /**
   * How deep objects and arrays may nest; deeper documents (and in-memory cycles) are rejected.
   * @defaultValue 64
   */
  readonly maxDepth?: number;
  /**
   * How many values one array may hold.
   * @defaultValue 10000
   */
  readonly maxArrayLength?: number;
  /**
   * How many objects and arrays one document may hold, counted as they are walked. JSON text
   * within the other bounds stays far below it; it stops in-memory graphs whose shared
   * sub-objects would be walked once per path (exponentially many).
   * @defaultValue 1000000
   */
  readonly maxNodes?: number;
  /**
   * How many issues to collect before giving up (and, separately, how many
   * `unnormalized_property` remarks to report; later ones are not reported).
   * @defaultValue 100
   */
  readonly maxIssues?: number;
  /**
   * Whether the root must carry a `type`. Without one, FEP-2277 duck typing classifies it.
   * @defaultValue `false`
   */
  readonly requireType?: boolean;
  /**
   * Whether a value that does not fit its property rejects the whole document.
   *
   * By default (`false`) the parse is liberal, as fediverse servers are with each other: such a
   * value (`"discoverable": "true"`, a date that is not a date, an embedded object of a type the
   * property does not take, a bad language-map entry) is dropped, a functional property given
   * several values keeps the first, each is reported in the `warnings` of the
   * {@link ParseResult}, and the rest of the document is accepted. Problems with the root itself (not an object, a bad `id`
   * or `type`, the wrong type) and unsafe input (forbidden keys, depth, cycles, array bounds,
   * values JSON cannot hold) always reject. With `true`, every problem rejects; the
   * `unnormalized_property` remarks stay warnings either way.
   * @defaultValue `false`
   */
  readonly strict?: boolean;
  /**
   * The schema to validate against; pass {@link extendSchema}'s result for your own vocabulary.
   * @defaultValue {@link defaultSchema}()
   */
  readonly schema?: Schema;
}

type RejectingIssue = ParseIssue & { readonly code: VocabularyErrorCode };

/**
 * Validates a document in compact JSON against the schema, requiring its root to be of the type
 * named by `term` (or a subtype; an untyped root is validated as that type when its documents
 * may omit `type`, and classified by FEP-2277 duck typing otherwise). Never throws for the
 * document: problems come back as a {@link VocabularyError} with the path of each.
 *
 * The value returned on success is the input itself, typed: nothing is copied, unknown
 * properties stay as they are. When values were dropped (see {@link ParseOptions.strict}), it is
 * a copy without them and the input is left as it was.
 *
 * @throws RangeError or TypeError naming the option when a bound in `options` is not a positive
 *   integer (a programmer's mistake, not the document's).
 */
export function parseAs<T>(
  term: string | undefined,
  json: unknown,
  options: ParseOptions = {},
): ParseResult<T> {
  const limits = {
    maxDepth: integerOption(options.maxDepth, "maxDepth", 64, 1),
    maxArrayLength: integerOption(options.maxArrayLength, "maxArrayLength", 10_000, 0),
    maxNodes: integerOption(options.maxNodes, "maxNodes", 1_000_000, 1),
    maxIssues: integerOption(options.maxIssues, "maxIssues", 100, 1),
  };
  const schema = options.schema ?? defaultSchema();
  const expected = term === undefined ? undefined : schema.type(term);
  if (term !== undefined && expected === undefined) {
    const issue: RejectingIssue = {
      code: "unknown_type",
      path: [],
      pointer: "",
      message: `The schema has no type ${term}.`,
    };
    return failure(documentError([issue], issue));
  }
  const { issues, repairs, notices } = new Validator(schema, limits).run(json, {
    type: expected,
    requireType: options.requireType ?? false,
  });
  if (issues.length === 0) return success(json as T, notices);
  const deciding = options.strict === true ? 0 : repairs.indexOf(undefined);
  if (deciding >= 0) return failure(documentError(issues, issues[deciding] as RejectingIssue));
  const warnings = notices.length === 0 ? issues : [...issues, ...notices];
  return success(applyRepairs(json, repairs as Repair[]) as T, warnings);
}

/**
 * Parses JSON text, then validates it like {@link parseAs}. Never throws for the text: text that
 * is not JSON gives an `invalid_json` issue.
 *
 * @throws RangeError or TypeError naming the option, as {@link parseAs} does.
 */
export function parseJsonAs<T>(
  term: string | undefined,
  text: string,
  options?: ParseOptions,
): ParseResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const issue: RejectingIssue = {
      code: "invalid_json",
      path: [],
      pointer: "",
      message: `Not JSON: ${message}`,
    };
    return failure(documentError([issue], issue));
  }
  return parseAs<T>(term, json, options);
}

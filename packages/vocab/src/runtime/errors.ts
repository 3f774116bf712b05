import { type Failure, FedikitError, type Result, type Success, type Warning } from "@fedikit/core";

/** A step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

/**
 * What is wrong with a document, or what a parse wants you to know about it:
 *
 * - `not_an_object`: a document or embedded node is not a JSON object;
 * - `wrong_type`: a value has the wrong JSON type or format for its property's range;
 * - `invalid_iri`: a string that must be an absolute IRI is not one;
 * - `invalid_date_time`, `invalid_duration`, `invalid_number`: a literal of that kind is malformed;
 * - `not_functional`: several values for a property that takes one;
 * - `unexpected_type`: an object's `type` is not allowed here (or not the one asked for);
 * - `missing_type`: a `type` was required but is absent;
 * - `unknown_type`: the schema has no type with the term a parser or builder was asked for;
 * - `invalid_language_map`: a language map has a bad key or a non-string value;
 * - `forbidden_key`: a `__proto__`, `constructor` or `prototype` key;
 * - `not_json`: an in-memory value that JSON cannot represent (a function, a `Date`, `NaN` …);
 * - `too_deep`: nesting deeper than `maxDepth`;
 * - `cycle`: an in-memory object that contains itself;
 * - `too_many_values`: an array longer than `maxArrayLength`;
 * - `too_many_nodes`: more objects and arrays than `maxNodes` (an in-memory graph that shares
 *   sub-objects can expand to far more paths than it has objects);
 * - `too_many_issues`: more than `maxIssues` problems; the rest were not reported;
 * - `invalid_json`: the text given to `parseJson` is not JSON;
 * - `unnormalized_property`: a known property written as a compact or full IRI
 *   (`as:sensitive`, `https://www.w3.org/ns/activitystreams#sensitive`, `toot:discoverable`)
 *   instead of its term. The value is kept as it is but is not read as the property (a
 *   document's `sensitive` stays `undefined`); normalize the document with `@fedikit/jsonld` to
 *   read it. Only ever a warning, never a reason to reject.
 */
export type ParseIssueCode =
  | "not_an_object"
  | "wrong_type"
  | "invalid_iri"
  | "invalid_date_time"
  | "invalid_duration"
  | "invalid_number"
  | "not_functional"
  | "unexpected_type"
  | "missing_type"
  | "unknown_type"
  | "invalid_language_map"
  | "forbidden_key"
  | "not_json"
  | "too_deep"
  | "cycle"
  | "too_many_values"
  | "too_many_nodes"
  | "too_many_issues"
  | "invalid_json"
  | "unnormalized_property";

/**
 * The codes of {@link VocabularyError}: the code of the issue that rejected the document (every
 * {@link ParseIssueCode} but `unnormalized_property`, which never rejects), or `invalid_schema`
 * when vocabularies do not compile into a schema.
 */
export type VocabularyErrorCode = Exclude<ParseIssueCode, "unnormalized_property"> | "invalid_schema";

/** One problem found in a document, or one remark about it, with where it is. */
export interface ParseIssue extends Warning {
  /** What kind of problem it is. */
  readonly code: ParseIssueCode;
  /** The path from the document root to the offending value. */
  readonly path: readonly PathSegment[];
  /** The same path as a JSON Pointer (RFC 6901), `""` for the root. */
  readonly pointer: string;
  /** What is wrong and what was expected, for a person. */
  readonly message: string;
}

/** Formats a path as a JSON Pointer (RFC 6901). */
export function toJsonPointer(path: readonly PathSegment[]): string {
  let pointer = "";
  for (const segment of path) {
    pointer += `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  }
  return pointer;
}

/** Formats a path the way a person reads it: `$.object.tag[0].href`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = "$";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * The one error of this package. Parsers return it in a failure (they never throw for a
 * document); builders and {@link serialize} throw it for an object the program built; schema
 * compilation throws it with `invalid_schema`.
 *
 * Its {@link VocabularyError.code} is the code of the issue that decided the rejection: with
 * `strict: true` the first issue in document order, otherwise the first issue that could not be
 * mended by dropping a value (a bad root, unsafe input, a bound exceeded). {@link
 * VocabularyError.issues} lists every issue found, that one included, in document order.
 */
export class VocabularyError extends FedikitError<VocabularyErrorCode> {
  /** Every problem found, each with its path; empty for `invalid_schema`. */
  readonly issues: readonly ParseIssue[];

  /**
   * @param code - why it failed: the code of the deciding issue, or `invalid_schema`.
   * @param message - what happened and what to change, for a person.
   * @param options - `issues`: every problem found; `cause`: the failure behind this one.
   */
  constructor(
    code: VocabularyErrorCode,
    message: string,
    options?: { readonly issues?: readonly ParseIssue[]; readonly cause?: unknown },
  ) {
    super(code, message, options);
    this.name = "VocabularyError";
    this.issues = options?.issues ?? [];
  }
}

/**
 * The error for a rejected document: the code of the deciding issue, a message listing the first
 * few issues (the deciding one first when it is not among them), and every issue.
 * @internal
 */
export function documentError(
  issues: readonly ParseIssue[],
  deciding: ParseIssue & { readonly code: VocabularyErrorCode },
): VocabularyError {
  const shown = issues.slice(0, 3);
  if (!shown.includes(deciding)) shown.unshift(deciding);
  const text = shown.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; ");
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : "";
  return new VocabularyError(deciding.code, `Invalid ActivityStreams document: ${text}${more}`, { issues });
}

/** A successful parse: the validated document, typed, and what was noticed on the way. */
export type ParseSuccess<T> = Success<T, ParseIssue>;

/** A failed parse: the error, with every problem found. */
export type ParseFailure = Failure<VocabularyError>;

/**
 * What a parser returns (never throws for the document): `{ ok: true, value, warnings }` or
 * `{ ok: false, error }`, core's {@link Result} shape.
 *
 * On success `value` is the input itself when nothing was dropped (nothing is copied), otherwise a
 * copy without the values the warnings name. `warnings` lists the values that did not fit their
 * property and were dropped (or, for several values of a functional property, cut to the first),
 * and the `unnormalized_property` remarks; with `strict: true` it holds only the remarks, since
 * every other problem rejects.
 */
export type ParseResult<T> = Result<T, VocabularyError, ParseIssue>;

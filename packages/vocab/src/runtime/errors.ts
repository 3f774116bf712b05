/** A step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

/**
 * Why a document was rejected:
 *
 * - `not_an_object`: a document or embedded node is not a JSON object;
 * - `wrong_type`: a value has the wrong JSON type or format for its property's range;
 * - `invalid_iri`: a string that must be an absolute IRI is not one;
 * - `invalid_date_time`, `invalid_duration`, `invalid_number`: a literal of that kind is malformed;
 * - `not_functional`: several values for a property that takes one;
 * - `unexpected_type`: an object's `type` is not allowed here (or not the one asked for);
 * - `missing_type`: a `type` was required but is absent;
 * - `invalid_language_map`: a language map has a bad key or a non-string value;
 * - `forbidden_key`: a `__proto__`, `constructor` or `prototype` key;
 * - `not_json`: an in-memory value that JSON cannot represent (a function, a `Date`, `NaN` …);
 * - `too_deep`: nesting deeper than `maxDepth`;
 * - `cycle`: an in-memory object that contains itself;
 * - `too_many_values`: an array longer than `maxArrayLength`;
 * - `too_many_nodes`: more objects and arrays than `maxNodes` (an in-memory graph that shares
 *   sub-objects can expand to far more paths than it has objects);
 * - `too_many_issues`: more than `maxIssues` problems; the rest were not reported;
 * - `invalid_json`: the text given to `parseJson` is not JSON.
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
  | "invalid_language_map"
  | "forbidden_key"
  | "not_json"
  | "too_deep"
  | "cycle"
  | "too_many_values"
  | "too_many_nodes"
  | "too_many_issues"
  | "invalid_json";

/** One problem found in a document, with where it is. */
export interface ParseIssue {
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
 * A document that does not conform to the vocabulary. Parsers return it (they never throw);
 * builders throw it.
 */
export class VocabularyError extends Error {
  /** Always `"invalid_document"`; the issues say what is wrong. */
  readonly code = "invalid_document";
  /** Every problem found, each with its path. */
  readonly issues: readonly ParseIssue[];

  /** Creates the error from its issues; the message lists the first few. */
  constructor(issues: readonly ParseIssue[]) {
    const shown = issues
      .slice(0, 3)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join("; ");
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
    super(`Invalid ActivityStreams document: ${shown}${more}`);
    this.name = "VocabularyError";
    this.issues = issues;
  }
}

/** A successful parse: the validated document, typed. */
export interface ParseSuccess<T> {
  /** `true` for a success. */
  readonly ok: true;
  /**
   * The validated document: the input itself when there are no warnings (nothing is copied),
   * otherwise a copy without the values the warnings name.
   */
  readonly value: T;
  /**
   * The values that did not fit their property and were dropped (or, for several values of a
   * functional property, cut to the first), each with its path; empty for a clean document.
   * Never set with `strict: true`, where these reject the document instead.
   */
  readonly warnings: readonly ParseIssue[];
}

/** A failed parse: every problem found. */
export interface ParseFailure {
  /** `false` for a failure. */
  readonly ok: false;
  /** The error, with every issue and its path. */
  readonly error: VocabularyError;
}

/** What a parser returns: never throws. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

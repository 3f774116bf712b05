import { failure, integerOption, type Result, success } from "@fedikit/core";
import { runJsonLd } from "../engine/run-jsonld.js";
import { type JsonLdCallOptions, runSettings } from "../engine/run-options.js";
import { JsonLdError } from "../jsonld-error.js";

/** Options of {@link canonize}. */
export interface CanonizeOptions extends JsonLdCallOptions {
  /**
   * How much work canonicalization may do on blank nodes that look alike, as the exponent of
   * their number (rdf-canonize's `maxWorkFactor`): 1 allows a little more than linear work, which
   * real documents never exceed; a document built to be expensive fails with
   * `work_limit_exceeded`. 0 allows no deep iterations at all.
   * @defaultValue `1`
   */
  readonly maxWorkFactor?: number;
  /**
   * Fail with `malformed_document` when JSON-LD processing would drop anything (a term the
   * context does not define, a relative IRI), as jsonld.js's safe mode does. Off by default,
   * because Linked Data signatures (Mastodon's RsaSignature2017) are made and checked over what
   * remains after dropping.
   * @defaultValue `false`
   */
  readonly strict?: boolean;
}

/** The largest `maxWorkFactor` accepted: past it the bound no longer bounds anything. */
const maxWorkFactorLimit = 3;

function canonizeSettings(options: CanonizeOptions) {
  return {
    settings: runSettings(options),
    maxWorkFactor: integerOption(options.maxWorkFactor, "maxWorkFactor", 1, 0, maxWorkFactorLimit),
  };
}

/**
 * Canonicalizes a JSON-LD document to RDFC-1.0 N-Quads (identical to URDNA2015's output) with
 * jsonld.js and rdf-canonize, through the context loader and within the work limits: the size
 * and depth of the document are checked first, contexts come from memory unless remote ones
 * are allowed, `maxWorkFactor` bounds the blank-node work, and `timeout` and `signal` stop it.
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range.
 * @returns a promise that rejects only when `signal` aborts, with its reason.
 */
export async function canonize(
  document: unknown,
  options: CanonizeOptions = {},
): Promise<Result<string, JsonLdError>> {
  const { settings, maxWorkFactor } = canonizeSettings(options);
  settings.signal?.throwIfAborted();
  if (typeof document !== "object" || document === null) {
    return failure(new JsonLdError("malformed_document", "Expected a JSON object or array"));
  }
  const run = await runJsonLd(document, settings, ({ jsonld, options: callOptions, signal }) =>
    jsonld.canonize(document, {
      ...callOptions,
      safe: options.strict === true,
      format: "application/n-quads",
      algorithm: "RDFC-1.0",
      canonizeOptions: { algorithm: "RDFC-1.0", maxWorkFactor, ...(signal === undefined ? {} : { signal }) },
    }),
  );
  return run.ok ? success(run.value.value) : run;
}

/**
 * Canonicalizes an RDF dataset given as N-Quads to RDFC-1.0 N-Quads, within `maxWorkFactor`,
 * `timeout` and `signal`. For data that is already RDF (the W3C test suite, a stored dataset).
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range.
 * @returns a promise that rejects only when `signal` aborts, with its reason.
 */
export async function canonizeNQuads(
  nquads: string,
  options: Omit<CanonizeOptions, "strict" | "contextLoader" | "maxContexts"> = {},
): Promise<Result<string, JsonLdError>> {
  const { settings, maxWorkFactor } = canonizeSettings(options);
  settings.signal?.throwIfAborted();
  if (typeof nquads !== "string") {
    return failure(new JsonLdError("malformed_document", "Expected N-Quads as a string"));
  }
  const run = await runJsonLd(null, settings, ({ jsonld, signal }) =>
    jsonld.canonize(nquads, {
      inputFormat: "application/n-quads",
      format: "application/n-quads",
      algorithm: "RDFC-1.0",
      canonizeOptions: { algorithm: "RDFC-1.0", maxWorkFactor, ...(signal === undefined ? {} : { signal }) },
    }),
  );
  return run.ok ? success(run.value.value) : run;
}

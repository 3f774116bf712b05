import { failure, type Result, success } from "@fedikit/core";
import { contextFor, defaultSchema, type JsonLdContext, type Schema } from "@fedikit/vocab";
import { type JsonLdEvent, runJsonLd } from "../engine/run-jsonld.js";
import { type JsonLdCallOptions, type RunSettings, runSettings } from "../engine/run-options.js";
import { JsonLdError } from "../jsonld-error.js";
import { exceedsLimits } from "../limits/document-limits.js";
import { VocabularyCompactor } from "./compact-to-vocabulary.js";
import { type ExpandedNode, fastExpand } from "./fast-expand.js";
import type { NormalizeWarning } from "./normalize-warning.js";
import { vocabularyIndex } from "./vocabulary-index.js";

/** Options of {@link normalize}. */
export interface NormalizeOptions extends JsonLdCallOptions {
  /**
   * The vocabulary whose compact form is the target (yours, if you extended it).
   * @defaultValue `defaultSchema()` from `@fedikit/vocab`
   */
  readonly schema?: Schema;
  /**
   * Try the fast path first. It gives exactly what the full JSON-LD algorithms give, or steps
   * aside; `false` always runs jsonld.js (to compare, or to be doubly careful).
   * @defaultValue `true`
   */
  readonly fastPath?: boolean;
}

/** A normalized document. */
export interface NormalizedDocument {
  /** The document in the vocabulary's compact form, with the `@context` its terms need. */
  readonly document: Readonly<Record<string, unknown>> & { readonly "@context": JsonLdContext };
  /** `"fast"`: read without the JSON-LD algorithms; `"full"`: jsonld.js expanded it. */
  readonly path: "fast" | "full";
}

/**
 * ActivityStreams 2.0 Core §2.1: a document without the ActivityStreams context is read as if it
 * had it; applying it first gives that, and changes nothing for documents that name it.
 */
const activityStreamsContext = "https://www.w3.org/ns/activitystreams";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The document in JSON-LD expanded form by jsonld.js, under the work limits and the loader:
 * what the fast path must equal. One node, or a failure.
 * @internal
 */
export async function fullExpansion(
  document: Record<string, unknown>,
  settings: RunSettings,
): Promise<Result<{ readonly node: ExpandedNode; readonly events: readonly JsonLdEvent[] }, JsonLdError>> {
  const run = await runJsonLd(document, settings, ({ jsonld, options }) =>
    jsonld.expand(document, { ...options, expandContext: activityStreamsContext }),
  );
  if (!run.ok) return run;
  const nodes = run.value.value;
  if (nodes.length !== 1 || !isObject(nodes[0])) {
    return failure(
      new JsonLdError(
        "not_a_single_node",
        `The document expands to ${nodes.length} objects, not one (an empty object, an object with only an id, or a top-level @graph)`,
      ),
    );
  }
  return success({ node: nodes[0], events: run.value.events });
}

/**
 * Reads a JSON-LD document with the sender's own context and returns it in the compact form
 * `@fedikit/vocab` describes: its standard terms under its standard contexts, whatever context,
 * prefixes, aliases, arrays, `@id` objects or value objects it arrived with. `"as:sensitive"`,
 * `"https://www.w3.org/ns/activitystreams#sensitive"` and `"sensitive"` all come out as
 * `sensitive`; Lemmy's `expires` (its context says `as:endTime`) comes out as `endTime`;
 * PeerTube's `canReply` as `pt:canReply`. What the sender's context leaves undefined, and
 * `@graph` / `@included` / `@reverse` payloads, are dropped with a warning.
 *
 * Documents that use only bundled contexts, without redefining terms, nested contexts or
 * keywords beyond `@id` and `@type`, take a fast path that skips the JSON-LD algorithms and is
 * proven to give the same result; the others go through jsonld.js with the loader and limits.
 *
 * Never throws for the document: failures (`remote_context_blocked`, `too_many_nodes`,
 * `invalid_context`, `protected_term_redefinition`, `not_a_single_node` …) come back as results.
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range.
 * @returns a promise that rejects only when `signal` aborts, with its reason.
 */
export async function normalize(
  document: unknown,
  options: NormalizeOptions = {},
): Promise<Result<NormalizedDocument, JsonLdError, NormalizeWarning>> {
  const settings = runSettings(options);
  const schema = options.schema ?? defaultSchema();
  settings.signal?.throwIfAborted();
  if (!isObject(document)) {
    return failure(new JsonLdError("malformed_document", "Expected a JSON object at the top level"));
  }
  const tooBig = exceedsLimits(document, settings.limits);
  if (tooBig !== undefined) return failure(tooBig);
  if (options.fastPath !== false) {
    const node = fastExpand(document, settings.contextLoader, activityStreamsContext);
    if (node !== undefined) {
      const done = compacted(node, [], schema, "fast");
      return success(done.value, done.warnings);
    }
  }
  const expanded = await fullExpansion(document, settings);
  if (!expanded.ok) return expanded;
  const notices: NormalizeWarning[] = expanded.value.events.map((event) => ({
    code: "json_ld_notice",
    pointer: "",
    message: `${event.code}: ${event.message}`,
  }));
  const done = compacted(expanded.value.node, notices, schema, "full");
  return success(done.value, done.warnings);
}

function compacted(
  node: ExpandedNode,
  notices: NormalizeWarning[],
  schema: Schema,
  path: "fast" | "full",
): Compacted {
  const compactor = new VocabularyCompactor(vocabularyIndex(schema));
  const body = compactor.node(node, "");
  const document = { "@context": contextFor(body, schema), ...body };
  return { value: { document, path }, warnings: [...notices, ...compactor.warnings] };
}

interface Compacted {
  readonly value: NormalizedDocument;
  readonly warnings: NormalizeWarning[];
}

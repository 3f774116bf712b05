import { failure, type Result, success } from "@fedikit/core";
import { defaultSchema, type JsonLdContext, type Schema } from "@fedikit/vocab";
import { type JsonLdEvent, runJsonLd } from "../engine/run-jsonld.js";
import { type JsonLdCallOptions, type RunSettings, runSettings } from "../engine/run-options.js";
import { JsonLdError } from "../jsonld-error.js";
import { exceedsLimits } from "../limits/document-limits.js";
import { VocabularyCompactor } from "./compact-to-vocabulary.js";
import { directNormalize } from "./direct-normalize.js";
import { type ExpandedNode, fastExpand } from "./fast-expand.js";
import type { NormalizeWarning } from "./normalize-warning.js";
import { outputContexts } from "./output-context.js";
import { type UndefinedTermPolicy, undefinedTermPolicy } from "./undefined-terms.js";
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
  /**
   * What to do with a property or type the sender's context leaves undefined (`sensitive`
   * under the ActivityStreams context alone, any extension term in a document without
   * `@context`). `"keep-known"` reads it as the vocabulary's term of the same name, as Mastodon
   * does, with an `assumed_term` warning, and drops the others with an `undefined_term`
   * warning. `"drop"` drops them all: use it when the only thing that vouches for the document
   * is a Linked Data signature or an integrity proof, since neither covers undefined terms.
   * @defaultValue `"keep-known"`
   */
  readonly undefinedTerms?: UndefinedTermPolicy;
}

/** A normalized document. */
export interface NormalizedDocument {
  /**
   * The document in the vocabulary's compact form, with the `@context` its terms need. A new
   * object; on the fast path, objects and arrays inside it that normalization leaves as they
   * are may be the input's own (copy on write), so change one only if you own the other.
   */
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
 * PeerTube's `canReply` as `pt:canReply`. A term the sender's context leaves undefined is read
 * as the vocabulary's term of the same name when there is one (`undefinedTerms`), and dropped
 * otherwise; `@graph` / `@included` / `@reverse` payloads are dropped; each with a warning.
 *
 * Documents that use only bundled contexts, without nested contexts, protected terms or keywords
 * beyond `@id` and `@type`, take a fast path that skips the JSON-LD algorithms (most in one walk
 * that copies only what changes) and is proven to give the same result; the others go through
 * jsonld.js with the loader and limits.
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
  const policy = undefinedTermPolicy(options.undefinedTerms);
  settings.signal?.throwIfAborted();
  if (!isObject(document)) {
    return failure(new JsonLdError("malformed_document", "Expected a JSON object at the top level"));
  }
  const fast = options.fastPath !== false;
  if (fast) {
    const direct = directNormalize(document, settings, schema, policy, activityStreamsContext);
    if (direct !== undefined) {
      return success({ document: direct.document, path: "fast" }, sortWarnings(direct.warnings));
    }
  }
  const tooBig = exceedsLimits(document, settings.limits);
  if (tooBig !== undefined) return failure(tooBig);
  if (fast) {
    const node = fastExpand(document, settings.contextLoader, activityStreamsContext);
    if (node !== undefined) {
      const done = compacted(node, [], schema, policy, "fast");
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
  const done = compacted(expanded.value.node, notices, schema, policy, "full");
  return success(done.value, done.warnings);
}

/**
 * The compaction step both expanding paths share: expanded form to the vocabulary's compact
 * form, with the `@context` its terms need.
 * @internal
 */
export function compacted(
  node: ExpandedNode,
  notices: NormalizeWarning[],
  schema: Schema,
  policy: UndefinedTermPolicy,
  path: "fast" | "full",
): Compacted {
  const contexts = outputContexts(schema);
  const compactor = new VocabularyCompactor(vocabularyIndex(schema), contexts, policy);
  const body = compactor.node(node, "");
  const document = { "@context": contexts.build([...compactor.contextEntries]), ...body };
  return { value: { document, path }, warnings: sortWarnings([...notices, ...compactor.warnings]) };
}

/**
 * Warnings by pointer, then code, then message: every path finds them in its own order, and
 * reports them in this one.
 */
function sortWarnings(warnings: NormalizeWarning[]): NormalizeWarning[] {
  for (let index = 1; index < warnings.length; index++) {
    if (compareWarnings(warnings[index - 1] as NormalizeWarning, warnings[index] as NormalizeWarning) > 0) {
      return warnings.sort(compareWarnings);
    }
  }
  return warnings;
}

function compareWarnings(a: NormalizeWarning, b: NormalizeWarning): number {
  return (
    compareStrings(a.pointer, b.pointer) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Compacted {
  readonly value: NormalizedDocument;
  readonly warnings: NormalizeWarning[];
}

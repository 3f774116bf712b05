import type { JsonLdContext } from "./context.js";
import { defaultSchema } from "./default-schema.js";
import { VocabularyError } from "./errors.js";
import { parseAs } from "./parse.js";
import type { Schema } from "./schema.js";
import { serialize } from "./serialize.js";

/** Options of the builders. */
export interface BuildOptions {
  /**
   * The schema that knows the type and its properties.
   * @defaultValue {@link defaultSchema}()
   */
  readonly schema?: Schema;
}

/** A document with the `@context` it needs. */
export type WithContext<T> = T & { readonly "@context": JsonLdContext };

/**
 * Builds a document of the type with the given term from its properties: sets `type` (except
 * for types documents write without one, see {@link TypeDefinition.typeProperty}), drops empty
 * values, writes the public collection as its full IRI, validates the result and adds the
 * `@context` that the terms it uses (at any depth) need.
 *
 * @throws {@link VocabularyError} when a property value does not fit its range (the code of the
 *   first problem), or with `unknown_type` when the schema has no concrete type with that term.
 */
export function build<T>(term: string, properties: object, options: BuildOptions = {}): WithContext<T> {
  const schema = options.schema ?? defaultSchema();
  const type = schema.type(term);
  if (type === undefined || type.abstract) {
    throw new VocabularyError("unknown_type", `The schema has no concrete type ${term}.`);
  }
  const writesType = type.typeProperty !== "none" && type.typeProperty !== "implicit";
  const node: Record<string, unknown> = writesType ? { type: term, ...properties } : { ...properties };
  const document = serialize(node, { schema, context: "replace" });
  const body = { ...document } as Record<string, unknown>;
  delete body["@context"];
  const result = parseAs(term, body, { schema, strict: true });
  if (!result.ok) throw result.error;
  return document as WithContext<T>;
}

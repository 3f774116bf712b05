import type { JsonLdContext } from "./context.js";
import { defaultSchema } from "./default-schema.js";
import { parseAs } from "./parse.js";
import { type Schema, SchemaError } from "./schema.js";
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
 * Builds a document of the type with the given term from its properties: sets `type`, drops
 * empty values, writes the public collection as its full IRI, validates the result and adds the
 * `@context` that the terms it uses (at any depth) need.
 *
 * @throws {VocabularyError} when a property value does not fit its range.
 * @throws {SchemaError} when the schema has no type with that term.
 */
export function build<T>(term: string, properties: object, options: BuildOptions = {}): WithContext<T> {
  const schema = options.schema ?? defaultSchema();
  const type = schema.type(term);
  if (type === undefined || type.abstract) {
    throw new SchemaError(`The schema has no concrete type ${term}.`);
  }
  const node: Record<string, unknown> =
    type.typeProperty === "none" ? { ...properties } : { type: term, ...properties };
  const document = serialize(node, { schema, context: "replace" });
  const body = { ...document } as Record<string, unknown>;
  delete body["@context"];
  const result = parseAs(term, body, { schema, strict: true });
  if (!result.ok) throw result.error;
  return document as WithContext<T>;
}

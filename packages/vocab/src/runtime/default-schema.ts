import { builtInVocabularies } from "../schema/built-in.js";
import type { VocabularyDefinition } from "../schema/model.js";
import { createSchema, type Schema } from "./schema.js";

let builtIn: Schema | undefined;

/**
 * The schema of every built-in vocabulary, compiled on first use (nothing runs at import).
 */
export function defaultSchema(): Schema {
  builtIn ??= createSchema(builtInVocabularies);
  return builtIn;
}

/**
 * A schema of the built-in vocabularies plus your own, for types and properties this package
 * does not know (see the extension guide).
 *
 * @throws {@link VocabularyError} with code `invalid_schema` when an extension redefines a term or
 *   names an unknown type.
 */
export function extendSchema(vocabularies: readonly VocabularyDefinition[]): Schema {
  return createSchema([...builtInVocabularies, ...vocabularies]);
}

// What generated code imports: the runtime pieces and the value types it is written in.

export type { LanguageMap } from "./helpers/language.js";
export type { Iri, Ref } from "./helpers/references.js";
export type { JsonValue, OneOrMany } from "./helpers/values.js";
export { type BuildOptions, build, type WithContext } from "./runtime/build.js";
export { contextFor, type JsonLdContext } from "./runtime/context.js";
export { defaultSchema, extendSchema } from "./runtime/default-schema.js";
export { type ParseResult, VocabularyError } from "./runtime/errors.js";
export { isInstanceOf } from "./runtime/guards.js";
export { type ParseOptions, parseAs, parseJsonAs } from "./runtime/parse.js";
export type { Schema } from "./runtime/schema.js";

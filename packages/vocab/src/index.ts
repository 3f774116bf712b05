/**
 * The ActivityStreams 2.0 vocabulary and its real-world extensions, from one schema: precise
 * types, guards that follow the type hierarchy (and FEP-2277 duck typing), fast validating
 * parsers, builders that emit the right `@context`, and everyday helpers.
 *
 * @module
 */

export * from "./generated/index.generated.js";
export {
  type Addressed,
  isDirect,
  isFollowersOnly,
  isPublic,
  type Visibility,
  visibilityOf,
} from "./helpers/audience.js";
export { type LanguageMap, type LocalizedText, selectLanguage } from "./helpers/language.js";
export { isPublicCollection, PUBLIC_COLLECTION } from "./helpers/public-collection.js";
export { type Iri, idOf, idsOf, type Ref } from "./helpers/references.js";
export { asArray, firstValue, type JsonValue, type OneOrMany } from "./helpers/values.js";
export { parse, parseJson } from "./parse-document.js";
export { type BuildOptions, build, type WithContext } from "./runtime/build.js";
export {
  contextFor,
  type JsonLdContext,
  propertyContext,
  type TermContext,
  type TermDefinition,
  typeContext,
} from "./runtime/context.js";
export { defaultSchema, extendSchema } from "./runtime/default-schema.js";
export { type CoreType, coreTypeTerms } from "./runtime/duck-typing.js";
export {
  formatPath,
  type ParseFailure,
  type ParseIssue,
  type ParseIssueCode,
  type ParseResult,
  type ParseSuccess,
  type PathSegment,
  toJsonPointer,
  VocabularyError,
  type VocabularyErrorCode,
} from "./runtime/errors.js";
export { coreTypeOf, declaredType, declaredTypes, isInstanceOf } from "./runtime/guards.js";
export { type ParseOptions, parseAs, parseJsonAs } from "./runtime/parse.js";
export { createSchema, type Schema, type SchemaProperty, type SchemaType } from "./runtime/schema.js";
export { type SerializeOptions, serialize, stringify } from "./runtime/serialize.js";
export {
  activityStreams,
  activityStreamsExtensions,
  builtInVocabularies,
  capabilityDiscovery,
  dataIntegrity,
  didServices,
  exportActor,
  fedibird,
  gnusocial,
  gotosocial,
  inverseProperties,
  lemmy,
  litepub,
  mastodon,
  misskey,
  mobilizon,
  multikey,
  ostatus,
  peertube,
  quotePosts,
  schemaOrg,
  security,
  smithereen,
  unitsOfMeasure,
  valueflows,
  vcard,
  webfingerDiscovery,
} from "./schema/built-in.js";
export {
  defineVocabulary,
  type LiteralRange,
  literalRanges,
  type PropertyDefinition,
  type TypeDefinition,
  type VocabularyDefinition,
} from "./schema/model.js";
export { type PassedThroughProperty, passedThroughProperties } from "./schema/passed-through.js";

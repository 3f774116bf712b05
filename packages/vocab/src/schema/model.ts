/**
 * The shape of the machine-readable schema: vocabularies made of types and properties. The
 * built-in vocabularies and any user extension are plain data of these shapes; the parser,
 * guards, builders and the code generator all read them.
 *
 * @module
 */

/**
 * What a literal (non-object) value of a property may be:
 *
 * - `"string"`: any string (`xsd:string`);
 * - `"langString"`: natural-language text; the property may also have a language-map form;
 * - `"boolean"`, `"float"` (any finite number), `"integer"`, `"nonNegativeInteger"`;
 * - `"dateTime"`: an ISO 8601 / RFC 3339 date-time (`xsd:dateTime`);
 * - `"duration"`: an ISO 8601 duration (`xsd:duration`);
 * - `"iri"`: an absolute IRI given as a string;
 * - `"json"`: any JSON value, not validated (`rdf:JSON`).
 */
export type LiteralRange =
  | "string"
  | "langString"
  | "boolean"
  | "float"
  | "integer"
  | "nonNegativeInteger"
  | "dateTime"
  | "duration"
  | "iri"
  | "json";

/** Every {@link LiteralRange}, in the order the schema documents them. */
export const literalRanges: readonly LiteralRange[] = [
  "string",
  "langString",
  "boolean",
  "float",
  "integer",
  "nonNegativeInteger",
  "dateTime",
  "duration",
  "iri",
  "json",
];

/** A type (class) of a vocabulary, keyed in {@link VocabularyDefinition.types} by its term. */
export interface TypeDefinition {
  /**
   * The full IRI of the type.
   * @defaultValue the vocabulary's namespace followed by the term
   */
  readonly iri?: string;
  /** Other IRIs that mean the same type in documents seen in the wild (e.g. `https://schema.org/PropertyValue`). */
  readonly aliases?: readonly string[];
  /** Other compact terms that documents use for this type (e.g. `Key` for `CryptographicKey`). */
  readonly termAliases?: readonly string[];
  /**
   * The TypeScript name of the generated interface, and of its guard, parser and builder
   * (`is`, `parse`, `build` + the name): `ASObject` for `Object`, so that it does not shadow
   * TypeScript's `Object` and its guard is `isASObject`.
   * @defaultValue the term
   */
  readonly name?: string;
  /**
   * The context document that defines this term, overriding the vocabulary's; `null` when the
   * vocabulary's context does not define it and builders must define it inline.
   * @defaultValue the vocabulary's {@link VocabularyDefinition.contextUrl}
   */
  readonly contextUrl?: string | null;
  /** Terms of the direct supertypes; empty for a root type. */
  readonly extends: readonly string[];
  /** Properties of a supertype that do not apply to this type (`object` on `IntransitiveActivity`). */
  readonly excludes?: readonly string[];
  /**
   * Whether documents of this type carry `type`:
   *
   * - `"required"`: they do; a node without it is not one (a `Note`);
   * - `"optional"`: builders write it, but real servers often omit it (a `publicKey`): the
   *   property that holds the node, or the parser asked for it, says what it is;
   * - `"implicit"`: a structure whose place says what it is (`endpoints`, `source`, an
   *   interaction policy): documents almost never carry `type` and builders never write it,
   *   but it has an IRI, a `type` naming it is recognized, and it has a guard, a parser and a
   *   builder like any other type;
   * - `"none"`: an anonymous structure without an IRI, which never has a `type` (`capabilities`).
   *
   * @defaultValue `"required"`
   */
  readonly typeProperty?: "required" | "optional" | "implicit" | "none";
  /**
   * An abstract type groups other types and never appears as a `type` value (`Actor`).
   * @defaultValue `false`
   */
  readonly abstract?: boolean;
  /** What the type means, in a sentence or two. */
  readonly description: string;
  /** Where the type is specified. */
  readonly specUrl: string;
}

/** A property of a vocabulary, keyed in {@link VocabularyDefinition.properties} by its term. */
export interface PropertyDefinition {
  /**
   * The full IRI of the property.
   * @defaultValue the vocabulary's namespace followed by the term
   */
  readonly iri?: string;
  /** Other IRIs that mean the same property in documents seen in the wild. */
  readonly aliases?: readonly string[];
  /**
   * The context document that defines this term, overriding the vocabulary's; `null` when the
   * vocabulary's context does not define it and builders must define it inline.
   * @defaultValue the vocabulary's {@link VocabularyDefinition.contextUrl}
   */
  readonly contextUrl?: string | null;
  /** Terms of the types the property applies to (with their subtypes). */
  readonly domain: readonly string[];
  /** What a value may be: {@link LiteralRange}s and terms of types (an embedded object or its IRI). */
  readonly range: readonly string[];
  /**
   * A functional property has at most one value, so it is never an array.
   * @defaultValue `false`
   */
  readonly functional?: boolean;
  /**
   * `"list"`: the value is an ordered JSON array (JSON-LD `@list`).
   * @defaultValue none: one value or an unordered array of values
   */
  readonly container?: "list";
  /** The term of the language-map form of a `langString` property (`contentMap` for `content`). */
  readonly languageMap?: string;
  /**
   * The name of the type parameter that stands for this property's value in generated types
   * (`TObject` for `object`, so that `Create<Note>` is a `Create` of a `Note`).
   */
  readonly typeParameter?: string;
  /** What the property means, in a sentence or two. */
  readonly description: string;
  /** Where the property is specified. */
  readonly specUrl: string;
}

/**
 * A vocabulary: a namespace of types and properties, and how documents declare it in `@context`.
 */
export interface VocabularyDefinition {
  /** A short stable identifier (`activitystreams`, `mastodon`). */
  readonly id: string;
  /** A human-readable title. */
  readonly title: string;
  /** What the vocabulary is and who uses it. */
  readonly description: string;
  /**
   * The namespace IRI that terms are appended to (`http://joinmastodon.org/ns#`); a term written
   * as a compact IRI with this vocabulary's prefix (`vcard:bday`) appends its local part.
   */
  readonly namespace: string;
  /** Other namespace IRIs that documents use for the same terms (`https://schema.org/`). */
  readonly namespaceAliases?: readonly string[];
  /** The compact prefix for the namespace (`toot`). */
  readonly prefix: string;
  /**
   * The URL of a published JSON-LD context that defines every term of this vocabulary; emitted
   * as is in `@context`. Without it, builders emit inline term definitions.
   */
  readonly contextUrl?: string;
  /** Where the vocabulary is specified. */
  readonly specUrl: string;
  /**
   * The types, keyed by the term documents write in `type`: a short term (`Note`), a compact IRI
   * when no context defines a short one (`vcard:Address`, `om2:Measure`), or an absolute IRI when
   * documents write it in full (`https://w3id.org/fep/9091#Export`); give the last two a `name`.
   */
  readonly types: Readonly<Record<string, TypeDefinition>>;
  /** The properties, keyed by the term documents write (short, a compact IRI, or an absolute IRI). */
  readonly properties: Readonly<Record<string, PropertyDefinition>>;
}

/**
 * Declares a vocabulary. It returns its argument unchanged; it exists so that editors check the
 * definition against {@link VocabularyDefinition} and keep the literal types.
 */
export function defineVocabulary<const T extends VocabularyDefinition>(definition: T): T {
  return definition;
}

import { BoundedMap } from "@fedikit/core";
import type { PropertyDefinition, TypeDefinition, VocabularyDefinition } from "../schema/model.js";
import { type CoreType, coreTypeTerms, duckTypesOfMask } from "./duck-typing.js";
import { VocabularyError } from "./errors.js";
import { KIND_JSON, KIND_OBJECT, literalKind } from "./value-kinds.js";

/** A type of a {@link Schema}, with its place in the hierarchy resolved. */
export interface SchemaType {
  /** The compact term (`Note`); for an anonymous structure, its name in the schema. */
  readonly term: string;
  /** The TypeScript name of its interface (`ASObject` for `Object`). */
  readonly name: string;
  /** The full IRI; `undefined` for abstract types and anonymous structures. */
  readonly iri: string | undefined;
  /** Other IRIs documents use for it. */
  readonly aliases: readonly string[];
  /** Other compact terms documents use for it. */
  readonly termAliases: readonly string[];
  /** Whether documents carry `type` for it (see {@link TypeDefinition.typeProperty}). */
  readonly typeProperty: "required" | "optional" | "implicit" | "none";
  /** Whether it only groups other types. */
  readonly abstract: boolean;
  /** The context document that defines the term, or `null` when it must be defined inline. */
  readonly contextUrl: string | null;
  /** The vocabulary that defines it. */
  readonly vocabulary: VocabularyDefinition;
  /** Its definition. */
  readonly definition: TypeDefinition;
  /** Its direct supertypes. */
  readonly supertypes: readonly SchemaType[];
  /** Its direct subtypes. */
  readonly subtypes: readonly SchemaType[];
  /** The type itself and all its supertypes, transitively. */
  readonly ancestors: ReadonlySet<SchemaType>;
  /** The properties that apply to it (its own and inherited), by term. */
  readonly properties: ReadonlyMap<string, SchemaProperty>;
}

/** A property of a {@link Schema}, with its domain and range resolved. */
export interface SchemaProperty {
  /** The compact term (`content`). */
  readonly term: string;
  /** The full IRI. */
  readonly iri: string;
  /** Other IRIs documents use for it. */
  readonly aliases: readonly string[];
  /** The context document that defines the term, or `null` when it must be defined inline. */
  readonly contextUrl: string | null;
  /** The vocabulary that defines it. */
  readonly vocabulary: VocabularyDefinition;
  /** Its definition. */
  readonly definition: PropertyDefinition;
  /** Whether it takes at most one value. */
  readonly functional: boolean;
  /** `"list"` for an ordered JSON-LD list, otherwise `undefined`. */
  readonly container: "list" | undefined;
  /** The term of its language-map form (`contentMap`), if any. */
  readonly languageMap: string | undefined;
  /** The types it applies to. */
  readonly domain: readonly SchemaType[];
  /** The literal ranges it accepts. */
  readonly literalRange: readonly string[];
  /** The types of the objects it accepts (embedded or by IRI). */
  readonly typeRange: readonly SchemaType[];
}

/** How many merged rule tables of multi-typed nodes a schema keeps (one per combination of types). */
const MERGED_RULES_CACHE_SIZE = 256;

function schemaError(message: string): VocabularyError {
  return new VocabularyError("invalid_schema", message);
}

/**
 * Validation data for one term on one type, precomputed so that the hot path does one map
 * lookup per key and bit tests after it.
 * @internal
 */
export interface PropertyRule {
  readonly property: SchemaProperty;
  readonly term: string;
  readonly isLanguageMap: boolean;
  readonly functional: boolean;
  readonly list: boolean;
  readonly kinds: number;
  readonly typeRange: ReadonlySet<SchemaType>;
  readonly acceptsAnyType: boolean;
  readonly defaultType: SchemaType | undefined;
  readonly typeNames: readonly string[];
}

/**
 * A compiled set of vocabularies: the lookup tables that parsing, guards and builders use. Create
 * one with {@link createSchema}; the built-in one is {@link defaultSchema}.
 */
export interface Schema {
  /** The vocabularies it was compiled from, in order. */
  readonly vocabularies: readonly VocabularyDefinition[];
  /** Every type, in vocabulary order. */
  readonly types: readonly SchemaType[];
  /** Every property, in vocabulary order. */
  readonly properties: readonly SchemaProperty[];
  /** Finds a type by its term, a term alias, its IRI, an alias IRI or a `prefix:Term` compact IRI. */
  typeOf(termOrIri: string): SchemaType | undefined;
  /** Finds a type by its term exactly (`Object`, `Actor`, `vcard:Address`). */
  type(term: string): SchemaType | undefined;
  /** Finds a property by its term (or the term of its language-map form). */
  property(term: string): SchemaProperty | undefined;
  /**
   * Finds a property by its term, its language-map term, its IRI, an alias IRI, or a compact
   * IRI with the prefix of a vocabulary (`as:sensitive`, `toot:discoverable`).
   */
  propertyOf(termOrIri: string): SchemaProperty | undefined;
  /**
   * The type a node without a known `type` is validated as, given the FEP-2277 core type of its
   * shape: the type of {@link coreTypeTerms}, except `OrderedCollectionPage` for a
   * `Collection`, so that every collection and page property (`partOf`, `next`, `orderedItems`,
   * `startIndex` …) is checked. `undefined` when the schema lacks the type.
   */
  coreSchemaType(core: CoreType): SchemaType | undefined;
  /** @internal */
  readonly rules: ReadonlyMap<SchemaType, ReadonlyMap<string, PropertyRule>>;
  /**
   * The rules of a node that lists several types: the union of their tables. A term has one
   * definition in a schema, so the tables never disagree on a term they share.
   * @internal
   */
  rulesFor(types: readonly SchemaType[]): ReadonlyMap<string, PropertyRule>;
  /**
   * The types and rules of a node without a known type: the type its place implies and the core
   * types of a {@link possibleDuckTypes} bit set.
   * @internal
   */
  untypedRules(positional: SchemaType | undefined, duckTypes: number): UntypedRules;
}

/**
 * What an untyped node is checked as: one type or several, and their rules.
 * @internal
 */
export interface UntypedRules {
  readonly types: SchemaType | readonly SchemaType[] | undefined;
  readonly rules: ReadonlyMap<string, PropertyRule> | undefined;
}

interface MutableType {
  term: string;
  name: string;
  iri: string | undefined;
  aliases: readonly string[];
  termAliases: readonly string[];
  typeProperty: "required" | "optional" | "implicit" | "none";
  abstract: boolean;
  contextUrl: string | null;
  vocabulary: VocabularyDefinition;
  definition: TypeDefinition;
  supertypes: SchemaType[];
  subtypes: SchemaType[];
  ancestors: Set<SchemaType>;
  properties: Map<string, SchemaProperty>;
}

function expandTerm(vocabulary: VocabularyDefinition, term: string): string {
  const prefix = `${vocabulary.prefix}:`;
  return vocabulary.namespace + (term.startsWith(prefix) ? term.slice(prefix.length) : term);
}

/** Whether a term is an absolute IRI (`https://w3id.org/fep/9091#Export`), not a short term. */
export function isAbsoluteIriTerm(term: string): boolean {
  return term.includes("://");
}

function aliasIris(
  vocabulary: VocabularyDefinition,
  iri: string,
  explicit: readonly string[] = [],
): string[] {
  const aliases = [...explicit];
  if (iri.startsWith(vocabulary.namespace)) {
    const local = iri.slice(vocabulary.namespace.length);
    for (const namespace of vocabulary.namespaceAliases ?? []) aliases.push(namespace + local);
  }
  return aliases;
}

/**
 * Compiles vocabularies into a {@link Schema}: resolves supertypes, domains and ranges, and
 * checks that every term is defined once and every reference resolves.
 *
 * @throws {@link VocabularyError} with code `invalid_schema` when a term is defined twice, a
 *   supertype, domain or range names an unknown type, or the type hierarchy has a cycle.
 */
export function createSchema(vocabularies: readonly VocabularyDefinition[]): Schema {
  const types: MutableType[] = [];
  const typesByTerm = new Map<string, MutableType>();
  for (const vocabulary of vocabularies) {
    for (const [term, definition] of Object.entries(vocabulary.types)) {
      if (typesByTerm.has(term))
        throw schemaError(`Type ${term} is defined twice (again in ${vocabulary.id}).`);
      const typeProperty = definition.typeProperty ?? "required";
      const anonymous = definition.abstract === true || typeProperty === "none";
      const iri = anonymous
        ? definition.iri
        : (definition.iri ?? (isAbsoluteIriTerm(term) ? term : expandTerm(vocabulary, term)));
      const type: MutableType = {
        term,
        name: definition.name ?? term,
        iri,
        aliases: iri === undefined ? [] : aliasIris(vocabulary, iri, definition.aliases),
        termAliases: definition.termAliases ?? [],
        typeProperty,
        abstract: definition.abstract ?? false,
        contextUrl:
          definition.contextUrl === undefined ? (vocabulary.contextUrl ?? null) : definition.contextUrl,
        vocabulary,
        definition,
        supertypes: [],
        subtypes: [],
        ancestors: new Set(),
        properties: new Map(),
      };
      types.push(type);
      typesByTerm.set(term, type);
    }
  }
  const resolveType = (term: string, where: string): MutableType => {
    const type = typesByTerm.get(term);
    if (type === undefined) throw schemaError(`${where} names unknown type ${term}.`);
    return type;
  };
  for (const type of types) {
    for (const superTerm of type.definition.extends) {
      const supertype = resolveType(superTerm, `Type ${type.term}`);
      type.supertypes.push(supertype);
      supertype.subtypes.push(type);
    }
  }
  const visiting = new Set<MutableType>();
  const collectAncestors = (type: MutableType): Set<SchemaType> => {
    if (type.ancestors.size > 0) return type.ancestors;
    if (visiting.has(type)) throw schemaError(`The type hierarchy has a cycle through ${type.term}.`);
    visiting.add(type);
    const ancestors = new Set<SchemaType>([type]);
    for (const supertype of type.supertypes) {
      for (const ancestor of collectAncestors(supertype as MutableType)) ancestors.add(ancestor);
    }
    visiting.delete(type);
    type.ancestors = ancestors;
    return ancestors;
  };
  for (const type of types) collectAncestors(type);

  const properties: SchemaProperty[] = [];
  const propertiesByTerm = new Map<string, SchemaProperty>();
  for (const vocabulary of vocabularies) {
    for (const [term, definition] of Object.entries(vocabulary.properties)) {
      if (propertiesByTerm.has(term) || term === "id" || term === "type") {
        throw schemaError(`Property ${term} is defined twice (again in ${vocabulary.id}).`);
      }
      const literalRange: string[] = [];
      const typeRange: SchemaType[] = [];
      for (const range of definition.range) {
        if (literalKind(range) !== 0) literalRange.push(range);
        else typeRange.push(resolveType(range, `The range of ${term}`));
      }
      const iri = definition.iri ?? expandTerm(vocabulary, term);
      const property: SchemaProperty = {
        term,
        iri,
        aliases: aliasIris(vocabulary, iri, definition.aliases),
        contextUrl:
          definition.contextUrl === undefined ? (vocabulary.contextUrl ?? null) : definition.contextUrl,
        vocabulary,
        definition,
        functional: definition.functional ?? false,
        container: definition.container,
        languageMap: definition.languageMap,
        domain: definition.domain.map((domainTerm) => resolveType(domainTerm, `The domain of ${term}`)),
        literalRange,
        typeRange,
      };
      properties.push(property);
      propertiesByTerm.set(term, property);
      if (property.languageMap !== undefined) {
        if (propertiesByTerm.has(property.languageMap)) {
          throw schemaError(`Language map ${property.languageMap} of ${term} is also a property.`);
        }
        propertiesByTerm.set(property.languageMap, property);
      }
    }
  }

  const excludedFor = (type: MutableType): Set<string> => {
    const excluded = new Set<string>();
    for (const ancestor of type.ancestors)
      for (const term of ancestor.definition.excludes ?? []) excluded.add(term);
    return excluded;
  };
  for (const type of types) {
    const excluded = excludedFor(type);
    for (const property of properties) {
      if (excluded.has(property.term)) continue;
      if (property.domain.some((domainType) => type.ancestors.has(domainType))) {
        type.properties.set(property.term, property);
      }
    }
  }

  const typeIndex = new Map<string, SchemaType>();
  for (const type of types) {
    if (type.abstract || type.typeProperty === "none") continue;
    const keys = [type.term, ...type.termAliases];
    if (!type.term.includes(":")) keys.push(`${type.vocabulary.prefix}:${type.term}`);
    if (type.iri !== undefined) keys.push(type.iri, ...type.aliases);
    for (const key of keys) if (!typeIndex.has(key)) typeIndex.set(key, type);
  }

  // One rule per term, shared by every type it applies to: the tables of several types can only
  // hold the same rule for a term.
  const termRules = new Map<string, PropertyRule>();
  for (const property of properties) {
    termRules.set(property.term, makeRule(property, false));
    if (property.languageMap !== undefined) termRules.set(property.languageMap, makeRule(property, true));
  }
  const rules = new Map<SchemaType, ReadonlyMap<string, PropertyRule>>();
  for (const type of types) {
    const table = new Map<string, PropertyRule>();
    for (const property of type.properties.values()) {
      table.set(property.term, termRules.get(property.term) as PropertyRule);
      if (property.languageMap !== undefined) {
        table.set(property.languageMap, termRules.get(property.languageMap) as PropertyRule);
      }
    }
    rules.set(type, table);
  }
  const merged = new BoundedMap<string, ReadonlyMap<string, PropertyRule>>(MERGED_RULES_CACHE_SIZE);
  const rulesFor = (listed: readonly SchemaType[]): ReadonlyMap<string, PropertyRule> => {
    const key = listed
      .map((type) => type.term)
      .sort()
      .join("\n");
    let table = merged.get(key);
    if (table === undefined) {
      const union = new Map<string, PropertyRule>();
      for (const type of listed) for (const [term, rule] of rules.get(type) ?? []) union.set(term, rule);
      table = union;
      merged.set(key, table);
    }
    return table;
  };

  const propertyIndex = new Map<string, SchemaProperty>();
  for (const property of properties) {
    for (const iri of [property.iri, ...property.aliases]) {
      if (!propertyIndex.has(iri)) propertyIndex.set(iri, property);
    }
  }
  const namespacesByPrefix = new Map<string, string[]>();
  for (const vocabulary of vocabularies) {
    const namespaces = namespacesByPrefix.get(vocabulary.prefix) ?? [];
    namespaces.push(vocabulary.namespace, ...(vocabulary.namespaceAliases ?? []));
    namespacesByPrefix.set(vocabulary.prefix, namespaces);
  }
  const propertyOf = (termOrIri: string): SchemaProperty | undefined => {
    const found = propertiesByTerm.get(termOrIri) ?? propertyIndex.get(termOrIri);
    if (found !== undefined) return found;
    const colon = termOrIri.indexOf(":");
    const namespaces = colon > 0 ? namespacesByPrefix.get(termOrIri.slice(0, colon)) : undefined;
    if (namespaces === undefined) return undefined;
    const local = termOrIri.slice(colon + 1);
    for (const namespace of namespaces) {
      const property = propertyIndex.get(namespace + local);
      if (property !== undefined) return property;
    }
    return undefined;
  };

  const coreSchemaType = (coreType: CoreType): SchemaType | undefined =>
    typesByTerm.get(coreType === "Collection" ? "OrderedCollectionPage" : coreTypeTerms[coreType]);
  // At most (types + 1) × 64 entries: the keys come from the schema and six bits, never from input.
  const untyped = new Map<SchemaType | undefined, UntypedRules[]>();
  const untypedRules = (positional: SchemaType | undefined, duckTypes: number): UntypedRules => {
    let row = untyped.get(positional);
    if (row === undefined) {
      row = [];
      untyped.set(positional, row);
    }
    let entry = row[duckTypes];
    if (entry === undefined) {
      const listed: SchemaType[] = positional === undefined ? [] : [positional];
      for (const core of duckTypesOfMask(duckTypes)) {
        const type = coreSchemaType(core);
        if (type !== undefined && !listed.includes(type)) listed.push(type);
      }
      entry =
        listed.length > 1
          ? { types: listed, rules: rulesFor(listed) }
          : { types: listed[0], rules: listed[0] === undefined ? undefined : rules.get(listed[0]) };
      row[duckTypes] = entry;
    }
    return entry;
  };

  return {
    vocabularies,
    types,
    properties,
    typeOf: (termOrIri) => typeIndex.get(termOrIri),
    type: (term) => typesByTerm.get(term),
    property: (term) => propertiesByTerm.get(term),
    propertyOf,
    coreSchemaType,
    rules,
    rulesFor,
    untypedRules,
  };
}

function makeRule(property: SchemaProperty, isLanguageMap: boolean): PropertyRule {
  let kinds = 0;
  for (const range of property.literalRange) kinds |= literalKind(range);
  if (property.typeRange.length > 0) kinds |= KIND_OBJECT;
  return {
    property,
    term: isLanguageMap ? (property.languageMap ?? property.term) : property.term,
    isLanguageMap,
    functional: property.functional || isLanguageMap,
    list: property.container === "list",
    kinds: isLanguageMap ? 0 : kinds,
    typeRange: new Set(property.typeRange),
    acceptsAnyType: (kinds & KIND_JSON) !== 0,
    defaultType: property.typeRange.length === 1 ? property.typeRange[0] : undefined,
    typeNames: property.typeRange.map((type) => type.term),
  };
}

// Fedify 2.3.6's vocabulary beside ours: what its classes declare (read from the schema files
// Fedify generates them from, with Fedify's own loader, and checked against the classes), what of
// it our schema lacks or reads differently, and what we model that it does not. Importing
// @fedify/vocab replaces globals on Node 20: only test/fedify-parity.test.ts and
// scripts/generate-coverage-table.ts import this module, each in a process or file of its own.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fedify from "@fedify/vocab";
import { loadSchemaFiles, type PropertySchema, type TypeSchema } from "@fedify/vocab-tools";
import type { Schema, SchemaProperty, SchemaType } from "../src/index.js";

/** One Fedify class with a type IRI, and the schema it is generated from. */
export interface FedifyType {
  /** The class name (`Note`). */
  readonly name: string;
  /** The type IRI as the schema file writes it. */
  readonly uri: string;
  /** The schema file's content. */
  readonly schema: TypeSchema;
}

/** Fedify's vocabulary, and where its classes and schema files disagree (should be nowhere). */
export interface FedifyVocabulary {
  readonly version: string;
  readonly types: readonly FedifyType[];
  readonly problems: readonly string[];
}

const requireHere = createRequire(import.meta.url);

/** The class names and accessors a schema property becomes in a generated Fedify class. */
function accessorNames(property: PropertySchema): string[] {
  const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  const names = [property.singularName, `${property.singularName}Id`, `get${capital(property.singularName)}`];
  if ("pluralName" in property && property.pluralName !== undefined) {
    names.push(property.pluralName, `${property.singularName}Ids`, `get${capital(property.pluralName)}`);
  }
  return names;
}

function prototypeNames(fedifyClass: { readonly prototype: object }): Set<string> {
  const names = new Set<string>();
  for (let prototype = fedifyClass.prototype; prototype !== null && prototype !== Object.prototype; ) {
    for (const name of Object.getOwnPropertyNames(prototype)) names.add(name);
    prototype = Object.getPrototypeOf(prototype) as object;
  }
  return names;
}

/**
 * Walks every class `@fedify/vocab` exports with a static `typeId`, and reads the properties each
 * declares from the schema file it is generated from (`@fedify/vocab/src/*.yaml`, through
 * `@fedify/vocab-tools`' own loader). A class without a schema file, a schema file without a
 * class, or a property without an accessor on its class is reported in `problems`.
 */
export async function loadFedifyVocabulary(): Promise<FedifyVocabulary> {
  const manifest = requireHere.resolve("@fedify/vocab/package.json");
  const { version } = requireHere("@fedify/vocab/package.json") as { version: string };
  const schemas = await loadSchemaFiles(join(dirname(manifest), "src"));
  const schemaByIri = new Map(Object.values(schemas).map((schema) => [new URL(schema.uri).href, schema]));
  const problems: string[] = [];
  const types: FedifyType[] = [];
  for (const [name, value] of Object.entries(fedify)) {
    if (
      typeof value !== "function" ||
      !(Object.getOwnPropertyDescriptor(value, "typeId")?.get instanceof Function)
    )
      continue;
    const typeId = (value as unknown as { readonly typeId: URL }).typeId.href;
    const schema = schemaByIri.get(typeId);
    if (schema === undefined) {
      problems.push(`class ${name} (${typeId}) has no schema file`);
      continue;
    }
    schemaByIri.delete(typeId);
    if (schema.name !== name) problems.push(`class ${name} comes from the schema of ${schema.name}`);
    const accessors = prototypeNames(value as unknown as { prototype: object });
    for (const property of schema.properties) {
      if (!accessorNames(property).some((accessor) => accessors.has(accessor))) {
        problems.push(`class ${name} has no accessor for ${property.singularName} (${property.uri})`);
      }
    }
    types.push({ name, uri: schema.uri, schema });
  }
  for (const schema of schemaByIri.values())
    problems.push(`schema ${schema.name} (${schema.uri}) has no class`);
  types.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { version, types, problems };
}

const xsd = "http://www.w3.org/2001/XMLSchema#";

/**
 * The literal ranges of ours that accept a value of each non-class range of Fedify's, by what
 * the compact JSON value is: a string, an IRI string, a boolean, a number.
 */
const literalAcceptors: ReadonlyMap<string, readonly string[]> = new Map([
  [`${xsd}string`, ["string", "langString"]],
  ["http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", ["string", "langString"]],
  [`${xsd}boolean`, ["boolean"]],
  [`${xsd}dateTime`, ["dateTime"]],
  [`${xsd}duration`, ["duration"]],
  [`${xsd}float`, ["float"]],
  // Fedify reads and writes decimals as strings ("30").
  [`${xsd}decimal`, ["string", "float"]],
  [`${xsd}nonNegativeInteger`, ["nonNegativeInteger", "integer", "float"]],
  [`${xsd}anyURI`, ["iri", "string"]],
  ["fedify:url", ["iri", "string"]],
  // Fedify's own scalar types, all strings in compact JSON.
  ["fedify:langTag", ["string"]],
  ["fedify:publicKey", ["string"]],
  ["fedify:multibaseKey", ["string"]],
  ["fedify:proofPurpose", ["string"]],
  ["fedify:units", ["string"]],
  ["fedify:vocabEntityType", ["string"]],
  ["https://w3id.org/security#cryptosuiteString", ["string"]],
  ["https://w3id.org/security#multibase", ["string"]],
]);

/** Ranges whose values are IRIs, which a property of ours whose range is types also takes. */
const iriRanges: ReadonlySet<string> = new Set([`${xsd}anyURI`, "fedify:url"]);

function propertiesByIri(schema: Schema): Map<string, SchemaProperty[]> {
  const byIri = new Map<string, SchemaProperty[]>();
  for (const property of schema.properties) {
    for (const iri of [property.iri, ...property.aliases]) {
      byIri.set(iri, [...(byIri.get(iri) ?? []), property]);
    }
  }
  return byIri;
}

function accepts(
  property: SchemaProperty,
  range: string,
  schema: Schema,
  fedifyTypes: ReadonlySet<string>,
): boolean {
  if (property.literalRange.includes("json")) return true;
  if (fedifyTypes.has(range)) {
    const type = schema.typeOf(range);
    return type !== undefined && property.typeRange.some((accepted) => type.ancestors.has(accepted));
  }
  if (iriRanges.has(range) && property.typeRange.length > 0) return true;
  const acceptors = literalAcceptors.get(range);
  return acceptors !== undefined && property.literalRange.some((literal) => acceptors.includes(literal));
}

function rangeLabel(range: string, fedifyTypes: ReadonlyMap<string, FedifyType>): string {
  const type = fedifyTypes.get(range);
  if (type !== undefined) return type.name;
  return range.startsWith(xsd) ? `xsd:${range.slice(xsd.length)}` : range;
}

/**
 * Where our schema and Fedify's differ, one stable sentence each: a Fedify type or property the
 * schema lacks, a supertype it does not have, a property that does not apply to the type here, a
 * range value it does not accept (IRI, literal or embedded node), one value here where Fedify
 * allows several, or a list here that is not one in Fedify.
 */
export function differencesFromFedify(schema: Schema, vocabulary: FedifyVocabulary): string[] {
  const differences: string[] = [];
  const byIri = propertiesByIri(schema);
  const fedifyTypes = new Map(vocabulary.types.map((type) => [type.uri, type]));
  const fedifyTypeIris = new Set(fedifyTypes.keys());
  for (const { name, uri, schema: fedifySchema } of vocabulary.types) {
    const ours = schema.typeOf(uri);
    if (ours === undefined) differences.push(`type ${name} (${uri}) is not in the schema`);
    const supertype = fedifySchema.extends === undefined ? undefined : fedifyTypes.get(fedifySchema.extends);
    if (ours !== undefined && supertype !== undefined) {
      const ourSupertype = schema.typeOf(supertype.uri);
      if (ourSupertype === undefined || !ours.ancestors.has(ourSupertype)) {
        differences.push(`type ${name} extends ${supertype.name} in Fedify, not here`);
      }
    }
    for (const property of fedifySchema.properties) {
      const label = property.compactName ?? property.singularName;
      const candidates = byIri.get(property.uri) ?? [];
      const wantsList = "container" in property && property.container === "list";
      const ourProperty =
        candidates.find((candidate) => (candidate.container === "list") === wantsList) ?? candidates[0];
      if (ourProperty === undefined) {
        differences.push(`property ${name}.${label} (${property.uri}) is not in the schema`);
        continue;
      }
      const where = `property ${name}.${ourProperty.term}`;
      if (ours !== undefined && !ours.properties.has(ourProperty.term)) {
        differences.push(`${where} does not apply to ${ours.term} here`);
      }
      for (const range of property.range) {
        if (!accepts(ourProperty, range, schema, fedifyTypeIris)) {
          differences.push(`${where} does not take a ${rangeLabel(range, fedifyTypes)} here`);
        }
      }
      if (ourProperty.functional && property.functional !== true) {
        differences.push(`${where} takes one value here, several in Fedify`);
      }
      if (wantsList && ourProperty.container !== "list")
        differences.push(`${where} is an ordered list in Fedify only`);
      if ("redundantProperties" in property) {
        for (const redundant of property.redundantProperties ?? []) {
          if (!byIri.has(redundant.uri)) {
            differences.push(`${where}: Fedify also writes ${redundant.uri}, which is not in the schema`);
          }
        }
      }
    }
  }
  return differences;
}

/** Whether Fedify models a type of ours (by its IRI or an alias). */
function fedifyHasType(type: SchemaType, iris: ReadonlySet<string>): boolean {
  return type.iri !== undefined && [type.iri, ...type.aliases].some((iri) => iris.has(iri));
}

/**
 * The coverage table of `docs/vocabulary.md`: per vocabulary, how many of its types and
 * properties Fedify also models, and the terms it does not.
 */
export function coverageTable(schema: Schema, vocabulary: FedifyVocabulary): string {
  const typeIris = new Set(vocabulary.types.map((type) => type.uri));
  const propertyIris = new Set<string>();
  for (const { schema: fedifySchema } of vocabulary.types) {
    for (const property of fedifySchema.properties) {
      propertyIris.add(property.uri);
      if ("redundantProperties" in property) {
        for (const redundant of property.redundantProperties ?? []) propertyIris.add(redundant.uri);
      }
    }
  }
  const fedifyTypesHere = vocabulary.types.filter((type) => schema.typeOf(type.uri) !== undefined).length;
  let typesHere = 0;
  let typesOnlyHere = 0;
  let propertiesHere = 0;
  let propertiesOnlyHere = 0;
  const rows: string[] = [];
  for (const definition of schema.vocabularies) {
    const types = schema.types.filter((type) => type.vocabulary === definition);
    const properties = schema.properties.filter((property) => property.vocabulary === definition);
    const onlyTypes = types.filter((type) => !fedifyHasType(type, typeIris));
    const onlyProperties = properties.filter(
      (property) => ![property.iri, ...property.aliases].some((iri) => propertyIris.has(iri)),
    );
    typesHere += types.length;
    typesOnlyHere += onlyTypes.length;
    propertiesHere += properties.length;
    propertiesOnlyHere += onlyProperties.length;
    const terms: string[] = [];
    if (onlyTypes.length > 0) {
      const names = onlyTypes.map((type) => `\`${type.term}\`${type.abstract ? " (abstract)" : ""}`);
      terms.push(`types ${names.join(", ")}`);
    }
    if (onlyProperties.length > 0) {
      terms.push(`properties ${onlyProperties.map((property) => `\`${property.term}\``).join(", ")}`);
    }
    const count = (all: number, only: number) => (all === 0 ? "–" : `${all - only} of ${all}`);
    rows.push(
      `| ${definition.title} | ${count(types.length, onlyTypes.length)} | ${count(properties.length, onlyProperties.length)} | ${terms.length === 0 ? "–" : terms.join("; ")} |`,
    );
  }
  return [
    `Generated by \`pnpm --filter @fedikit/vocab generate:coverage\` from the schema and \`@fedify/vocab\` ${vocabulary.version}; a test fails when it is stale.`,
    "",
    `The schema has ${typesHere} types and ${propertiesHere} properties; ${typesOnlyHere} types and ${propertiesOnlyHere} properties of them are not in Fedify ${vocabulary.version}. ${fedifyTypesHere} of Fedify's ${vocabulary.types.length} types are here; \`test/fedify-parity.test.ts\` lists every deliberate difference.`,
    "",
    "| vocabulary | types also in Fedify | properties also in Fedify | only here |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The markers around the generated table in `docs/vocabulary.md`. */
export const coverageMarkers = {
  start: "<!-- coverage-table:start -->",
  end: "<!-- coverage-table:end -->",
} as const;

/** The generated section of a guide's text, between the markers, or `undefined` without them. */
export function coverageSection(text: string): string | undefined {
  const start = text.indexOf(coverageMarkers.start);
  const end = text.indexOf(coverageMarkers.end);
  if (start < 0 || end < start) return undefined;
  return text.slice(start + coverageMarkers.start.length, end).trim();
}

/** The guide's text with the section between the markers replaced. */
export function withCoverageSection(text: string, table: string): string {
  const start = text.indexOf(coverageMarkers.start);
  const end = text.indexOf(coverageMarkers.end);
  if (start < 0 || end < start)
    throw new Error(`docs/vocabulary.md lacks the ${coverageMarkers.start} markers.`);
  return `${text.slice(0, start + coverageMarkers.start.length)}\n\n${table}\n\n${text.slice(end)}`;
}

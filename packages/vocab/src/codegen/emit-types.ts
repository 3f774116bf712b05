import type { Schema, SchemaProperty, SchemaType } from "../runtime/schema.js";
import { concreteDescendants, propertyKey, type TypeNames, typeNames, typeParameters } from "./model.js";
import { docBlock, escapeDoc, termDoc } from "./tsdoc.js";

/** What the type emitter needs to know. */
export interface TypeEmitContext {
  readonly schema: Schema;
  /** The types to declare; the others are imported. */
  readonly types: readonly SchemaType[];
  /** The properties to declare; the others come with their types. */
  readonly properties: readonly SchemaProperty[];
  /** Names used from elsewhere, collected while emitting. */
  readonly imported: Set<string>;
  /** The module whose types extensions augment (`@fedikit/vocab`), or `undefined` for the built-ins. */
  readonly augmentedModule: string | undefined;
}

const literalTypes: Readonly<Record<string, string>> = {
  string: "string",
  langString: "string",
  boolean: "boolean",
  float: "number",
  integer: "number",
  nonNegativeInteger: "number",
  dateTime: "string",
  duration: "string",
  iri: "Iri",
  json: "JsonValue",
};

function names(context: TypeEmitContext, type: SchemaType): TypeNames {
  return typeNames(type, context.schema);
}

function use(context: TypeEmitContext, type: SchemaType, name: string): string {
  if (!context.types.includes(type)) context.imported.add(name);
  return name;
}

/** The value type of a property, without `null` and without one-or-many. */
export function itemType(context: TypeEmitContext, property: SchemaProperty, parameter?: string): string {
  const parts: string[] = [];
  for (const range of property.literalRange) {
    const literal = literalTypes[range] ?? "JsonValue";
    if (literal === "Iri") context.imported.add("Iri");
    if (literal === "JsonValue") context.imported.add("JsonValue");
    parts.push(literal);
  }
  if (parameter !== undefined) {
    parts.push(`Ref<${parameter}>`);
    context.imported.add("Ref");
  } else if (property.typeRange.length > 0) {
    const references = [
      ...new Set(property.typeRange.map((type) => use(context, type, names(context, type).reference))),
    ];
    parts.push(`Ref<${references.join(" | ")}>`);
    context.imported.add("Ref");
  }
  const unique = [...new Set(parts)];
  return unique.includes("string") ? unique.filter((part) => part !== "Iri").join(" | ") : unique.join(" | ");
}

function valueType(context: TypeEmitContext, property: SchemaProperty, parameter?: string): string {
  const item = itemType(context, property, parameter);
  if (property.container === "list") return `readonly (${item})[] | null`;
  if (property.functional) return `${item} | null`;
  context.imported.add("OneOrMany");
  return `OneOrMany<${item}> | null`;
}

function propertyDeclarations(context: TypeEmitContext, owner: SchemaType, indent: string): string {
  let out = "";
  for (const property of context.properties) {
    if (!ownsProperty(owner, property)) continue;
    const parameter = property.definition.typeParameter;
    out += docBlock(
      termDoc(property.definition.description, property.iri, property.definition.specUrl),
      indent,
    );
    out += `${indent}readonly ${propertyKey(property.term)}?: ${valueType(context, property, parameter)};\n`;
    if (property.languageMap !== undefined) {
      context.imported.add("LanguageMap");
      out += docBlock(
        [
          `The language map form of {@link ${names(context, owner).properties}.${property.term} | ${property.term}}: the same text in several languages, keyed by BCP 47 language tag.`,
          "",
          `IRI: \`${property.iri}\``,
          "",
          `@see {@link ${property.definition.specUrl} | Specification}`,
        ],
        indent,
      );
      out += `${indent}readonly ${propertyKey(property.languageMap)}?: LanguageMap | null;\n`;
    }
  }
  return out;
}

/** Whether a property is declared on this type (not inherited from a type of its domain). */
export function ownsProperty(type: SchemaType, property: SchemaProperty): boolean {
  if (!property.domain.includes(type) || !type.properties.has(property.term)) return false;
  return !property.domain.some((other) => other !== type && type.ancestors.has(other));
}

function parameterList(context: TypeEmitContext, type: SchemaType, withDefaults: boolean): string {
  const parameters = typeParameters(type);
  if (parameters.length === 0) return "";
  const list = parameters.map(({ name, property }) =>
    withDefaults ? `${name} = ${itemDefault(context, property)}` : name,
  );
  return `<${list.join(", ")}>`;
}

function itemDefault(context: TypeEmitContext, property: SchemaProperty): string {
  return [
    ...new Set(property.typeRange.map((type) => use(context, type, names(context, type).reference))),
  ].join(" | ");
}

function heritage(context: TypeEmitContext, type: SchemaType): string {
  const clauses = type.supertypes.map((supertype) => {
    const superNames = names(context, supertype);
    const superParameters = typeParameters(supertype);
    const own = new Set(typeParameters(type).map((parameter) => parameter.name));
    const args =
      superParameters.length === 0
        ? ""
        : `<${superParameters.map(({ name, property }) => (own.has(name) ? name : itemDefault(context, property))).join(", ")}>`;
    const base = `${use(context, supertype, superNames.properties)}${args}`;
    const excluded = [...supertype.properties.keys()].filter((term) => !type.properties.has(term));
    return excluded.length === 0
      ? base
      : `Omit<${base}, ${excluded.map((term) => JSON.stringify(term)).join(" | ")}>`;
  });
  return clauses.length === 0 ? "" : ` extends ${clauses.join(", ")}`;
}

function typeTerms(type: SchemaType): string {
  return [type.term, ...type.termAliases].map((term) => JSON.stringify(term)).join(" | ");
}

function rootMembers(context: TypeEmitContext, indent: string): string {
  context.imported.add("Iri");
  context.imported.add("JsonLdContext");
  return (
    docBlock(["The JSON-LD context of the document (usually only on the root)."], indent) +
    `${indent}readonly "@context"?: JsonLdContext;\n` +
    docBlock(["The global identifier of the node, an absolute IRI."], indent) +
    `${indent}readonly id?: Iri;\n` +
    docBlock(["The type of the node: a term, or several."], indent) +
    `${indent}readonly type?: string | readonly string[];\n`
  );
}

function emitType(context: TypeEmitContext, type: SchemaType): string {
  const typeName = names(context, type);
  const doc = termDoc(type.definition.description, type.iri, type.definition.specUrl);
  let out = "";
  out += docBlock([
    `Properties of {@link ${typeName.reference}} and everything derived from it.`,
    "",
    ...doc,
  ]);
  out += `export interface ${typeName.properties}${parameterList(context, type, true)}${heritage(context, type)} {\n`;
  if (type.supertypes.length === 0) out += rootMembers(context, "  ");
  out += propertyDeclarations(context, type, "  ");
  out += "}\n\n";
  if (typeName.concrete !== undefined) {
    const parameters = parameterList(context, type, true);
    const args = parameterList(context, type, false);
    out += docBlock(doc);
    if (type.typeProperty === "none") {
      out += `export type ${typeName.concrete} = ${typeName.properties};\n\n`;
    } else {
      const optional = type.typeProperty === "required" ? "" : "?";
      out += `export interface ${typeName.concrete}${parameters} extends ${typeName.properties}${args} {\n`;
      out += docBlock([`The type: \`${type.term}\`.`], "  ");
      out += `  readonly type${optional}: ${typeTerms(type)};\n}\n\n`;
    }
  }
  if (typeName.union !== undefined) {
    const members = concreteDescendants(type, context.schema).map((member) =>
      use(context, member, names(context, member).concrete ?? names(context, member).properties),
    );
    if (type.term === "Object") members.push("UnknownObject");
    if (type.term === "Link") members.push("UnknownLink");
    out += docBlock([
      `A {@link ${typeName.properties} | ${type.term}} of any known type: ${escapeDoc(type.term)} itself${type.abstract ? " (abstract)" : ""} or one of its subtypes.`,
    ]);
    out += `export type ${typeName.union} =\n  | ${members.join("\n  | ")};\n\n`;
  }
  return out;
}

function emitUnknown(context: TypeEmitContext): string {
  const object = context.schema.type("Object");
  const link = context.schema.type("Link");
  if (object === undefined || link === undefined || !context.types.includes(object)) return "";
  return (
    docBlock([
      "An object whose `type` the schema does not know, or that has none; the parser validated it as the FEP-2277 core type its shape gives it.",
    ]) +
    `export interface UnknownObject extends ${names(context, object).properties} {\n` +
    docBlock(["The type, if any: a term this schema does not know."], "  ") +
    "  readonly type?: string | readonly string[];\n}\n\n" +
    docBlock(["A link whose `type` the schema does not know, or that has none (an object with `href`)."]) +
    `export interface UnknownLink extends ${names(context, link).properties} {\n` +
    docBlock(["The type, if any: a term this schema does not know."], "  ") +
    "  readonly type?: string | readonly string[];\n}\n\n"
  );
}

function emitAugmentations(context: TypeEmitContext): string {
  if (context.augmentedModule === undefined) return "";
  const owners = context.schema.types.filter(
    (type) =>
      !context.types.includes(type) && context.properties.some((property) => ownsProperty(type, property)),
  );
  if (owners.length === 0) return "";
  let out = `declare module ${JSON.stringify(context.augmentedModule)} {\n`;
  for (const owner of owners) {
    out += `  interface ${names(context, owner).properties}${parameterList(context, owner, false)} {\n`;
    out += propertyDeclarations(context, owner, "    ");
    out += "  }\n";
  }
  return `${out}}\n\n`;
}

/** Emits the interfaces, unions and augmentations for the context's types and properties. */
export function emitTypes(context: TypeEmitContext): string {
  let out = "";
  for (const type of context.types) out += emitType(context, type);
  out += emitUnknown(context);
  out += emitAugmentations(context);
  return out;
}

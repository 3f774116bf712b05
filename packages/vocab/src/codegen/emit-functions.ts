import { coreTypeTerms } from "../runtime/duck-typing.js";
import type { Schema, SchemaType } from "../runtime/schema.js";
import { isDiscriminated, typeNames, typeParameters } from "./model.js";
import { docBlock } from "./tsdoc.js";

/** What the function emitter needs to know. */
export interface FunctionEmitContext {
  readonly schema: Schema;
  readonly types: readonly SchemaType[];
  /** The expression that yields the schema (`defaultSchema()`), or `undefined` to use the default. */
  readonly schemaExpression: string | undefined;
  /** Names used from elsewhere, collected while emitting. */
  readonly imported: Set<string>;
}

function generics(type: SchemaType, context: FunctionEmitContext): { declaration: string; args: string } {
  const parameters = typeParameters(type);
  if (parameters.length === 0) return { declaration: "", args: "" };
  const declaration = parameters
    .map(({ name, property }) => {
      const defaults = property.typeRange.map((range) => typeNames(range, context.schema).reference);
      return `${name} = ${[...new Set(defaults)].join(" | ")}`;
    })
    .join(", ");
  return {
    declaration: `<${declaration}>`,
    args: `<${parameters.map((parameter) => parameter.name).join(", ")}>`,
  };
}

function schemaArgument(context: FunctionEmitContext): string {
  return context.schemaExpression === undefined ? "" : `, ${context.schemaExpression}`;
}

/** `isNote(value): value is Note` for every type that documents tell apart by `type`. */
export function emitGuards(context: FunctionEmitContext): string {
  context.imported.add("isInstanceOf");
  let out = "";
  for (const type of context.types) {
    if (type.typeProperty === "none") continue;
    const names = typeNames(type, context.schema);
    const coreNote = Object.values(coreTypeTerms).includes(type.term)
      ? " A node without a known `type` counts if FEP-2277 duck typing classifies it so."
      : type.typeProperty === "implicit"
        ? " Documents usually write it without `type`: an untyped node is one by its place (the parser of the property that holds it checks it as one), which a guard cannot see."
        : "";
    out += docBlock([
      `Whether a value is a {@link ${names.properties} | ${type.term}} or of one of its subtypes (by its \`type\`, its IRI or an alias).${coreNote}`,
    ]);
    out += `export function is${guardName(type)}(value: unknown): value is ${names.reference} {\n`;
    out += `  return isInstanceOf(value, ${JSON.stringify(type.term)}${schemaArgument(context)});\n}\n\n`;
  }
  return out;
}

/**
 * The name after `is`, `parse` and `build` for a type: its TypeScript name, so that the guard of
 * `ASObject` is `isASObject` and the builder of `VcardAddress` is `buildVcardAddress`.
 */
export function guardName(type: SchemaType): string {
  const name = type.name.replace(/[^A-Za-z0-9_$]/g, "");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `parseNote(json, options)` for every type documents tell apart by `type` (and abstract ones). */
export function emitParsers(context: FunctionEmitContext): string {
  context.imported.add("parseAs");
  context.imported.add("ParseOptions");
  context.imported.add("ParseResult");
  let out = "";
  for (const type of context.types) {
    if (type.typeProperty === "none") continue;
    const names = typeNames(type, context.schema);
    out += docBlock([
      `Validates compact JSON as a {@link ${names.properties} | ${type.term}} (or a subtype). Never throws for the document: returns it, typed, with \`warnings\` for values that did not fit and were dropped (unless \`strict\`) and for known properties written as IRIs, or a {@link VocabularyError} with the path of every problem. A bound in \`options\` that is not an integer in range throws a \`RangeError\` naming it.`,
      "",
      "@param json - the document, already parsed from JSON (normalized to compact form)",
      "@param options - bounds and strictness",
    ]);
    out += `export function parse${guardName(type)}(json: unknown, options?: ParseOptions): ParseResult<${names.reference}> {\n`;
    out += `  return parseAs(${JSON.stringify(type.term)}, json, ${optionsWithSchema(context)});\n}\n\n`;
  }
  context.imported.add("VocabularyError");
  return out;
}

function optionsWithSchema(context: FunctionEmitContext): string {
  return context.schemaExpression === undefined
    ? "options"
    : `{ schema: ${context.schemaExpression}, ...options }`;
}

/** `buildNote(properties)` for every concrete type. */
export function emitBuilders(context: FunctionEmitContext): string {
  context.imported.add("build");
  context.imported.add("BuildOptions");
  context.imported.add("WithContext");
  let out = "";
  for (const type of context.types) {
    if (type.abstract || !isDiscriminated(type)) continue;
    const names = typeNames(type, context.schema);
    const { declaration, args } = generics(type, context);
    const concrete = `${names.concrete}${args}`;
    out += docBlock([
      `Builds a {@link ${names.concrete}} in canonical compact JSON: \`type\` set, empty values dropped, the public collection written in full, and the \`@context\` its terms need.`,
      "",
      "@param properties - the properties of the object, without `type`",
      "@param options - the schema to use",
      "@throws {@link VocabularyError} when a value does not fit its property's range",
    ]);
    out += `export function build${guardName(type)}${declaration}(properties: Omit<${concrete}, "type" | "@context">, options?: BuildOptions): WithContext<${concrete}> {\n`;
    out += `  return build<${concrete}>(${JSON.stringify(type.term)}, properties, ${optionsWithSchema(context)});\n}\n\n`;
  }
  context.imported.add("VocabularyError");
  return out;
}

/** The names a module of guards, parsers and builders exports, for a barrel. */
export function functionNames(context: FunctionEmitContext): {
  guards: string[];
  parsers: string[];
  builders: string[];
} {
  const guards: string[] = [];
  const parsers: string[] = [];
  const builders: string[] = [];
  for (const type of context.types) {
    if (type.typeProperty === "none") continue;
    guards.push(`is${guardName(type)}`);
    parsers.push(`parse${guardName(type)}`);
    if (!type.abstract) builders.push(`build${guardName(type)}`);
  }
  return { guards, parsers, builders };
}

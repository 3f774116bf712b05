import type { Schema, SchemaProperty, SchemaType } from "../runtime/schema.js";

/** The TypeScript names the generator gives a type. */
export interface TypeNames {
  /** The interface of everything an object of the type (or a subtype) may have: `NoteProperties`. */
  readonly properties: string;
  /** The interface with the `type` discriminant, for concrete types: `Note`. */
  readonly concrete: string | undefined;
  /** The union of the type and its subtypes, for types that have subtypes: `AnyDocument`. */
  readonly union: string | undefined;
  /** What a value of the type is in a range: the union if there is one, else the concrete interface. */
  readonly reference: string;
}

/** Whether a name can be written without quotes as a property key. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** A property key as it must be written in TypeScript. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** Whether values of the type carry a `type` that tells them apart. */
export function isDiscriminated(type: SchemaType): boolean {
  return !type.abstract && type.typeProperty !== "none";
}

/** The concrete descendants of a type (itself included when it is concrete), in schema order. */
export function concreteDescendants(type: SchemaType, schema: Schema): SchemaType[] {
  return schema.types.filter((candidate) => candidate.ancestors.has(type) && isDiscriminated(candidate));
}

/** Names a type's generated declarations. */
export function typeNames(type: SchemaType, schema: Schema): TypeNames {
  const base = isIdentifier(type.term) ? type.term : type.name;
  const hasUnion = type.abstract || concreteDescendants(type, schema).some((candidate) => candidate !== type);
  const concrete = type.abstract ? undefined : type.name;
  const union = hasUnion ? `Any${base}` : undefined;
  return {
    properties: `${type.name}Properties`,
    concrete,
    union,
    reference: union ?? concrete ?? `${type.name}Properties`,
  };
}

/** The type parameters (name and default) that a type's properties interface takes. */
export function typeParameters(type: SchemaType): { name: string; property: SchemaProperty }[] {
  const result: { name: string; property: SchemaProperty }[] = [];
  for (const property of type.properties.values()) {
    const name = property.definition.typeParameter;
    if (name !== undefined && !result.some((parameter) => parameter.name === name))
      result.push({ name, property });
  }
  return result;
}

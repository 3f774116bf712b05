import type { Schema, SchemaProperty, SchemaType } from "../runtime/schema.js";
import { guardName } from "./emit-functions.js";
import { concreteDescendants, isDiscriminated } from "./model.js";

const validLiterals: Readonly<Record<string, unknown>> = {
  string: "text",
  langString: "text",
  boolean: true,
  float: 1.5,
  integer: -3,
  nonNegativeInteger: 3,
  dateTime: "2024-01-02T03:04:05Z",
  duration: "PT1H30M",
  iri: "https://example.com/value",
  json: { any: ["json", 1] },
};

/** JSON values that break a range, tried in order; the first one the range rejects is used. */
const candidates: readonly unknown[] = [42.5, true, "not an IRI or date", { "@value": "x" }];

function accepts(property: SchemaProperty, value: unknown): boolean {
  const ranges = property.literalRange;
  if (ranges.includes("json")) return true;
  switch (typeof value) {
    case "number":
      return ranges.includes("float");
    case "boolean":
      return ranges.includes("boolean");
    case "string":
      return ranges.includes("string") || ranges.includes("langString");
    default:
      return property.typeRange.length > 0;
  }
}

/** A concrete type a document can be, to hold a property of the given domain type. */
function holder(domain: SchemaType, schema: Schema): SchemaType | undefined {
  return isDiscriminated(domain) ? domain : concreteDescendants(domain, schema)[0];
}

/** Whether documents of the type leave `type` out, so samples do too. */
function untyped(type: SchemaType): boolean {
  return type.typeProperty === "none" || type.typeProperty === "implicit";
}

function sampleObject(type: SchemaType, schema: Schema): unknown {
  if (untyped(type)) return {};
  const concrete = holder(type, schema);
  return concrete === undefined ? "https://example.com/ref" : { type: concrete.term };
}

function validValue(property: SchemaProperty, schema: Schema): unknown {
  const first = property.literalRange[0];
  const single =
    first !== undefined ? validLiterals[first] : sampleObject(property.typeRange[0] as SchemaType, schema);
  if (property.container === "list" || !property.functional) return [single, single];
  return single;
}

/** Emits the generated test file: every guard against the hierarchy, every property against its range. */
export function emitTests(schema: Schema, importPath: string): string {
  let out = `import { describe, expect, it } from "vitest";\nimport * as vocab from ${JSON.stringify(importPath)};\n\n`;
  out += "const guards = vocab as unknown as Record<string, (value: unknown) => boolean>;\n";
  out +=
    "const parsers = vocab as unknown as Record<string, (json: unknown, options?: object) => { ok: boolean }>;\n";
  out +=
    "const builders = vocab as unknown as Record<string, (properties: object) => Record<string, unknown>>;\n\n";
  out +=
    'describe("generated guards and parsers follow the type hierarchy; builders write the type", () => {\n';
  const guarded = schema.types.filter((type) => type.typeProperty !== "none");
  for (const type of schema.types) {
    if (!isDiscriminated(type)) continue;
    const positives = guarded.filter((other) => type.ancestors.has(other)).map(guardName);
    const negatives = guarded
      .filter((other) => !type.ancestors.has(other))
      .slice(0, 3)
      .map(guardName);
    out += `  it(${JSON.stringify(`${type.term} is ${positives.map((name) => `a ${name}`).join(", ")}`)}, () => {\n`;
    out += `    const value = { type: ${JSON.stringify(type.term)} };\n`;
    for (const name of positives) {
      out += `    expect(guards.is${name}!(value)).toBe(true);\n`;
      out += `    expect(parsers.parse${name}!(value, { strict: true }).ok).toBe(true);\n`;
    }
    for (const name of negatives) {
      out += `    expect(guards.is${name}!(value)).toBe(false);\n`;
      out += `    expect(parsers.parse${name}!(value).ok).toBe(false);\n`;
    }
    if (type.iri !== undefined) {
      out += `    expect(guards.is${guardName(type)}!({ type: ${JSON.stringify(type.iri)} })).toBe(true);\n`;
    }
    const written = untyped(type) ? undefined : type.term;
    out += `    expect(builders.build${guardName(type)}!({}).type).toBe(${JSON.stringify(written)});\n`;
    out += "  });\n";
  }
  out += "});\n\n";
  out += 'describe("generated property ranges", () => {\n';
  for (const property of schema.properties) {
    const domain = property.domain[0];
    const owner = domain === undefined ? undefined : holder(domain, schema);
    if (owner === undefined) continue;
    const base = untyped(owner) ? {} : { type: owner.term };
    const valid = { ...base, [property.term]: validValue(property, schema) };
    const invalid = candidates.find((candidate) => !accepts(property, candidate));
    const parser = `parseAs`;
    out += `  it(${JSON.stringify(`${property.term} on ${owner.term}`)}, () => {\n`;
    out += `    expect(vocab.${parser}(${JSON.stringify(owner.term)}, ${JSON.stringify(valid)}).ok).toBe(true);\n`;
    const term = JSON.stringify(property.term);
    if (invalid !== undefined) {
      const bad = JSON.stringify({ ...base, [property.term]: invalid });
      out += `    const strict = vocab.${parser}(${JSON.stringify(owner.term)}, ${bad}, { strict: true });\n`;
      out += "    expect(strict.ok).toBe(false);\n";
      out += `    if (!strict.ok) expect(strict.error.issues[0]?.path).toEqual([${term}]);\n`;
      out += `    const lenient = vocab.${parser}<Record<string, unknown>>(${JSON.stringify(owner.term)}, ${bad});\n`;
      out += `    expect(lenient.ok && lenient.warnings[0]?.path).toEqual([${term}]);\n`;
      out += `    expect(lenient.ok && ${term} in lenient.value).toBe(false);\n`;
    }
    if (property.languageMap !== undefined) {
      const mapTerm = JSON.stringify(property.languageMap);
      const map = { ...base, [property.languageMap]: { en: "text", "fr-CA": "texte" } };
      const badMap = JSON.stringify({ ...base, [property.languageMap]: { en: 1, de: "Text" } });
      out += `    expect(vocab.${parser}(${JSON.stringify(owner.term)}, ${JSON.stringify(map)}).ok).toBe(true);\n`;
      out += `    expect(vocab.${parser}(${JSON.stringify(owner.term)}, ${badMap}, { strict: true }).ok).toBe(false);\n`;
      out += `    const badEntry = vocab.${parser}<Record<string, unknown>>(${JSON.stringify(owner.term)}, ${badMap});\n`;
      out += `    expect(badEntry.ok && badEntry.value[${mapTerm}]).toEqual({ de: "Text" });\n`;
    }
    if (property.functional && property.container !== "list" && !property.literalRange.includes("json")) {
      const one = validValue(property, schema);
      const many = JSON.stringify({ ...base, [property.term]: [one, one] });
      out += `    expect(vocab.${parser}(${JSON.stringify(owner.term)}, ${many}, { strict: true }).ok).toBe(false);\n`;
      out += `    const many = vocab.${parser}<Record<string, unknown>>(${JSON.stringify(owner.term)}, ${many});\n`;
      out += `    expect(many.ok && many.value[${term}]).toEqual(${JSON.stringify(one)});\n`;
    }
    out += "  });\n";
  }
  out += "});\n";
  return out;
}

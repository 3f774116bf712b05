import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSchema, parseAs, type SchemaProperty, type SchemaType, serialize } from "../src/index.js";
import { canonicalForm } from "./equivalence.js";

const schema = defaultSchema();
const concreteTypes = schema.types.filter((type) => !type.abstract && type.typeProperty !== "none");

const iri = fc.webUrl({ withFragments: true, withQueryParameters: true });
const literal: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.string(),
  langString: fc.string(),
  boolean: fc.boolean(),
  float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  integer: fc.integer(),
  nonNegativeInteger: fc.nat(),
  dateTime: fc
    .date({
      min: new Date("1970-01-01T00:00:00Z"),
      max: new Date("2200-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  duration: fc.tuple(fc.nat(99), fc.nat(59)).map(([hours, minutes]) => `PT${hours}H${minutes}M`),
  iri,
  json: fc.jsonValue().filter((value) => !/"(__proto__|constructor|prototype)"/.test(JSON.stringify(value))),
};

function embedded(type: SchemaType): fc.Arbitrary<unknown> {
  if (type.typeProperty === "none") return fc.constant({});
  const candidates = concreteTypes.filter((candidate) => candidate.ancestors.has(type));
  if (candidates.length === 0) return iri;
  return fc
    .constantFrom(...candidates)
    .map((candidate) => ({ type: candidate.term, id: `https://example.com/${candidate.term}` }));
}

function arbitraryValue(property: SchemaProperty): fc.Arbitrary<unknown> {
  const options = [
    ...property.literalRange.map((range) => literal[range] as fc.Arbitrary<unknown>),
    ...property.typeRange.flatMap((type) => [iri, embedded(type)]),
  ];
  const single = fc.oneof(...options);
  if (property.container === "list") return fc.array(single, { maxLength: 3 });
  if (property.functional) return single;
  return fc.oneof(single, fc.array(single, { minLength: 1, maxLength: 3 }));
}

function documentOf(type: SchemaType): fc.Arbitrary<Record<string, unknown>> {
  const properties = [...type.properties.values()];
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const property of properties) record[property.term] = arbitraryValue(property);
  return fc
    .record(record, { requiredKeys: [] })
    .map((body) => ({ type: type.term, id: "https://example.com/document", ...body }));
}

const anyDocument = fc
  .constantFrom(...concreteTypes)
  .chain((type) => documentOf(type).map((document) => ({ term: type.term, document })));

/** A JSON value no literal range of the property accepts, if there is one. */
function wrongValue(property: SchemaProperty): unknown {
  const ranges = property.literalRange;
  if (ranges.includes("json")) return undefined;
  if (!ranges.includes("float")) return 0.5;
  if (!ranges.includes("boolean")) return true;
  return undefined;
}

describe("property-based", () => {
  it("valid generated documents parse and round-trip", () => {
    fc.assert(
      fc.property(anyDocument, ({ term, document }) => {
        const result = parseAs(term, document);
        if (!result.ok) throw new Error(`${term}: ${result.error.message}`);
        expect(result.warnings).toEqual([]);
        const serialized = serialize(result.value as object) as unknown as Record<string, unknown>;
        delete serialized["@context"];
        expect(canonicalForm(serialized)).toEqual(canonicalForm(document));
      }),
      { numRuns: 200 },
    );
  });

  it("a mutated property is rejected with its path when strict, dropped with a warning otherwise", () => {
    const mutation = fc.constantFrom(...concreteTypes).chain((type) => {
      const breakable = [...type.properties.values()].filter(
        (property) => wrongValue(property) !== undefined,
      );
      return fc
        .tuple(documentOf(type), fc.constantFrom(...breakable.map((property) => property.term)))
        .map(([document, key]) => ({
          term: type.term,
          document: { ...document, [key]: wrongValue(type.properties.get(key) as SchemaProperty) },
          key,
        }));
    });
    fc.assert(
      fc.property(mutation, ({ term, document, key }) => {
        const strict = parseAs(term, document, { strict: true });
        expect(strict.ok).toBe(false);
        if (!strict.ok) expect(strict.error.issues.map((issue) => issue.pointer)).toContain(`/${key}`);
        const lenient = parseAs<Record<string, unknown>>(term, document);
        if (!lenient.ok) throw new Error(lenient.error.message);
        expect(lenient.warnings.map((issue) => issue.pointer)).toEqual([`/${key}`]);
        const { [key]: _dropped, ...rest } = document;
        expect(lenient.value).toEqual(rest);
      }),
      { numRuns: 200 },
    );
  });
});

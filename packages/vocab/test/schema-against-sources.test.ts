// Checks the schema against sources nobody on the project wrote: the JSON-LD contexts that
// servers publish or embed in their documents, and the W3C ActivityStreams 2.0 vocabulary in
// machine-readable form. The generated tests only restate the schema; these can contradict it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSchema, propertyContext, typeContext } from "../src/index.js";
import { fixtureFiles, readFixture } from "./fixtures.js";

const schema = defaultSchema();
const dataDir = join(import.meta.dirname, "data");

/** The published contexts the schema names as `contextUrl`, vendored in `test/data/contexts`. */
const publishedContexts: Readonly<Record<string, string>> = {
  "https://www.w3.org/ns/activitystreams": "activitystreams.json",
  "https://w3id.org/security/v1": "security-v1.json",
  "https://w3id.org/security/data-integrity/v1": "security-data-integrity-v1.json",
  "https://w3id.org/security/multikey/v1": "security-multikey-v1.json",
  "https://www.w3.org/ns/did/v1": "did-v1.json",
  "https://purl.archive.org/socialweb/webfinger": "webfinger.json",
  "https://gotosocial.org/ns": "gotosocial.json",
  "https://w3id.org/fep/5711": "fep-5711.json",
};

/** Prefixes the ActivityStreams and security contexts define, which inline contexts rely on. */
const basePrefixes: Readonly<Record<string, string>> = {
  as: "https://www.w3.org/ns/activitystreams#",
  ldp: "http://www.w3.org/ns/ldp#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  sec: "https://w3id.org/security#",
  dc: "http://purl.org/dc/terms/",
};

/** The term definitions of a context value (a URL of a vendored context, an object or an array). */
function termDefinitions(context: unknown): Map<string, string> {
  const prefixes: Record<string, string> = { ...basePrefixes };
  const terms = new Map<string, string>();
  const expand = (value: string): string => {
    const colon = value.indexOf(":");
    const prefix = value.slice(0, colon);
    if (colon > 0 && !value.startsWith("//", colon + 1) && prefixes[prefix] !== undefined) {
      return prefixes[prefix] + value.slice(colon + 1);
    }
    return value;
  };
  const objects: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (typeof value === "string") {
      const file = publishedContexts[value];
      if (file !== undefined)
        collect(JSON.parse(readFileSync(join(dataDir, "contexts", file), "utf8"))["@context"]);
    } else if (typeof value === "object" && value !== null) objects.push(value as Record<string, unknown>);
  };
  collect(context);
  // Prefixes first (an array may define them in one object and use them in the next).
  for (const object of objects) {
    for (const [term, definition] of Object.entries(object)) {
      if (typeof definition === "string" && /[#/]$/.test(definition)) prefixes[term] = definition;
    }
  }
  for (const object of objects) {
    for (const [term, definition] of Object.entries(object)) {
      if (term.startsWith("@")) continue;
      const id =
        typeof definition === "string" ? definition : (definition as { "@id"?: unknown } | null)?.["@id"];
      if (typeof id === "string" && !/[#/]$/.test(id)) terms.set(term, expand(id));
      const scoped = (definition as { "@context"?: unknown } | null)?.["@context"];
      if (scoped !== undefined) for (const [key, value] of termDefinitions(scoped)) terms.set(key, value);
    }
  }
  return terms;
}

function meaningInSchema(term: string): readonly string[] | undefined {
  const property = schema.property(term);
  if (property !== undefined) return [property.iri, ...property.aliases];
  const type = schema.type(term) ?? schema.typeOf(term);
  if (type?.iri !== undefined) return [type.iri, ...type.aliases];
  return undefined;
}

/**
 * Terms that a sender's own context gives another meaning than the canonical one. In the
 * canonical compact form `@fedikit/jsonld` produces, these keys do not occur with that meaning;
 * in raw documents they are read by term (and usually fall outside the property's domain).
 */
const senderRedefinitions: readonly { term: string; iri: string; reason: string }[] = [
  { term: "location", iri: "http://schema.org#location", reason: "Mobilizon uses schema.org's location" },
  { term: "Place", iri: "http://schema.org#Place", reason: "Mobilizon uses schema.org's Place" },
  { term: "canReply", iri: "https://joinpeertube.org/ns#canReply", reason: "PeerTube's own reply policy" },
  { term: "expires", iri: "http://schema.org#expires", reason: "PeerTube's CacheFile expiry" },
  { term: "expires", iri: "https://www.w3.org/ns/activitystreams#endTime", reason: "Lemmy's ban expiry" },
  ...["views", "size"].map((term) => ({
    term,
    iri: "http://schema.org/Number",
    reason: "an old PeerTube context wrote the datatype where the IRI goes",
  })),
  { term: "commentsEnabled", iri: "http://schema.org/Boolean", reason: "the same old PeerTube context" },
  { term: "support", iri: "http://schema.org/Text", reason: "the same old PeerTube context" },
];

describe("the schema against real contexts", () => {
  it("gives every term the IRI that the contexts embedded in real documents give it", () => {
    const mismatches = new Set<string>();
    const visit = (value: unknown, file: string): void => {
      if (Array.isArray(value)) for (const item of value) visit(item, file);
      else if (typeof value === "object" && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          if (key !== "@context") {
            visit(item, file);
            continue;
          }
          for (const [term, iri] of termDefinitions(item)) {
            const meaning = meaningInSchema(term);
            if (meaning === undefined || meaning.includes(iri)) continue;
            if (senderRedefinitions.some((entry) => entry.term === term && entry.iri === iri)) continue;
            mismatches.add(`${term}: ${file} says ${iri}, the schema ${meaning[0]}`);
          }
        }
      }
    };
    for (const file of fixtureFiles()) visit(readFixture(file), file);
    expect([...mismatches]).toEqual([]);
  });

  it("finds every term it declares by a context URL in that context, with the same IRI", () => {
    const problems: string[] = [];
    const check = (term: string, iri: string | undefined, url: string): void => {
      if (publishedContexts[url] === undefined) {
        problems.push(`${term}: ${url} is not vendored`);
        return;
      }
      const defined = termDefinitions(url).get(term);
      if (defined !== iri) problems.push(`${term}: ${url} defines ${defined}, the schema says ${iri}`);
    };
    for (const property of schema.properties) {
      for (const term of [property.term, property.languageMap].filter((name) => name !== undefined)) {
        const context = propertyContext(property, term, schema);
        if (context.kind === "url") check(term, property.iri, context.url);
      }
    }
    for (const type of schema.types) {
      if (type.abstract || type.typeProperty === "none") continue;
      const context = typeContext(type, schema);
      if (context.kind === "url") check(type.term, type.iri, context.url);
    }
    expect(problems).toEqual([]);
  });

  it("gives no two properties the same IRI unless their containers tell them apart", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const property of schema.properties) {
      for (const iri of [property.iri, ...property.aliases]) {
        const key = `${iri} ${property.container ?? "set"}`;
        const other = seen.get(key);
        if (other !== undefined) clashes.push(`${other} and ${property.term} both mean ${iri}`);
        seen.set(key, property.term);
      }
    }
    expect(clashes).toEqual([]);
  });
});

interface OwlMember {
  readonly id: string;
  readonly name: string;
  readonly type: string | readonly string[];
  readonly subClassOf?: { readonly name: string } | readonly { readonly name: string }[];
}

const owl = JSON.parse(readFileSync(join(dataDir, "specs", "activitystreams-owl.jsonld"), "utf8")) as {
  sections: Record<string, { members: OwlMember[] }>;
};
const asNamespace = "https://www.w3.org/ns/activitystreams#";
const asArrayOf = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/**
 * Where the schema deliberately departs from the Recommendation, each for a reason a reader can
 * check: the ontology's ActivityPub terms carry spec URLs instead of IRIs, and real servers
 * treat some multi-valued properties as single-valued.
 */
const deliberateFunctional = new Map([
  ["content", "every server sends one string; languages go in contentMap"],
  ["name", "every server sends one string; languages go in nameMap"],
  ["summary", "every server sends one string; languages go in summaryMap"],
  ["sensitive", "a flag (not in the Recommendation; the ontology lists it as an extension)"],
]);

describe("the schema against the ActivityStreams 2.0 vocabulary", () => {
  const members = Object.values(owl.sections).flatMap((section) => section.members);
  const types = members.filter((member) => asArrayOf(member.type).includes("owl:Class"));
  const properties = members.filter((member) => !asArrayOf(member.type).includes("owl:Class"));

  it("has every type with its IRI and supertypes (actor types under the abstract Actor)", () => {
    expect(types.length).toBeGreaterThanOrEqual(54);
    for (const member of types) {
      const type = schema.type(member.name);
      expect(type?.iri, member.name).toBe(member.id);
      const supertypes = asArrayOf(member.subClassOf).map((entry) => entry.name);
      const ours = type?.supertypes.map((supertype) =>
        supertype.term === "Actor" ? "Object" : supertype.term,
      );
      expect(ours, member.name).toEqual(supertypes);
    }
  });

  it("has every property with its IRI and functional flag", () => {
    expect(properties.length).toBeGreaterThanOrEqual(70);
    for (const member of properties) {
      const property = schema.property(member.name);
      expect(property, member.name).toBeDefined();
      // The ontology gives ActivityPub terms their spec URL, and orderedItems an IRI of its own
      // (the ActivityStreams context maps it to as:items).
      if (member.id.startsWith(asNamespace) && member.name !== "orderedItems") {
        expect(property?.iri, member.name).toBe(member.id);
      }
      const functional = asArrayOf(member.type).includes("owl:FunctionalProperty");
      if (!deliberateFunctional.has(member.name)) expect(property?.functional, member.name).toBe(functional);
      else expect(property?.functional, member.name).toBe(true);
    }
  });
});

// Issue 9.5: a node is validated against every type its guards count it as. Before the fix only
// the first known type was checked, so `{ type: ["Note", "Person"], inbox: 42 }` parsed and
// `isPerson` was true of it with `inbox === 42`.
import { expectFailure, expectSuccess } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  declaredTypes,
  defaultSchema,
  extendSchema,
  isActor,
  isImage,
  isInstanceOf,
  isNote,
  isPerson,
  isService,
  parse,
  parseAs,
  parseCreate,
  parseNote,
  parsePerson,
} from "../src/index.js";
import { forgefed } from "./extension/forgefed.js";

const pointers = (issues: readonly { pointer: string }[]) => issues.map((issue) => issue.pointer);

describe("a node that lists several types", () => {
  const noteAndPerson = {
    type: ["Note", "Person"],
    id: "https://e.x/u/a",
    content: "hello",
    inbox: 42,
  };

  it("is checked against each: a Note that is also a Person needs a valid inbox (the reproduction)", () => {
    const strict = expectFailure(parse(noteAndPerson, { strict: true }), "wrong_type");
    expect(pointers(strict.issues)).toEqual(["/inbox"]);
    const lenient = expectSuccess(parse(noteAndPerson));
    expect(pointers(lenient.warnings)).toEqual(["/inbox"]);
    expect(lenient.value).not.toHaveProperty("inbox");
    expect(isPerson(lenient.value) && isNote(lenient.value)).toBe(true);
    expectFailure(parsePerson(noteAndPerson, { strict: true }), "wrong_type");
    expectFailure(parseNote(noteAndPerson, { strict: true }), "wrong_type");
  });

  it("is checked against each when embedded (the reproduction, inside a Create)", () => {
    const create = { type: "Create", actor: "https://e.x/u/a", object: noteAndPerson };
    const strict = expectFailure(parseCreate(create, { strict: true }), "wrong_type");
    expect(pointers(strict.issues)).toEqual(["/object/inbox"]);
    const lenient = expectSuccess(parseCreate(create));
    expect(pointers(lenient.warnings)).toEqual(["/object/inbox"]);
    expect(lenient.value.object).not.toHaveProperty("inbox");
    const deeper = { type: "Announce", actor: "https://e.x/u/a", object: create };
    expect(pointers(expectFailure(parse(deeper, { strict: true }), "wrong_type").issues)).toEqual([
      "/object/object/inbox",
    ]);
  });

  it("of two actor types (a bot that is a Person and a Service) checks both", () => {
    const bot = {
      type: ["Person", "Service"],
      id: "https://e.x/u/bot",
      inbox: "https://e.x/u/bot/inbox",
      outbox: "https://e.x/u/bot/outbox",
      followers: 7,
      preferredUsername: "bot",
    };
    expect(isPerson(bot) && isService(bot) && isActor(bot)).toBe(true);
    expect(pointers(expectFailure(parse(bot, { strict: true }), "wrong_type").issues)).toEqual([
      "/followers",
    ]);
    const clean = { ...bot, followers: "https://e.x/u/bot/followers" };
    expect(expectSuccess(parse(clean, { strict: true })).value).toBe(clean);
  });

  it("of an extension type and a core type checks the properties of both", () => {
    const schema = extendSchema([forgefed]);
    const ticket = { type: ["Ticket", "Note"], isResolved: "yes", content: 5, summary: "ok" };
    const error = expectFailure(parseAs(undefined, ticket, { schema, strict: true }), "wrong_type");
    expect(pointers(error.issues)).toEqual(["/isResolved", "/content"]);
    expect(isInstanceOf(ticket, "Ticket", schema) && isInstanceOf(ticket, "Note", schema)).toBe(true);
    // The same node under the built-in schema: Ticket is unknown there, so only Note applies.
    expect(pointers(expectFailure(parse(ticket, { strict: true }), "wrong_type").issues)).toEqual([
      "/content",
    ]);
  });

  it("has a property one listed type excludes when another listed type has it", () => {
    // Arrive is intransitive (no `object`); Create has one.
    const both = { type: ["Arrive", "Create"], actor: "https://e.x/u/a", object: 42 };
    expect(pointers(expectFailure(parse(both, { strict: true }), "wrong_type").issues)).toEqual(["/object"]);
    const arrive = { type: "Arrive", actor: "https://e.x/u/a", object: 42 };
    expect(expectSuccess(parse(arrive, { strict: true })).value).toBe(arrive);
  });

  it("is of the type a parser asks for when any listed type is, and says which it lists otherwise", () => {
    expectSuccess(parseNote({ type: ["Person", "Note"] }, { strict: true }));
    const error = expectFailure(parseNote({ type: ["Person", "Service"] }), "unexpected_type");
    expect(error.message).toContain("`Person`, `Service`");
  });

  it("fits a property when any listed type fits its range", () => {
    const icon = (type: unknown) => ({ type: "Person", icon: { type, url: "https://e.x/a.png" } });
    expectSuccess(parse(icon(["Note", "Image"]), { strict: true }));
    const error = expectFailure(parse(icon(["Note", "Person"]), { strict: true }), "unexpected_type");
    expect(pointers(error.issues)).toEqual(["/icon/type"]);
    expect(isImage(icon(["Note", "Image"]).icon)).toBe(true);
  });

  it("ignores the types the schema does not know and repeated ones", () => {
    const node = { type: ["Bite", "Note", "Note", "https://www.w3.org/ns/activitystreams#Note"], inbox: 42 };
    expect(declaredTypes(node).map((type) => type.term)).toEqual(["Note"]);
    // Note is known, so the node is not duck-typed as an actor and `inbox` is not a Note property.
    expect(isActor(node)).toBe(false);
    expect(expectSuccess(parse(node, { strict: true })).value).toBe(node);
  });
});

describe("a node without a known type", () => {
  it("is checked as the core type duck typing gives it, like its guards", () => {
    for (const node of [{ inbox: 42 }, { type: "Bite", inbox: 42 }, { type: [], inbox: 42 }]) {
      expect(isActor(node)).toBe(true);
      expect(pointers(expectFailure(parse(node, { strict: true }), "wrong_type").issues)).toEqual(["/inbox"]);
    }
  });

  it("is checked both as the type its position implies and as its duck type", () => {
    // `publicKey` takes a CryptographicKey; the node also has an inbox, so isActor is true of it.
    const person = {
      type: "Person",
      publicKey: { id: "https://e.x/u/a#key", publicKeyPem: "PEM", inbox: 42 },
    };
    expect(isActor(person.publicKey)).toBe(true);
    expect(pointers(expectFailure(parse(person, { strict: true }), "wrong_type").issues)).toEqual([
      "/publicKey/inbox",
    ]);
  });
});

describe("a node whose shape changes when values are dropped", () => {
  it("was checked as what its guards count the repaired copy as", () => {
    // Dropping the bad `href` leaves `items`: the copy is a collection by its shape.
    const link = expectSuccess(parse({ href: 42, items: 42 }));
    expect(pointers(link.warnings)).toEqual(["/href", "/items"]);
    // Dropping the bad `attributedTo` leaves `actor`: the copy is an activity by its shape.
    const object = expectSuccess(parse({ actor: "https://e.x/u/a", attributedTo: 42, object: 42 }));
    expect(pointers(object.warnings)).toEqual(["/attributedTo", "/object"]);
    // Dropping every telltale property leaves a plain object.
    const key = expectSuccess(parse({ publicKeyPem: 42, content: 42 }));
    expect(pointers(key.warnings)).toEqual(["/publicKeyPem", "/content"]);
  });
});

describe("the rule for several definitions of a property", () => {
  it("gives a term one rule, whichever type of a node brings it", () => {
    const schema = defaultSchema();
    const seen = new Map<string, unknown>();
    for (const type of schema.types) {
      for (const [term, rule] of schema.rules.get(type) ?? []) {
        const first = seen.get(term);
        if (first === undefined) seen.set(term, rule);
        else expect(rule, `${term} on ${type.term}`).toBe(first);
      }
    }
    expect(seen.size).toBeGreaterThan(200);
  });
});

describe("guards and the parser agree", () => {
  const types = ["Note", "Person", "Service", "Image", "Hashtag", "Create", "Collection", "Arrive", "Bite"];
  const values = [
    42,
    true,
    "text",
    "https://e.x/v",
    { type: "Note" },
    { type: "Person" },
    { href: "https://e.x/l" },
  ];
  const keys = ["inbox", "outbox", "content", "href", "object", "totalItems", "url", "icon", "name", "items"];
  keys.push("actor", "attributedTo", "publicKeyPem");
  const node = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...types), fc.uniqueArray(fc.constantFrom(...types), { maxLength: 3 })),
      ...Object.fromEntries(keys.map((key) => [key, fc.constantFrom(...values)])),
    },
    { requiredKeys: [] },
  );

  it("every type a guard counts a parsed node as validates it strictly", () => {
    const schema = defaultSchema();
    const guarded = schema.types.filter((type) => type.typeProperty !== "none");
    fc.assert(
      fc.property(node, (document) => {
        const result = parse(document);
        if (!result.ok) return;
        for (const type of guarded) {
          if (!isInstanceOf(result.value, type.term)) continue;
          const again = parseAs(type.term, result.value, { strict: true });
          expect(again.ok || pointers(again.error.issues), `${type.term}: ${JSON.stringify(document)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  buildCreate,
  buildNote,
  buildPerson,
  contextFor,
  type Note,
  PUBLIC_COLLECTION,
  parseCreate,
  serialize,
  stringify,
  VocabularyError,
} from "../index.js";
import { defineVocabulary } from "../schema/model.js";
import { build } from "./build.js";
import { extendSchema } from "./default-schema.js";

describe("builders", () => {
  it("emit canonical JSON with only the ActivityStreams context when nothing else is used", () => {
    const note = buildNote({ id: "https://e.x/n/1", content: "Hello", to: "as:Public", summary: null });
    expect(note).toEqual({
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "Note",
      id: "https://e.x/n/1",
      content: "Hello",
      to: PUBLIC_COLLECTION,
    });
    expect(Object.keys(note)[0]).toBe("@context");
  });

  it("add the contexts and inline definitions the extensions need, at any depth", () => {
    const create = buildCreate<Note>({
      actor: "https://e.x/u/a",
      object: {
        type: "Note",
        content: "look :blob:",
        sensitive: true,
        quote: "https://o.x/n/2",
        tag: [{ type: "Emoji", name: ":blob:", icon: { type: "Image", url: "https://e.x/blob.png" } }],
        attachment: [{ type: "Image", url: "https://e.x/a.png", blurhash: "LEHV6n", focalPoint: [0, 0.5] }],
      },
    });
    expect(create["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      {
        toot: "http://joinmastodon.org/ns#",
        fep044f: "https://w3id.org/fep/044f#",
        sensitive: "as:sensitive",
        quote: { "@id": "fep044f:quote", "@type": "@id" },
        Emoji: "toot:Emoji",
        blurhash: "toot:blurhash",
        focalPoint: { "@id": "toot:focalPoint", "@container": "@list" },
      },
    ]);
    expect(parseCreate(create).ok).toBe(true);
  });

  it("reference published contexts by URL", () => {
    const person = buildPerson({
      id: "https://e.x/u/a",
      inbox: "https://e.x/u/a/inbox",
      publicKey: { id: "https://e.x/u/a#main-key", owner: "https://e.x/u/a", publicKeyPem: "PEM" },
      assertionMethod: [
        {
          type: "Multikey",
          id: "https://e.x/u/a#k",
          controller: "https://e.x/u/a",
          publicKeyMultibase: "z6Mk",
        },
      ],
    });
    expect(person["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      "https://w3id.org/security/v1",
      "https://www.w3.org/ns/did/v1",
      "https://w3id.org/security/multikey/v1",
    ]);
  });

  it("throw a VocabularyError for values outside the range", () => {
    expect(() => buildNote({ published: "yesterday" })).toThrow(VocabularyError);
  });

  it("serialize keeps the document's context and unknown properties, and drops nulls", () => {
    const document = {
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "Note",
      summary: null,
      ext: 1,
    };
    expect(serialize(document)).toEqual({
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "Note",
      ext: 1,
    });
    expect(JSON.parse(stringify({ type: "Note", "vcard:bday": "2000-01-01" }))["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      { vcard: "http://www.w3.org/2006/vcard/ns#" },
    ]);
    expect(contextFor({ type: "Note" })).toBe("https://www.w3.org/ns/activitystreams");
  });

  it("write a term that is an absolute IRI as it is, with no definition in @context", () => {
    const schema = extendSchema([
      defineVocabulary({
        id: "example",
        title: "Example",
        description: "Terms written as absolute IRIs.",
        namespace: "https://example.com/ns#",
        prefix: "ex",
        specUrl: "https://example.com/spec",
        types: {
          "https://example.com/ns#Widget": {
            name: "Widget",
            extends: ["Object"],
            description: "",
            specUrl: "",
          },
        },
        properties: {
          "https://example.com/ns#size": {
            domain: ["Object"],
            range: ["integer"],
            functional: true,
            description: "",
            specUrl: "",
          },
        },
      }),
    ]);
    const widget = build("https://example.com/ns#Widget", { "https://example.com/ns#size": 3 }, { schema });
    expect(widget).toEqual({
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "https://example.com/ns#Widget",
      "https://example.com/ns#size": 3,
    });
    expect(() =>
      build("https://example.com/ns#Widget", { "https://example.com/ns#size": 1.5 }, { schema }),
    ).toThrow(expect.objectContaining({ code: "invalid_number" }));
  });
});

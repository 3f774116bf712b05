import { describe, expect, it } from "vitest";
import {
  coreTypeOf,
  declaredType,
  declaredTypes,
  isActivity,
  isActor,
  isASObject,
  isCollection,
  isCryptographicKey,
  isLink,
  isNote,
} from "../index.js";

describe("guards", () => {
  it("follow the type hierarchy by term, IRI and alias", () => {
    expect(isActor({ type: "Person" })).toBe(true);
    expect(isASObject({ type: "Person" })).toBe(true);
    expect(isActivity({ type: "Question" })).toBe(true);
    expect(isCollection({ type: "OrderedCollectionPage" })).toBe(true);
    expect(isNote({ type: "https://www.w3.org/ns/activitystreams#Note" })).toBe(true);
    // JSON-LD: a node with several types is an instance of each.
    expect(isNote({ type: ["Hashtag", "Note"] })).toBe(true);
    expect(isLink({ type: ["Hashtag", "Note"] })).toBe(true);
    expect(isActor({ type: ["Note", "Bite"] })).toBe(false);
    expect(isNote({ type: ["Bite", "Note"] })).toBe(true);
    expect(isCryptographicKey({ type: "Key" })).toBe(true);
    expect(isLink({ type: "Note" })).toBe(false);
    expect(isNote("https://example.com/note")).toBe(false);
  });

  it("duck-type nodes without a known type (FEP-2277)", () => {
    expect(isActor({ id: "https://e.x/u", inbox: "https://e.x/u/inbox" })).toBe(true);
    expect(isActivity({ type: "Bite", actor: "https://e.x/u", object: "https://e.x/n" })).toBe(true);
    expect(isActivity({ actor: "https://e.x/u", attributedTo: "https://e.x/u" })).toBe(false);
    expect(isCollection({ totalItems: 3 })).toBe(true);
    expect(isLink({ href: "https://e.x/" })).toBe(true);
    expect(isCryptographicKey({ publicKeyPem: "-----BEGIN PUBLIC KEY-----" })).toBe(true);
    expect(isNote({ content: "untyped" })).toBe(false);
    expect(isASObject({ content: "untyped" })).toBe(true);
  });

  it("classify by shape alone", () => {
    expect(coreTypeOf({ type: "Note", inbox: "https://e.x/i" })).toBe("Actor");
    expect(coreTypeOf({ publicKeyMultibase: "z6Mk" })).toBe("VerificationMethod");
    expect(coreTypeOf("https://e.x/")).toBeUndefined();
  });

  it("resolve the types a node declares: the first known one, or every known one", () => {
    const node = { type: [7, "Bite", "Hashtag", "Note", "as:Note"] };
    expect(declaredType(node)?.term).toBe("Hashtag");
    expect(declaredTypes(node).map((type) => type.term)).toEqual(["Hashtag", "Note"]);
    expect(declaredType({ type: ["Bite"] })).toBeUndefined();
    expect(declaredType({ type: "Note" })?.term).toBe("Note");
    expect(declaredType({})).toBeUndefined();
    for (const value of ["Note", null, ["Note"], 3]) {
      expect(declaredType(value)).toBeUndefined();
      expect(declaredTypes(value)).toEqual([]);
      expect(coreTypeOf(value)).toBeUndefined();
    }
  });
});

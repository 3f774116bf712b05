import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { canonize, canonizeNQuads } from "./canonize.js";

const note = {
  "@context": "https://www.w3.org/ns/activitystreams",
  type: "Note",
  id: "https://a.example/notes/1",
  content: "Hello",
  attributedTo: "https://a.example/users/alice",
};

describe("canonize", () => {
  it("gives RDFC-1.0 N-Quads, the same whatever the key order", async () => {
    const nquads = expectSuccess(await canonize(note)).value;
    expect(nquads).toBe(
      [
        "<https://a.example/notes/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/activitystreams#Note> .",
        "<https://a.example/notes/1> <https://www.w3.org/ns/activitystreams#attributedTo> <https://a.example/users/alice> .",
        '<https://a.example/notes/1> <https://www.w3.org/ns/activitystreams#content> "Hello" .',
        "",
      ].join("\n"),
    );
    const reordered = Object.fromEntries(Object.entries(note).reverse());
    expect(expectSuccess(await canonize(reordered)).value).toBe(nquads);
  });

  it("drops what the context does not define, unless strict", async () => {
    const document = { ...note, sensitive: true };
    expect(expectSuccess(await canonize(document)).value).toBe(expectSuccess(await canonize(note)).value);
    expectFailure(await canonize(document, { strict: true }), "malformed_document");
  });

  it("refuses a remote context by default, and input that is not JSON-LD", async () => {
    expectFailure(
      await canonize({ ...note, "@context": "https://evil.example/ctx" }),
      "remote_context_blocked",
    );
    expectFailure(await canonize("not an object"), "malformed_document");
    expectFailure(await canonize({ "@context": { "@version": 2 } }), "invalid_context");
  });

  it("canonizes N-Quads, relabelling blank nodes", async () => {
    const result = expectSuccess(await canonizeNQuads('_:x <https://a.example/p> "v" .\n'));
    expect(result.value).toBe('_:c14n0 <https://a.example/p> "v" .\n');
    expectFailure(await canonizeNQuads("not n-quads"), "malformed_document");
  });
});

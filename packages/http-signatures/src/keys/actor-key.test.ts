import { describe, expect, it } from "vitest";
import { loadVector } from "../../test/support/vectors.js";
import { findPublicKey } from "./actor-key.js";

describe("findPublicKey", () => {
  const mastodon = loadVector("mastodon-person.json");

  it("finds Mastodon's single publicKey object", () => {
    expect(findPublicKey(mastodon, mastodon.publicKey.id)).toBe(mastodon.publicKey);
    expect(findPublicKey(mastodon, `${mastodon.publicKey.id}-other`)).toBeNull();
  });

  it("finds keys in a publicKey array and FEP-521a assertionMethod", () => {
    const actor = {
      id: "https://e.example/u/a",
      publicKey: [
        "https://e.example/u/a#iri-only",
        { id: "https://e.example/u/a#rsa", owner: "https://e.example/u/a", publicKeyPem: "PEM" },
      ],
      assertionMethod: {
        id: "https://e.example/u/a#ed",
        type: "Multikey",
        controller: "https://e.example/u/a",
        publicKeyMultibase: "z6Mk",
      },
    };
    expect(findPublicKey(actor, "https://e.example/u/a#rsa")?.publicKeyPem).toBe("PEM");
    expect(findPublicKey(actor, "https://e.example/u/a#ed")?.publicKeyMultibase).toBe("z6Mk");
    expect(findPublicKey(actor, "https://e.example/u/a#iri-only")).toBeNull();
  });

  it("accepts a document that is the key itself, and ignores non-objects", () => {
    const key = { id: "https://e.example/k", owner: "https://e.example/u", publicKeyPem: "PEM" };
    expect(findPublicKey(key, key.id)).toBe(key);
    expect(findPublicKey(null, "x")).toBeNull();
    expect(findPublicKey("text", "x")).toBeNull();
    expect(findPublicKey({ publicKey: { id: "x", publicKeyPem: 1 } }, "x")).toBeNull();
  });
});

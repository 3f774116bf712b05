import { hasCode } from "@fedikit/core";
import { FetchError } from "@fedikit/fetch";
import { expectFailure, expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test/fixture-documents.js";
import { fixtureKeyResolver, signedFixtures } from "../../test/fixture-keys.js";
import { type JsonRecord, list, member } from "../../test/json-member.js";
import { verifyLinkedData } from "./verify-linked-data.js";

const academy = signedFixtures[0].name;

describe("verifyLinkedData on real signed documents", () => {
  for (const { name, signer } of signedFixtures) {
    it(`verifies ${name}, naming its creator and the owner the resolver confirmed`, async () => {
      const document = fixture(name);
      const signature = document.signature as { creator: string; created: string };
      const result = expectSuccess(await verifyLinkedData(document, { keyResolver: fixtureKeyResolver() }));
      expect(result.value.keyId).toBe(signature.creator);
      expect(result.value.owner).toBe(fixture(signer).id);
      expect(result.value.owner).toBe(document.actor);
      expect(result.value.document.actor).toBe(document.actor);
      expect(result.value.document.id).toBe(document.id);
      expect(result.value.document).not.toHaveProperty("signature");
      expect(result.value.created).toEqual(new Date(signature.created));
    });
  }

  it("fails with signature_mismatch for Pleroma's edited copy of a Mastodon activity", async () => {
    const keyResolver = fixtureKeyResolver(["mastodon/admin@mastdon.example.org.json"]);
    const error = expectFailure(
      await verifyLinkedData(fixture("mastodon/mastodon-post-activity.json"), { keyResolver }),
      "signature_mismatch",
    );
    expect(error.keyId).toBe("http://mastodon.example.org/users/admin#main-key");
  });

  it("refuses Pleroma's edited Hubzilla Follow before any key lookup: no context defines its `nickname`, so no signature covers it", async () => {
    const keyResolver = fixtureKeyResolver(["hubzilla/kaniini@hubzilla.example.org.json"]);
    expectFailure(
      await verifyLinkedData(fixture("hubzilla/hubzilla-follow-activity.json"), { keyResolver }),
      "uncovered_content",
      /_:nickname/,
    );
    expect(keyResolver.calls).toEqual([]);
  });
});

describe("verifyLinkedData on edited documents", () => {
  const edits: [string, (document: JsonRecord) => void][] = [
    ["the note's content", (d) => (member(d, "object").content = "<p>Edited</p>")],
    ["the audience", (d) => list(d, "to").push("https://evil.example/users/mallory")],
    ["the actor", (d) => (d.actor = "https://activitypub.academy/users/someone_else")],
    ["a property removed", (d) => delete member(d, "object").url],
    ["the signature's created time", (d) => (member(d, "signature").created = "2024-09-12T16:50:47Z")],
    [
      "an embedded object added with @included",
      (d) => (d["@included"] = [{ id: "https://evil.example/n", type: "Note" }]),
    ],
  ];
  for (const [what, edit] of edits) {
    it(`fails with signature_mismatch when ${what} changed`, async () => {
      const document = fixture(academy);
      edit(document);
      expectFailure(
        await verifyLinkedData(document, { keyResolver: fixtureKeyResolver() }),
        "signature_mismatch",
      );
    });
  }

  it("still verifies a re-expression with the same meaning: a bundled context added, a term written as a full IRI", async () => {
    const document = fixture(academy);
    document["@context"] = [...list(document, "@context"), "https://w3id.org/security/v1"];
    const note = member(document, "object");
    note["https://www.w3.org/ns/activitystreams#content"] = note.content;
    delete note.content;
    const result = expectSuccess(await verifyLinkedData(document, { keyResolver: fixtureKeyResolver() }));
    expect((result.value.document.object as Record<string, unknown>).content).toBe("<p>Test</p>");
  });
});

describe("verifyLinkedData failures that name what is wrong", () => {
  const keyResolver = fixtureKeyResolver();
  const signed = () => fixture(academy);

  it("missing_signature without a signature, malformed_document for what is not an object", async () => {
    const { signature: _, ...unsigned } = signed();
    expectFailure(await verifyLinkedData(unsigned, { keyResolver }), "missing_signature");
    expectFailure(await verifyLinkedData([signed()], { keyResolver }), "malformed_document");
    expectFailure(await verifyLinkedData("{}", { keyResolver }), "malformed_document");
  });

  it("unsupported_type for another signature type, quoting it", async () => {
    const document = signed();
    member(document, "signature").type = "RsaSignature2018";
    expectFailure(
      await verifyLinkedData(document, { keyResolver }),
      "unsupported_type",
      /"RsaSignature2018"/,
    );
  });

  it("malformed_signature for a signature that is not an object, without a creator (or with one of 3 KB), or with a value that is not base64", async () => {
    for (const edit of [
      (d: JsonRecord) => (d.signature = [d.signature]),
      (d: JsonRecord) => delete member(d, "signature").creator,
      (d: JsonRecord) => (member(d, "signature").creator = `https://a.example/${"k".repeat(3000)}`),
      (d: JsonRecord) => (member(d, "signature").signatureValue = "not base64!"),
      (d: JsonRecord) => (member(d, "signature").signatureValue = "A".repeat(5000)),
      (d: JsonRecord) => (member(d, "signature").signatureValue = 42),
    ]) {
      const document = signed();
      edit(document);
      expectFailure(await verifyLinkedData(document, { keyResolver }), "malformed_signature");
    }
    expect(keyResolver.calls).toEqual([]);
  });

  it("key_not_found when the resolver does not know the creator, and the owner is undefined when it confirms none", async () => {
    expectFailure(await verifyLinkedData(signed(), { keyResolver: () => null }), "key_not_found");
    const actor = fixture("mastodon/brauca_darradiul.json") as { publicKey: unknown };
    const result = expectSuccess(
      await verifyLinkedData(signed(), { keyResolver: () => ({ key: actor.publicKey as never }) }),
    );
    expect(result.value.owner).toBeUndefined();
  });

  it("key_fetch_failed when the key lookup fails, keeping the fetch's code in the cause chain", async () => {
    const refused = new FetchError("ssrf_blocked", "private address", {
      url: "https://activitypub.academy/users/brauca_darradiul",
    });
    const error = expectFailure(
      await verifyLinkedData(signed(), { keyResolver: () => Promise.reject(refused) }),
      "key_fetch_failed",
    );
    expect(hasCode(error, "ssrf_blocked")).toBe(true);
    expect(error.keyId).toBe("https://activitypub.academy/users/brauca_darradiul#main-key");
  });

  it("wrong_key_type when the creator names an Ed25519 key", async () => {
    const { publicKey } = testKeyPair("ed25519");
    expectFailure(
      await verifyLinkedData(signed(), { keyResolver: () => ({ key: publicKey }) }),
      "wrong_key_type",
    );
  });

  it("throws a TypeError without a keyResolver, and rejects with the reason when the signal aborts", async () => {
    await expect(verifyLinkedData(signed(), {} as never)).rejects.toThrow(/keyResolver/);
    const reason = new Error("stop");
    await expect(verifyLinkedData(signed(), { keyResolver, signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
  });
});

import { expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test/fixture-documents.js";
import { isJsonLdError } from "../jsonld-error.js";
import { signLinkedData } from "./sign-linked-data.js";
import { verifyLinkedData } from "./verify-linked-data.js";

const keyId = "https://fedikit.example/users/alice#main-key";
const owner = "https://fedikit.example/users/alice";
const rsa = testKeyPair("rsa");
const keyResolver = () => ({ key: rsa.publicKeyPem, owner });

function activity(): Record<string, unknown> {
  const { signature: _, ...unsigned } = fixture(
    "mastodon/activitypub.academy-create-ldsigned.extracted.json",
  );
  return { ...unsigned, actor: owner };
}

describe("signLinkedData", () => {
  it("adds an RsaSignature2017 that verifyLinkedData accepts, leaving the input as it was", async () => {
    const document = activity();
    const before = structuredClone(document);
    const signed = await signLinkedData(document, {
      keyId,
      privateKey: rsa.privateKeyPem,
      created: Date.UTC(2024, 8, 12, 16, 50, 46, 999),
    });
    expect(document).toEqual(before);
    expect(signed.signature).toEqual({
      type: "RsaSignature2017",
      creator: keyId,
      created: "2024-09-12T16:50:46Z",
      signatureValue: expect.stringMatching(/^[A-Za-z0-9+/]{342}==$/),
    });
    const result = expectSuccess(await verifyLinkedData(signed, { keyResolver }));
    expect(result.value.owner).toBe(owner);
    expect(result.value.created).toEqual(new Date("2024-09-12T16:50:46Z"));
  });

  it("takes the time from now when created is not given, and replaces a signature the document had", async () => {
    const once = await signLinkedData(activity(), {
      keyId: "https://old.example/key",
      privateKey: rsa.privateKey,
      now: () => 0,
    });
    const again = await signLinkedData(once, {
      keyId,
      privateKey: rsa.privateKey,
      now: () => 1_700_000_000_000,
    });
    expect(again.signature.creator).toBe(keyId);
    expect(again.signature.created).toBe("2023-11-14T22:13:20Z");
    expectSuccess(await verifyLinkedData(again, { keyResolver }));
  });

  it("refuses to sign a document part of which the signature would not cover, with uncovered_content", async () => {
    const error = await signLinkedData(
      { ...activity(), undefinedTerm: 1 },
      { keyId, privateKey: rsa.privateKey },
    ).catch((thrown: unknown) => thrown);
    expect(isJsonLdError(error, "uncovered_content")).toBe(true);
  });

  it("throws a TypeError for a missing keyId or key, a key that is not RSA, or a created that is not a date", async () => {
    await expect(signLinkedData(activity(), { keyId: "", privateKey: rsa.privateKey })).rejects.toThrow(
      /keyId/,
    );
    await expect(signLinkedData(activity(), { keyId } as never)).rejects.toThrow(/privateKey/);
    await expect(
      signLinkedData(activity(), { keyId, privateKey: testKeyPair("ed25519").privateKey }),
    ).rejects.toThrow(/rsa/);
    await expect(
      signLinkedData(activity(), { keyId, privateKey: rsa.privateKey, created: new Date(Number.NaN) }),
    ).rejects.toThrow(/created/);
    await expect(signLinkedData([] as never, { keyId, privateKey: rsa.privateKey })).rejects.toThrow(
      TypeError,
    );
  });
});

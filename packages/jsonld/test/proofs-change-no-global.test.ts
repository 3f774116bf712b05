import { expectImportChangesNoGlobal, testKeyPair } from "@fedikit/test-support";
import { expect, it } from "vitest";

it("creating and verifying a JCS proof, which loads the canonicalize package on first use, changes no global", async () => {
  const module = await expectImportChangesNoGlobal(() => import("../src/index.js"));
  const { privateKey, publicKey } = testKeyPair("ed25519");
  await expectImportChangesNoGlobal(async () => {
    const proved = await module.createProof(
      { "@context": "https://www.w3.org/ns/activitystreams", type: "Note", content: "x" },
      { verificationMethod: "https://a.example/users/alice#key", privateKey },
    );
    const result = await module.verifyProof(proved, { keyResolver: () => ({ key: publicKey }) });
    expect(result.ok).toBe(true);
    return result;
  });
});

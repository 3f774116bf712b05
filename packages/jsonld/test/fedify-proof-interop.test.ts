// Fedify 2.3.6 as an independent FEP-8b32 implementation. It runs in a child process
// (test/fedify/proofs.mjs): importing it replaces globals on Node 20, which no test here may share.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { createProof, verifyProof } from "../src/index.js";
import { fixture } from "./fixture-documents.js";

const run = promisify(execFile);
const script = fileURLToPath(new URL("fedify/proofs.mjs", import.meta.url));

type Operation =
  | { op: "verify"; document: object; keyId: string; controller: string; publicKeyJwk: object }
  | { op: "sign"; document: object; keyId: string; privateKeyJwk: object };

/** Runs the operations in one Fedify process, in order. */
async function fedify(operations: readonly Operation[]): Promise<unknown[]> {
  const child = run(process.execPath, [script], { maxBuffer: 1 << 22 });
  child.child.stdin?.end(JSON.stringify(operations));
  const results = JSON.parse((await child).stdout) as unknown[];
  for (const result of results) {
    if (typeof result === "object" && result !== null && "error" in result)
      throw new Error(String(result.error));
  }
  return results;
}

const alice = "https://server.example/users/alice";
const keyId = `${alice}#ed25519-key`;
const ed25519 = testKeyPair("ed25519", "fedify");
const publicKeyJwk = ed25519.publicKey.export({ format: "jwk" });
const activity = {
  "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v1"],
  id: "https://server.example/activities/1",
  type: "Create",
  actor: alice,
  to: "https://www.w3.org/ns/activitystreams#Public",
  object: {
    id: "https://server.example/objects/1",
    type: "Note",
    attributedTo: alice,
    content: "Hello from Fedikit",
  },
};

describe("FEP-8b32 proofs against Fedify 2.3.6 (own process)", () => {
  it("Fedify's verifyProof and verifyObject accept a proof createProof made, and reject it once the content changed", async () => {
    const proved = await createProof(activity, { verificationMethod: keyId, privateKey: ed25519.privateKey });
    const edited = { ...proved, object: { ...proved.object, content: "Edited" } };
    const [original, changed] = await fedify([
      { op: "verify", document: proved, keyId, controller: alice, publicKeyJwk },
      { op: "verify", document: edited, keyId, controller: alice, publicKeyJwk },
    ]);
    expect(original).toEqual({ proofs: true, object: true });
    expect(changed).toEqual({ proofs: false, object: false });
  });

  it("Fedify sees and accepts the proof on a real Mastodon activity, whose context createProof completed with the data integrity context", async () => {
    const { signature: _, ...mastodon } = fixture(
      "mastodon/activitypub.academy-create-ldsigned.extracted.json",
    );
    const actor = mastodon.actor as string;
    const proved = await createProof(mastodon, {
      verificationMethod: `${actor}#ed25519-key`,
      privateKey: ed25519.privateKey,
    });
    const [result] = await fedify([
      { op: "verify", document: proved, keyId: `${actor}#ed25519-key`, controller: actor, publicKeyJwk },
    ]);
    expect(result).toEqual({ proofs: true, object: true });
  });

  it("verifyProof accepts an object Fedify's signObject proved, and refuses it once the content changed", async () => {
    const [signed] = (await fedify([
      { op: "sign", document: activity, keyId, privateKeyJwk: ed25519.privateKey.export({ format: "jwk" }) },
    ])) as [Record<string, unknown> & { proof: Record<string, unknown> }];
    expect(signed.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-jcs-2022" });
    const keyResolver = () => ({ key: ed25519.publicKey, owner: alice });
    const result = expectSuccess(await verifyProof(signed, { keyResolver }));
    expect(result.value).toMatchObject({ keyId, owner: alice, cryptosuite: "eddsa-jcs-2022" });
    expect(result.value.document.actor).toBe(alice);
    const edited = { ...signed, actor: "https://server.example/users/bob" };
    expect((await verifyProof(edited, { keyResolver })).ok).toBe(false);
  });
});

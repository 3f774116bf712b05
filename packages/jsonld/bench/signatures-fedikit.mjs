// @fedikit/jsonld's verifyLinkedData and verifyProof, with a warm caching key resolver, beside the
// floor, in its own process. Reads the workload on stdin; prints ops/s as JSON.
import { createPublicKey } from "node:crypto";
import { createCachingKeyResolver } from "@fedikit/http-signatures";
import { verifyLinkedData, verifyProof } from "../dist/index.js";
import { linkedDataFloor, proofFloor } from "./signatures-floor.mjs";
import { measure } from "./signatures-harness.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { workload, settings } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const keys = new Map();
for (const entry of workload.linkedData)
  keys.set(entry.keyId, { key: entry.publicKeyPem, owner: entry.owner });
for (const entry of workload.proofs) {
  const key = entry.publicKeyJwk
    ? createPublicKey({ key: entry.publicKeyJwk, format: "jwk" })
    : entry.publicKeyMultibase;
  keys.set(entry.keyId, { key, owner: entry.owner });
}
const keyResolver = createCachingKeyResolver({ load: async (keyId) => keys.get(keyId) ?? null });

const all = (entries, make) => {
  const checks = entries.map(make);
  return async () => {
    for (const check of checks) await check();
  };
};
const checked = (verify) => (entry) => async () => {
  const result = await verify(entry.document, { keyResolver });
  if (!result.ok || result.value.owner !== entry.owner) {
    throw new Error(`${entry.name}: ${result.ok ? "owner not confirmed" : result.error.message}`);
  }
};

// Warm the key cache (and jsonld.js, and the canonicalize import) before measuring.
await all(workload.linkedData, checked(verifyLinkedData))();
await all(workload.proofs, checked(verifyProof))();

process.stdout.write(
  JSON.stringify({
    linkedData: await measure(
      {
        floor: all(workload.linkedData, linkedDataFloor),
        fedikit: all(workload.linkedData, checked(verifyLinkedData)),
      },
      settings,
    ),
    proofs: await measure(
      { floor: all(workload.proofs, proofFloor), fedikit: all(workload.proofs, checked(verifyProof)) },
      settings,
    ),
  }),
);

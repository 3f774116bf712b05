// Fedify 2.3.6's verifyJsonLd (and its lower-level verifySignature) and verifyProof, with a key
// cache that always hits, beside the same floor, in its own process: importing Fedify replaces
// globals on Node 20. Reads the workload on stdin; prints ops/s as JSON.
import { webcrypto } from "node:crypto";
import { verifyJsonLd, verifyObject, verifyProof, verifySignature } from "@fedify/fedify/sig";
import { Object as ActivityObject, CryptographicKey, Multikey } from "@fedify/vocab";
import { importPublicKey } from "@fedikit/http-signatures";
import { linkedDataFloor, proofFloor } from "./signatures-floor.mjs";
import { measure } from "./signatures-harness.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { workload, settings } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const { subtle } = webcrypto;
const keys = new Map();
for (const entry of workload.linkedData) {
  const der = Buffer.from(entry.publicKeyPem.replace(/-----[^-]+-----|\s/g, ""), "base64");
  const publicKey = await subtle.importKey(
    "spki",
    der,
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    true,
    ["verify"],
  );
  keys.set(
    entry.keyId,
    new CryptographicKey({ id: new URL(entry.keyId), owner: new URL(entry.owner), publicKey }),
  );
}
for (const entry of workload.proofs) {
  const jwk =
    entry.publicKeyJwk ?? importPublicKey(entry.publicKeyMultibase).keyObject.export({ format: "jwk" });
  const publicKey = await subtle.importKey("jwk", jwk, { name: "Ed25519" }, true, ["verify"]);
  keys.set(
    entry.keyId,
    new Multikey({ id: new URL(entry.keyId), controller: new URL(entry.owner), publicKey }),
  );
}
// A key cache that always hits: the fastest path Fedify has. Nothing is fetched.
const keyCache = { get: async (keyId) => keys.get(keyId.href), set: async () => {} };
const documentLoader = async (url) => {
  throw new Error(`no fetch expected: ${url}`);
};
const options = { keyCache, documentLoader };

const all = (entries, make) => {
  const checks = entries.map(make);
  return async () => {
    for (const check of checks) await check();
  };
};
const checkedJsonLd = (entry) => async () => {
  if (!(await verifyJsonLd(entry.document, options))) throw new Error(`Fedify rejects ${entry.name}`);
};
const checkedSignature = (entry) => async () => {
  if ((await verifySignature(entry.document, options)) === null)
    throw new Error(`Fedify rejects ${entry.name}`);
};
// The proof object is read once, outside the measured loop: Fedify's verifyProof takes it parsed.
const parsedProofs = [];
for (const entry of workload.proofs) {
  const object = await ActivityObject.fromJsonLd(entry.document, options);
  for await (const proof of object.getProofs(options)) parsedProofs.push({ entry, proof });
}
if (parsedProofs.length !== workload.proofs.length) throw new Error("Fedify does not see every proof");
const checkedProof =
  ({ entry, proof }) =>
  async () => {
    if ((await verifyProof(entry.document, proof, options)) === null)
      throw new Error(`Fedify rejects ${entry.name}`);
  };

const checkedObject = (entry) => async () => {
  if ((await verifyObject(ActivityObject, entry.document, options)) === null)
    throw new Error(`Fedify rejects ${entry.name}`);
};

await all(workload.linkedData, checkedJsonLd)();
await all(parsedProofs, checkedProof)();

process.stdout.write(
  JSON.stringify({
    linkedData: await measure(
      {
        floor: all(workload.linkedData, linkedDataFloor),
        fedify: all(workload.linkedData, checkedJsonLd),
        fedifySignatureOnly: all(workload.linkedData, checkedSignature),
      },
      settings,
    ),
    proofs: await measure(
      {
        floor: all(workload.proofs, proofFloor),
        fedify: all(parsedProofs, checkedProof),
        fedifyObject: all(workload.proofs, checkedObject),
      },
      settings,
    ),
  }),
);

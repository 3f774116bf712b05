// Fedify 2.3.6 as an independent FEP-8b32 implementation, in its own process: importing it
// replaces globals on Node 20, which no test of this package may share. Reads a JSON array of
// operations on stdin and writes a JSON array of results on stdout:
//   { op: "verify", document, keyId, controller, publicKeyJwk } → { proofs, object }: whether
//     Fedify's verifyProof accepts every proof, and whether verifyObject accepts the object;
//   { op: "sign", document, keyId, privateKeyJwk } → the document signed with signObject and
//     serialized as Fedify's sendActivity puts it on the wire.
import { webcrypto } from "node:crypto";
import { signObject, verifyObject, verifyProof } from "@fedify/fedify/sig";
import { Object as ActivityObject, Multikey } from "@fedify/vocab";

// Fedify's sendActivity serializes a signed activity with toJsonLd and then rewrites it with
// normalizeOutgoingActivityJsonLd (`as:Public` becomes the full IRI, which is what signObject
// signed), before it sends it. That function is not exported; it is imported here from its file
// in the pinned Fedify 2.3.6, so that the test reads exactly what Fedify sends.
const fedifyDist = new URL("./", import.meta.resolve("@fedify/fedify"));
const { o: normalizeOutgoingActivityJsonLd } = await import(new URL("proof-CrtfGSi7.js", fedifyDist).href);
if (typeof normalizeOutgoingActivityJsonLd !== "function") {
  throw new Error("Fedify 2.3.6's normalizeOutgoingActivityJsonLd was not found where expected.");
}

// Fedify's importJwk reads `navigator`, which Node 20 does not have; WebCrypto imports the same.
const importEd25519 = (jwk, usage) =>
  webcrypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, true, [usage]);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const operations = JSON.parse(Buffer.concat(chunks).toString("utf8"));

// Everything needed is in the operation or in Fedify's preloaded contexts: nothing is fetched.
const documentLoader = async (url) => {
  throw new Error(`no fetch expected: ${url}`);
};

async function verify({ document, keyId, controller, publicKeyJwk }) {
  const publicKey = await importEd25519(publicKeyJwk, "verify");
  const key = new Multikey({ id: new URL(keyId), controller: new URL(controller), publicKey });
  const keyCache = { get: async (id) => (id.href === keyId ? key : undefined), set: async () => {} };
  const options = { documentLoader, keyCache };
  const object = await ActivityObject.fromJsonLd(document, options);
  let proofs = 0;
  let verified = 0;
  for await (const proof of object.getProofs(options)) {
    proofs++;
    if ((await verifyProof(document, proof, options)) !== null) verified++;
  }
  const whole = await verifyObject(ActivityObject, document, options);
  return { proofs: proofs > 0 && verified === proofs, object: whole !== null };
}

async function sign({ document, keyId, privateKeyJwk }) {
  const privateKey = await importEd25519(privateKeyJwk, "sign");
  const object = await ActivityObject.fromJsonLd(document, { documentLoader });
  const signed = await signObject(object, privateKey, new URL(keyId), { documentLoader });
  return await normalizeOutgoingActivityJsonLd(await signed.toJsonLd({ format: "compact" }));
}

const results = [];
for (const operation of operations) {
  try {
    results.push(operation.op === "sign" ? await sign(operation) : await verify(operation));
  } catch (error) {
    results.push({ error: String(error?.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));

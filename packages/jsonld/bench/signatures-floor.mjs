// The floor both measuring processes compute the same way: what any verifier must at least do.
// LD signatures: jsonld.js canonicalization (RDFC-1.0) of the options and of the document, with
// contexts from memory, SHA-256, and an RSA check. Proofs: JCS (the canonicalize package) of the
// proof configuration and of the document, SHA-256, and an Ed25519 check.
import { createHash, createPublicKey, verify } from "node:crypto";
import { decodeMultibaseBase58btc, importPublicKey } from "@fedikit/http-signatures";
import canonicalize from "canonicalize";
import jsonld from "jsonld";
import { getBundledContext } from "../dist/index.js";

const documentLoader = async (url) => {
  const document = getBundledContext(url);
  if (document === undefined) throw new Error(`no bundled context ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document), tag: "static" };
};

const sha256 = (text) => createHash("sha256").update(text).digest();
const canonize = (document) =>
  jsonld.canonize(document, {
    algorithm: "RDFC-1.0",
    format: "application/n-quads",
    documentLoader,
    safe: false,
  });

export function linkedDataFloor(entry) {
  const key = createPublicKey(entry.publicKeyPem);
  const { signature, ...document } = entry.document;
  const { type: _type, id: _id, signatureValue, ...options } = signature;
  const value = Buffer.from(signatureValue, "base64");
  return async () => {
    const hashes =
      sha256(await canonize({ ...options, "@context": "https://w3id.org/identity/v1" })).toString("hex") +
      sha256(await canonize(document)).toString("hex");
    if (!verify("sha256", Buffer.from(hashes), key, value))
      throw new Error(`floor: ${entry.name} does not verify`);
  };
}

export function proofFloor(entry) {
  const key = entry.publicKeyJwk
    ? createPublicKey({ key: entry.publicKeyJwk, format: "jwk" })
    : importPublicKey(entry.publicKeyMultibase).keyObject;
  const { proof, ...document } = entry.document;
  const { proofValue, ...configuration } = proof;
  const value = decodeMultibaseBase58btc(proofValue);
  return async () => {
    const data = Buffer.concat([sha256(canonicalize(configuration)), sha256(canonicalize(document))]);
    if (!verify(null, data, key, value)) throw new Error(`floor: ${entry.name} does not verify`);
  };
}

import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import type { PublicKeyInput } from "../../src/keys/import-public-key.js";
import type { ResolvedKey } from "../../src/keys/key-resolver.js";
import { loadVector } from "./vectors.js";

const rfc9421 = loadVector("rfc9421.json");

/** RFC 9421 Appendix B.1 keys by key id: public halves (PEM) and the shared secret. */
export const rfc9421PublicKeys: Record<string, PublicKeyInput> = {
  "test-key-rsa": rfc9421.keys["test-key-rsa"].public_pem,
  "test-key-rsa-pss": rfc9421.keys["test-key-rsa-pss"].public_pem,
  "test-key-ecc-p256": rfc9421.keys["test-key-ecc-p256"].public_pem,
  "test-key-ed25519": rfc9421.keys["test-key-ed25519"].public_pem,
  "test-shared-secret": Buffer.from(rfc9421.keys["test-shared-secret"].base64, "base64"),
};

/** RFC 9421 Appendix B.1 private keys (PEM) and the shared secret, by key id. */
export const rfc9421PrivateKeys: Record<string, string | Uint8Array> = {
  "test-key-rsa": rfc9421.keys["test-key-rsa"].private_pem,
  "test-key-rsa-pss": rfc9421.keys["test-key-rsa-pss"].private_pem,
  "test-key-ecc-p256": rfc9421.keys["test-key-ecc-p256"].private_pem,
  "test-key-ed25519": rfc9421.keys["test-key-ed25519"].private_pem,
  "test-shared-secret": Buffer.from(rfc9421.keys["test-shared-secret"].base64, "base64"),
};

/** A key resolver over a fixed table (a Map: key ids are a sender's text). */
export function tableResolver(table: Record<string, PublicKeyInput>) {
  const keys = new Map(Object.entries(table));
  return async (keyId: string): Promise<ResolvedKey | null> => {
    const key = keys.get(keyId);
    return key === undefined ? null : { key };
  };
}

/** A resolver that answers every key id with `key` (and `owner`, when given). */
export function always(key: PublicKeyInput, owner?: string): () => ResolvedKey {
  const resolved = { key, owner };
  return () => resolved;
}

const unusual = loadVector("unusual-keys.json");

/** Key pairs of kinds `@fedikit/test-support` does not hand out, generated once into test/data. */
export function unusualKeyPair(kind: "ec-p384" | "dsa-2048" | "x25519" | "ec-secp256k1"): {
  publicKey: KeyObject;
  privateKey: KeyObject;
} {
  return {
    publicKey: createPublicKey(unusual[kind].public_pem),
    privateKey: createPrivateKey(unusual[kind].private_pem),
  };
}

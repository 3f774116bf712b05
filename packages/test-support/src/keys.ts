import { generateKeyPairSync, type KeyObject } from "node:crypto";

/** A key pair for tests, as KeyObjects and as PEM (SPKI public, PKCS#8 private). */
export interface TestKeyPair {
  /** The public half. */
  readonly publicKey: KeyObject;
  /** The private half. */
  readonly privateKey: KeyObject;
  /** The public half as an SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  readonly publicKeyPem: string;
  /** The private half as a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  readonly privateKeyPem: string;
}

/** The kinds of test keys. */
export type TestKeyType = "rsa" | "ed25519" | "ec-p256";

const cache = new Map<string, TestKeyPair>();

function generate(type: TestKeyType): TestKeyPair {
  const { publicKey, privateKey } =
    type === "rsa"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : type === "ec-p256"
        ? generateKeyPairSync("ec", { namedCurve: "P-256" })
        : generateKeyPairSync("ed25519");
  return {
    publicKey,
    privateKey,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

/**
 * A key pair of `type`, generated once per test process for each `name` (RSA generation takes
 * tens of milliseconds; tests that need distinct keys pass distinct names).
 */
export function testKeyPair(type: TestKeyType, name = "default"): TestKeyPair {
  const id = `${type}:${name}`;
  let pair = cache.get(id);
  if (pair === undefined) {
    pair = generate(type);
    cache.set(id, pair);
  }
  return pair;
}

/** A fresh key pair of `type`, never shared (for tests about one key being replaced by another). */
export function freshKeyPair(type: TestKeyType): TestKeyPair {
  return generate(type);
}

import { type KeyObject, webcrypto } from "node:crypto";
import { testKeyPair } from "@fedikit/test-support";
import {
  genDigestHeaderBothRFC3230AndRFC9530,
  parseRequestSignature,
  RFC9421SignatureBaseFactory,
  signAsDraftToRequest,
  verifyDraftSignature,
  verifyRFC3230DigestHeader,
  verifyRFC9530DigestHeader,
} from "@misskey-dev/node-http-message-signatures";
import { describe, expect, it } from "vitest";
import type { Rfc9421Algorithm } from "../src/rfc9421/algorithms.js";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";
import { always, unusualKeyPair } from "./support/keys.js";
import { signatureBaseFor } from "./support/signature-base.js";

const url = "https://receiver.example/users/bob/inbox?page=2";
const body = '{"type":"Follow","actor":"https://sender.example/users/alice"}';
const now = Date.parse("2026-01-02T03:04:05Z");
const date = new Date(now).toUTCString();

function pemPair({ publicKey, privateKey }: { publicKey: KeyObject; privateKey: KeyObject }) {
  return {
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

const keys = {
  rsa: pemPair(testKeyPair("rsa")),
  p256: pemPair(testKeyPair("ec-p256")),
  p384: pemPair(unusualKeyPair("ec-p384")),
  ed25519: pemPair(testKeyPair("ed25519")),
};
const hmacSecret = webcrypto.getRandomValues(new Uint8Array(64));

function recordOf(request: Request): Record<string, string> {
  return Object.fromEntries(request.headers);
}

describe("draft-cavage-12 against @misskey-dev/node-http-message-signatures", () => {
  const cases = [
    { name: "rsa-sha256", key: keys.rsa, hash: "SHA-256" },
    { name: "rsa-sha512", key: keys.rsa, hash: "SHA-512" },
    { name: "ecdsa-sha256", key: keys.p256, hash: "SHA-256" },
    { name: "ed25519", key: keys.ed25519, hash: "SHA-256" },
  ] as const;

  for (const { name, key, hash } of cases) {
    it(`misskey verifies what we sign (${name})`, async () => {
      const signed = await signRequest(
        new Request(url, {
          method: "POST",
          headers: { date, "content-type": "application/activity+json" },
          body,
        }),
        { keyId: "https://sender.example/users/alice#main-key", privateKey: key.privatePem, algorithm: name },
      );
      const requestLike = {
        method: "POST",
        url: "/users/bob/inbox?page=2",
        headers: { ...recordOf(signed), host: "receiver.example" },
      };
      const parsed = parseRequestSignature(requestLike, { clockSkew: { now: new Date(now) } });
      expect(parsed.version).toBe("draft");
      expect(await verifyDraftSignature(parsed.value as never, key.publicPem)).toBe(true);
      expect(await verifyRFC3230DigestHeader(requestLike, body)).toBe(true);
    });

    it(`we verify what misskey signs (${name === "ed25519" ? "ed25519-sha512" : name})`, async () => {
      const headers: Record<string, string> = {
        host: "receiver.example",
        date,
        "content-type": "application/activity+json",
      };
      const requestLike = { method: "POST", url: "/users/bob/inbox?page=2", headers };
      await genDigestHeaderBothRFC3230AndRFC9530(requestLike, body, "SHA-256");
      await signAsDraftToRequest(
        requestLike,
        { keyId: "https://sender.example/users/alice#main-key", privateKeyPem: key.privatePem },
        ["(request-target)", "host", "date", "digest"],
        { hash, ec: "DSA" },
      );
      const result = await verifyRequest(
        { method: "POST", url, headers },
        { keyResolver: always(key.publicPem), now: () => now, body },
      );
      expect(result).toMatchObject({ ok: true, value: { spec: "draft-cavage-12" } });
      expect(result.ok && result.value.algorithm).toBe(name);
    });
  }

  it("Misskey signs (request-target) without the query when given a full URL; we accept it (Mastodon's quirk)", async () => {
    const headers: Record<string, string> = { host: "receiver.example", date };
    const requestLike = { method: "GET", url, headers };
    await signAsDraftToRequest(requestLike, { keyId: "k", privateKeyPem: keys.rsa.privatePem }, [
      "(request-target)",
      "host",
      "date",
    ]);
    const result = await verifyRequest(
      { method: "GET", url, headers },
      { keyResolver: always(keys.rsa.publicPem), now: () => now },
    );
    expect(result).toMatchObject({ ok: true });
    const strict = await verifyRequest(
      { method: "GET", url, headers },
      { keyResolver: always(keys.rsa.publicPem), now: () => now, allowRequestTargetWithoutQuery: false },
    );
    expect(strict).toMatchObject({ ok: false, error: { code: "signature_mismatch" } });
  });
});

const webCryptoParams: Record<
  Rfc9421Algorithm,
  {
    import: RsaHashedImportParams | EcKeyImportParams | HmacImportParams | Algorithm;
    sign: object;
    format: "pkcs8" | "raw";
  }
> = {
  "rsa-v1_5-sha256": {
    import: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    sign: { name: "RSASSA-PKCS1-v1_5" },
    format: "pkcs8",
  },
  "rsa-pss-sha512": {
    import: { name: "RSA-PSS", hash: "SHA-512" },
    sign: { name: "RSA-PSS", saltLength: 64 },
    format: "pkcs8",
  },
  "ecdsa-p256-sha256": {
    import: { name: "ECDSA", namedCurve: "P-256" },
    sign: { name: "ECDSA", hash: "SHA-256" },
    format: "pkcs8",
  },
  "ecdsa-p384-sha384": {
    import: { name: "ECDSA", namedCurve: "P-384" },
    sign: { name: "ECDSA", hash: "SHA-384" },
    format: "pkcs8",
  },
  ed25519: { import: { name: "Ed25519" }, sign: { name: "Ed25519" }, format: "pkcs8" },
  "hmac-sha256": { import: { name: "HMAC", hash: "SHA-256" }, sign: { name: "HMAC" }, format: "raw" },
};

const rfcCases: { alg: Rfc9421Algorithm; privateKey: string | Uint8Array; publicKey: string | Uint8Array }[] =
  [
    { alg: "rsa-v1_5-sha256", privateKey: keys.rsa.privatePem, publicKey: keys.rsa.publicPem },
    { alg: "rsa-pss-sha512", privateKey: keys.rsa.privatePem, publicKey: keys.rsa.publicPem },
    { alg: "ecdsa-p256-sha256", privateKey: keys.p256.privatePem, publicKey: keys.p256.publicPem },
    { alg: "ecdsa-p384-sha384", privateKey: keys.p384.privatePem, publicKey: keys.p384.publicPem },
    { alg: "ed25519", privateKey: keys.ed25519.privatePem, publicKey: keys.ed25519.publicPem },
    { alg: "hmac-sha256", privateKey: hmacSecret, publicKey: hmacSecret },
  ];

function pemToDer(pem: string): Uint8Array {
  return Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64");
}

async function webCryptoKey(alg: Rfc9421Algorithm, material: string | Uint8Array, usage: "sign" | "verify") {
  const params = webCryptoParams[alg];
  if (params.format === "raw")
    return webcrypto.subtle.importKey("raw", material as Uint8Array, params.import, false, [usage]);
  const der = pemToDer(material as string);
  return usage === "sign"
    ? webcrypto.subtle.importKey("pkcs8", der, params.import, false, [usage])
    : webcrypto.subtle.importKey("spki", der, params.import, false, [usage]);
}

describe("RFC 9421 against @misskey-dev/node-http-message-signatures (base) + WebCrypto (sign/verify)", () => {
  const components = [
    "@method",
    "@target-uri",
    "@authority",
    "@path",
    "@query",
    "content-digest",
    "content-type",
    "date",
  ];

  for (const { alg, privateKey, publicKey } of rfcCases) {
    it(`misskey builds the same base for what we sign, and WebCrypto verifies it (${alg})`, async () => {
      const signed = await signRequest(
        new Request(url, {
          method: "POST",
          headers: { date, "content-type": "application/activity+json" },
          body,
        }),
        { spec: "rfc9421", keyId: "k1", privateKey, algorithm: alg, components, created: now },
      );
      // fetch adds Host on the wire; misskey reads it from the headers.
      const wire = { method: "POST", url, headers: { ...recordOf(signed), host: "receiver.example" } };
      const factory = new RFC9421SignatureBaseFactory(wire);
      const theirBase = factory.generate("sig1");
      expect(theirBase).toBe(
        signatureBaseFor(signed.headers.get("signature-input")!, "sig1", { request: signed }),
      );
      const signature = Buffer.from(/sig1=:([^:]+):/.exec(signed.headers.get("signature")!)![1]!, "base64");
      const verified = await webcrypto.subtle.verify(
        webCryptoParams[alg].sign as AlgorithmIdentifier,
        await webCryptoKey(alg, publicKey, "verify"),
        signature,
        new TextEncoder().encode(theirBase),
      );
      expect(verified).toBe(true);
      expect(await verifyRFC9530DigestHeader(wire, body)).toBe(true);
    });

    it(`we verify a signature WebCrypto made over misskey's base (${alg})`, async () => {
      const headers: Record<string, string> = {
        host: "receiver.example",
        date,
        "content-type": "application/activity+json",
        "signature-input": `sig1=("@method" "@target-uri" "@authority" "content-digest" "date");created=${now / 1000};keyid="k1";alg="${alg}"`,
      };
      const requestLike = { method: "POST", url, headers };
      await genDigestHeaderBothRFC3230AndRFC9530(requestLike, body, "SHA-512");
      const base = new RFC9421SignatureBaseFactory(requestLike).generate("sig1");
      const signature = await webcrypto.subtle.sign(
        webCryptoParams[alg].sign as AlgorithmIdentifier,
        await webCryptoKey(alg, privateKey, "sign"),
        new TextEncoder().encode(base),
      );
      headers.signature = `sig1=:${Buffer.from(signature).toString("base64")}:`;
      const result = await verifyRequest(requestLike, {
        keyResolver: always(publicKey),
        now: () => now,
        body,
      });
      expect(result).toMatchObject({ ok: true, value: { spec: "rfc9421", algorithm: alg } });
    });
  }
});

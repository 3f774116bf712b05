// One process: the floor (bare node:crypto: one-shot SHA-256 of the body, in base64, the
// cheapest output on Node 20 — a Buffer result costs ~0.4 µs more — and crypto.verify /
// crypto.sign over the signature base), @fedikit/http-signatures (built dist) and
// @misskey-dev/node-http-message-signatures, interleaved. Prints JSON results on stdout.
import { hash, sign, verify, webcrypto } from "node:crypto";
import * as misskey from "@misskey-dev/node-http-message-signatures";
import { parseDictionary, serializeParameters } from "structured-headers";
import { createCachingKeyResolver, signRequest, verifyRequest } from "../dist/index.js";
import { body, bodyBytes, ed25519, keyId, rsa, unsignedRequest, url } from "./fixtures.mjs";
import { measure } from "./harness.mjs";

const pkcs8 = (key) => key.export({ type: "pkcs8", format: "der" });
const spki = (key) => key.export({ type: "spki", format: "der" });
const misskeyRsaPrivate = await webcrypto.subtle.importKey(
  "pkcs8",
  pkcs8(rsa.privateKey),
  { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  false,
  ["sign"],
);
const misskeyRsaPublic = await webcrypto.subtle.importKey(
  "spki",
  spki(rsa.publicKey),
  { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  false,
  ["verify"],
);
const misskeyEdPrivate = await webcrypto.subtle.importKey(
  "pkcs8",
  pkcs8(ed25519.privateKey),
  { name: "Ed25519" },
  false,
  ["sign"],
);
const misskeyEdPublic = await webcrypto.subtle.importKey(
  "spki",
  spki(ed25519.publicKey),
  { name: "Ed25519" },
  false,
  ["verify"],
);

const cases = {
  "draft-cavage rsa-sha256": {
    spec: "draft-cavage-12",
    algorithm: "rsa-sha256",
    key: rsa,
    misskey: [misskeyRsaPrivate, misskeyRsaPublic],
  },
  "RFC 9421 rsa-v1_5-sha256": { spec: "rfc9421", algorithm: "rsa-v1_5-sha256", key: rsa },
  "RFC 9421 ed25519": { spec: "rfc9421", algorithm: "ed25519", key: ed25519 },
  "draft-cavage ed25519": {
    spec: "draft-cavage-12",
    algorithm: "ed25519",
    key: ed25519,
    misskey: [misskeyEdPrivate, misskeyEdPublic],
  },
};

const results = {};
for (const [name, c] of Object.entries(cases)) {
  const digestName = c.algorithm === "ed25519" ? null : "sha256";
  const signed = await signRequest(unsignedRequest(), {
    spec: c.spec,
    algorithm: c.algorithm,
    keyId,
    privateKey: c.key.privateKey,
  });
  const headers = Object.fromEntries(signed.headers);
  const startedAt = Date.now();
  const now = () => startedAt;
  // The exact bytes the signature covers, rebuilt the way a verifier does, for the floor.
  const signingString =
    c.spec === "rfc9421"
      ? `"@method": POST\n"@target-uri": ${url}\n"@authority": receiver.example\n"content-digest": ${headers["content-digest"]}\n"@signature-params": ${headers["signature-input"].slice(5)}`
      : `(request-target): post /users/bob/inbox\nhost: receiver.example\ndate: ${headers.date}\ndigest: ${headers.digest}`;
  const signature = Buffer.from(
    c.spec === "rfc9421"
      ? /:(.+):/.exec(headers.signature)[1]
      : /signature="([^"]+)"/.exec(headers.signature)[1],
    "base64",
  );
  if (!verify(digestName, Buffer.from(signingString), c.key.publicKey, signature))
    throw new Error(`floor base wrong for ${name}`);
  // The resolver a server uses, warmed up: every measured verification is a key cache hit.
  const keyResolver = createCachingKeyResolver({ load: async () => ({ key: c.key.publicKey }) });
  const check = await verifyRequest(signed, { keyResolver, body: bodyBytes, now });
  if (!check.ok) throw new Error(`${name}: ${check.error.message}`);

  const floor = () => {
    hash("sha256", bodyBytes, "base64");
    return verify(digestName, Buffer.from(signingString), c.key.publicKey, signature);
  };
  const verifyCases = {
    floor,
    fedikit: () => verifyRequest(signed, { keyResolver, body: bodyBytes, now }),
  };
  if (c.spec === "rfc9421") {
    // What any RFC 9421 verifier that leaves structured fields to structured-headers pays on
    // top of the floor: parsing Signature-Input, Signature and Content-Digest, and serializing
    // the @signature-params parameters. The part of the cost no code of ours can remove.
    const params = parseDictionary(headers["signature-input"]).get("sig1")[1];
    verifyCases.sfFloor = () => {
      parseDictionary(headers["signature-input"]);
      parseDictionary(headers.signature);
      parseDictionary(headers["content-digest"]);
      serializeParameters(params);
      return floor();
    };
  }
  const signCases = {
    floor: () => {
      hash("sha256", bodyBytes, "base64");
      return sign(digestName, Buffer.from(signingString), c.key.privateKey);
    },
    fedikit: () =>
      signRequest(unsignedRequest(), {
        spec: c.spec,
        algorithm: c.algorithm,
        keyId,
        privateKey: c.key.privateKey,
        body: bodyBytes,
      }),
  };
  if (c.misskey) {
    const [privateKey, publicKey] = c.misskey;
    const requestLike = {
      method: "POST",
      url: "/users/bob/inbox",
      headers: { ...headers, host: "receiver.example" },
    };
    const parsed = misskey.parseRequestSignature(requestLike);
    if (!(await misskey.verifyDraftSignature(parsed.value, publicKey)))
      throw new Error(`misskey cannot verify ${name}`);
    verifyCases.misskey = async () => {
      const p = misskey.parseRequestSignature(requestLike);
      if (!(await misskey.verifyDigestHeader(requestLike, body))) throw new Error("digest");
      return misskey.verifyDraftSignature(p.value, publicKey);
    };
    signCases.misskey = async () => {
      const request = {
        method: "POST",
        url: "/users/bob/inbox",
        headers: {
          host: "receiver.example",
          date: new Date().toUTCString(),
          "content-type": "application/activity+json",
        },
      };
      await misskey.genDigestHeaderBothRFC3230AndRFC9530(request, body, "SHA-256");
      return misskey.signAsDraftToRequest(request, { keyId, privateKey }, [
        "(request-target)",
        "host",
        "date",
        "digest",
      ]);
    };
  }
  results[name] = {
    verify: await measure(verifyCases),
    sign: await measure(signCases, { rounds: digestName ? 5 : 7 }),
  };
}
process.stdout.write(JSON.stringify(results));

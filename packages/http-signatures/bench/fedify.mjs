// Fedify 2.3.6 in its own process: importing it replaces JSON.stringify and
// Array.prototype.push (see the project's baseline notes), which would slow everything else.
// Measured beside the same floor as in the other process. Prints JSON results on stdout.
import { hash, sign, verify, webcrypto } from "node:crypto";
import { signRequest, verifyRequest } from "@fedify/fedify/sig";
import { CryptographicKey } from "@fedify/vocab";
import { bodyBytes, keyId, owner, rsa, unsignedRequest } from "./fixtures.mjs";
import { measure } from "./harness.mjs";

const privateKey = await webcrypto.subtle.importKey(
  "pkcs8",
  rsa.privateKey.export({ type: "pkcs8", format: "der" }),
  { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  true,
  ["sign"],
);
const publicKey = await webcrypto.subtle.importKey(
  "spki",
  rsa.publicKey.export({ type: "spki", format: "der" }),
  { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  true,
  ["verify"],
);
const cachedKey = new CryptographicKey({ id: new URL(keyId), owner: new URL(owner), publicKey });
// A key cache that always hits: the fastest path Fedify has.
const keyCache = { get: async () => cachedKey, set: async () => {} };
const documentLoader = async (url) => {
  throw new Error(`no fetch expected: ${url}`);
};

const bodyArrayBuffer = bodyBytes.buffer.slice(bodyBytes.byteOffset, bodyBytes.byteOffset + bodyBytes.length);
const specs = {
  "draft-cavage rsa-sha256": "draft-cavage-http-signatures-12",
  "RFC 9421 rsa-v1_5-sha256": "rfc9421",
};
const results = {};
for (const [name, spec] of Object.entries(specs)) {
  const signed = await signRequest(unsignedRequest(), privateKey, new URL(keyId), { spec });
  const headers = [...signed.headers];
  const copy = () => new Request(signed.url, { method: "POST", headers, body: bodyBytes });
  if (!(await verifyRequest(copy(), { keyCache, documentLoader, spec })))
    throw new Error(`Fedify cannot verify ${name}`);
  const floorData = Buffer.from("x".repeat(300));
  const floorSignature = sign("sha256", floorData, rsa.privateKey);
  results[name] = {
    verify: await measure({
      floor: () => {
        hash("sha256", bodyBytes, "base64");
        return verify("sha256", floorData, rsa.publicKey, floorSignature);
      },
      fedify: () => verifyRequest(copy(), { keyCache, documentLoader, spec }),
    }),
    sign: await measure(
      {
        floor: () => {
          hash("sha256", bodyBytes, "base64");
          return sign("sha256", floorData, rsa.privateKey);
        },
        fedify: () =>
          signRequest(unsignedRequest(), privateKey, new URL(keyId), { spec, body: bodyArrayBuffer }),
      },
      { rounds: 5 },
    ),
  };
}
process.stdout.write(JSON.stringify(results));

// Run in a child process by no-deprecation.test.ts, with --pending-deprecation and
// --throw-deprecation: signs and verifies with every kind of key the package takes, WebCrypto
// keys extractable and not, so that any deprecated node:crypto call throws and the process fails.
import { webcrypto } from "node:crypto";
import { signRequest } from "../../src/sign-request.js";
import { verifyRequest } from "../../src/verify-request.js";

const { subtle } = webcrypto;
const usages: KeyUsage[] = ["sign", "verify"];
const rsa = (name: string, hash = "SHA-256") => ({
  name,
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash,
});
const cases: [
  AlgorithmIdentifier | RsaHashedKeyGenParams | EcKeyGenParams | HmacKeyGenParams,
  string,
  string,
][] = [
  [{ name: "Ed25519" }, "ed25519", "ed25519"],
  [{ name: "ECDSA", namedCurve: "P-256" } as EcKeyGenParams, "ecdsa-sha256", "ecdsa-p256-sha256"],
  [rsa("RSASSA-PKCS1-v1_5"), "rsa-sha256", "rsa-v1_5-sha256"],
  [{ name: "HMAC", hash: "SHA-256" } as HmacKeyGenParams, "hs2019", "hmac-sha256"],
];

for (const [algorithm, draft, rfc9421] of cases) {
  for (const extractable of [false, true]) {
    const generated = await subtle.generateKey(algorithm, extractable, usages);
    const { privateKey, publicKey } =
      "privateKey" in generated ? generated : { privateKey: generated, publicKey: generated };
    for (const [spec, name] of [
      ["draft-cavage-12", draft],
      ["rfc9421", rfc9421],
    ] as const) {
      const signed = await signRequest(
        new Request("https://r.example/inbox", { method: "POST", body: "{}" }),
        {
          spec,
          keyId: "https://s.example/a#k",
          privateKey,
          algorithm: name as never,
        },
      );
      const result = await verifyRequest(signed, { keyResolver: () => ({ key: publicKey }) });
      if (!result.ok) throw new Error(`${spec} ${name} extractable=${extractable}: ${result.error.message}`);
    }
  }
}
const pss = await subtle.generateKey(rsa("RSA-PSS", "SHA-512"), false, usages);
const signed = await signRequest(new Request("https://r.example/a"), {
  spec: "rfc9421",
  keyId: "k",
  privateKey: pss.privateKey,
});
const result = await verifyRequest(signed, { keyResolver: () => ({ key: pss.publicKey }) });
if (!result.ok || result.value.algorithm !== "rsa-pss-sha512") throw new Error("RSA-PSS did not verify");
process.stdout.write("signed and verified with every key kind\n");

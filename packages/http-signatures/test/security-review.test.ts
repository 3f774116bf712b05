import { expectFailure, expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { createCachingKeyResolver } from "../src/keys/caching-key-resolver.js";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";
import { always } from "./support/keys.js";

// The reproductions of issue 9 (an adversarial review of the landed package), each with its
// neighbours. Every one of them failed before the fix.

const ed25519 = testKeyPair("ed25519");
const keyId = "https://sender.example/users/alice#main-key";

/** Every name Object.prototype answers to, and a few more that plain objects inherit or misuse. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "then"];

describe("issue 9 §1: a header name the sender chooses never reaches Object.prototype", () => {
  it("answers the reported request (draft, covering `constructor`) with a typed failure", async () => {
    const result = await verifyRequest(
      {
        method: "GET",
        url: "https://v.example/u",
        headers: {
          host: "v.example",
          date: new Date().toUTCString(),
          signature: 'keyId="k",headers="(request-target) host date constructor",signature="AAAA"',
        },
      },
      { keyResolver: () => null },
    );
    expectFailure(result, "component_missing");
  });

  it("answers every Object.prototype name covered by a draft signature, in a plain object and in Headers", async () => {
    expect(PROTOTYPE_NAMES).toContain("__proto__");
    for (const name of PROTOTYPE_NAMES) {
      const signature = `keyId="k",headers="(request-target) host date ${name.toLowerCase()}",signature="AAAA"`;
      const headers = { host: "v.example", date: new Date().toUTCString(), signature };
      for (const form of [headers, new Headers(headers)]) {
        const result = await verifyRequest(
          { method: "GET", url: "https://v.example/u", headers: form },
          {
            keyResolver: () => null,
          },
        );
        expect(result.ok, name).toBe(false);
        if (!result.ok) expect(["component_missing", "malformed_header"], name).toContain(result.error.code);
      }
    }
  });

  it("answers every Object.prototype name as an RFC 9421 component, plain, ;sf, ;key and ;bs", async () => {
    const created = Math.floor(Date.now() / 1000);
    for (const name of PROTOTYPE_NAMES) {
      for (const parameters of ["", ";sf", ';key="a"', ";bs"]) {
        const headers = {
          host: "v.example",
          "signature-input": `sig1=("@method" "@target-uri" "${name}"${parameters});created=${created};keyid="k"`,
          signature: "sig1=:AAAA:",
        };
        const result = await verifyRequest(
          { method: "GET", url: "https://v.example/u", headers },
          { keyResolver: () => null },
        );
        expect(result.ok, `${name}${parameters}`).toBe(false);
      }
    }
  });

  it("reads a header record's own properties only, also one parsed from JSON with a __proto__ key", async () => {
    const headers = JSON.parse(
      '{"host":"v.example","__proto__":{"signature":"keyId=\\"k\\",signature=\\"AAAA\\""}}',
    );
    expectFailure(
      await verifyRequest({ method: "GET", url: "https://v.example/", headers }, { keyResolver: () => null }),
      "missing_signature",
    );
    const polluted = Object.create({ signature: 'keyId="k",signature="AAAA"' }) as Record<string, string>;
    polluted.host = "v.example";
    expectFailure(
      await verifyRequest(
        { method: "GET", url: "https://v.example/", headers: polluted },
        { keyResolver: () => null },
      ),
      "missing_signature",
    );
  });

  it("ignores header values of a type no server produces instead of throwing", async () => {
    const headers = { host: "v.example", signature: 42, date: { toString: () => "x" } } as never;
    expectFailure(
      await verifyRequest({ method: "GET", url: "https://v.example/", headers }, { keyResolver: () => null }),
      "missing_signature",
    );
  });

  it("answers a URL built from a malformed Host with invalid_url instead of throwing", async () => {
    for (const host of ["[", "a b", "exa mple.com", "[::1", "%"]) {
      const result = await verifyRequest(
        {
          method: "POST",
          url: `https://${host}/inbox`,
          headers: { host, signature: 'keyId="k",signature="AAAA"' },
        },
        { keyResolver: () => null },
      );
      expectFailure(result, "invalid_url");
    }
  });
});

describe("issue 9 §3: a key that does not import costs one parse per negativeTtl, not one per request", () => {
  it("remembers the failed import of a hostile PEM document, so later requests do no work", async () => {
    let loads = 0;
    const hostilePem = "-----BEGIN A-----".repeat(900);
    const keyResolver = createCachingKeyResolver({
      load: async () => {
        loads++;
        return { key: { id: keyId, publicKeyPem: hostilePem } };
      },
    });
    const signed = await signRequest(
      new Request("https://recv.example/users/a", { headers: { host: "recv.example" } }),
      {
        keyId,
        privateKey: ed25519.privateKey,
      },
    );
    for (let i = 0; i < 5; i++) {
      const error = expectFailure(await verifyRequest(signed, { keyResolver }), "invalid_key");
      expect(error.message).toMatch(/no well-formed|at most 16384/);
    }
    expect(loads).toBe(1);
  });
});

describe("issue 9 §8: a draft signature must bind its target", () => {
  const body = '{"type":"Create"}';

  it("refuses by default the reported replay: a POST covering digest but not (request-target), sent as a PUT elsewhere", async () => {
    const signed = await signRequest(
      new Request("https://recv.example/users/alice/inbox", { method: "POST", body }),
      {
        keyId,
        privateKey: ed25519.privateKey,
        components: ["host", "date", "digest"],
      },
    );
    const replayed = new Request("https://recv.example/some/other/endpoint?x=1", {
      method: "PUT",
      headers: signed.headers,
      body,
    });
    const error = expectFailure(
      await verifyRequest(replayed, { keyResolver: always(ed25519.publicKey) }),
      "required_component_missing",
    );
    expect(error.message).toContain("(request-target)");
    // Also the request as sent: the default never accepts such a signature.
    expectFailure(
      await verifyRequest(signed, { keyResolver: always(ed25519.publicKey) }),
      "required_component_missing",
    );
  });

  it("accepts such a signature only when allowDigestWithoutRequestTarget is set (and then the replay verifies, as documented)", async () => {
    const signed = await signRequest(
      new Request("https://recv.example/users/alice/inbox", { method: "POST", body }),
      {
        keyId,
        privateKey: ed25519.privateKey,
        components: ["host", "date", "digest"],
      },
    );
    const options = { keyResolver: always(ed25519.publicKey), allowDigestWithoutRequestTarget: true };
    expectSuccess(await verifyRequest(signed, options));
    const replayed = new Request("https://recv.example/elsewhere", {
      method: "PUT",
      headers: signed.headers,
      body,
    });
    expectSuccess(await verifyRequest(replayed, options));
    // The allowance is for digest alone: a signature covering neither is still refused.
    const neither = await signRequest(
      new Request("https://recv.example/a", { headers: { host: "recv.example" } }),
      {
        keyId,
        privateKey: ed25519.privateKey,
        components: ["host", "date"],
      },
    );
    expectFailure(await verifyRequest(neither, options), "required_component_missing");
  });

  it("still accepts (request-target) signatures without digest on GET", async () => {
    const signed = await signRequest(new Request("https://recv.example/users/alice"), {
      keyId,
      privateKey: ed25519.privateKey,
    });
    expectSuccess(await verifyRequest(signed, { keyResolver: always(ed25519.publicKey) }));
  });
});

describe("issue 9, leniency: unknown token-named Signature parameters are ignored", () => {
  it("verifies a draft signature that carries x-foo, x_1 and opaque2 parameters (RFC 7235 auth-params)", async () => {
    const signed = await signRequest(new Request("https://recv.example/users/alice"), {
      keyId,
      privateKey: ed25519.privateKey,
    });
    const signature = signed.headers.get("signature")!;
    for (const extra of ['x-foo="y"', "x_1=2", 'opaque2="a,b"', "Some.Thing=token", 'ext = "spaced"']) {
      const headers = new Headers(signed.headers);
      headers.set("signature", `${extra},${signature}`);
      const result = await verifyRequest(new Request(signed.url, { headers }), {
        keyResolver: always(ed25519.publicKey),
      });
      expect(result.ok, extra).toBe(true);
      headers.set("signature", `${signature}, ${extra}`);
      const after = await verifyRequest(new Request(signed.url, { headers }), {
        keyResolver: always(ed25519.publicKey),
      });
      expect(after.ok, extra).toBe(true);
    }
  });
});

import { sign } from "node:crypto";
import { expectFailure, expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { always } from "../test/support/keys.js";
import { signRequest } from "./sign-request.js";
import { signResponse } from "./sign-response.js";
import { verifyRequest, verifyResponse } from "./verify-request.js";

const rsa = testKeyPair("rsa");
const ed = testKeyPair("ed25519");
const nowMillis = Date.parse("2026-02-03T04:05:06Z");
const now = () => nowMillis;
const date = new Date(nowMillis).toUTCString();
const keyId = "https://s.example/u/a#main-key";

function rsaSignature(signingString: string): string {
  return sign("sha256", Buffer.from(signingString), rsa.privateKey).toString("base64");
}

/** A GET of https://s.example/users/a signed with RSA over `headers`, as a plain request object. */
function signedGet(algorithm: string, headers: string) {
  const lines: Record<string, string> = {
    "(request-target)": "(request-target): get /users/a",
    host: "host: s.example",
    date: `date: ${date}`,
  };
  const signingString = headers
    .split(" ")
    .map((name) => lines[name])
    .join("\n");
  return {
    method: "GET",
    url: "https://s.example/users/a",
    headers: {
      host: "s.example",
      date,
      signature: `keyId="${keyId}",algorithm="${algorithm}",headers="${headers}",signature="${rsaSignature(signingString)}"`,
    },
  };
}

describe("verifyRequest", () => {
  it("verifies a Mastodon-style draft request and reports what it covered", async () => {
    const request = await signRequest(
      new Request("https://r.example/inbox", { method: "POST", headers: { date }, body: "{}" }),
      { keyId, privateKey: rsa.privateKey },
    );
    expect(request.headers.get("digest")).toBe("SHA-256=RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
    const result = await verifyRequest(request, { keyResolver: always(rsa.publicKey), now });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        spec: "draft-cavage-12",
        keyId,
        owner: undefined,
        key: rsa.publicKey,
        keyType: "rsa",
        algorithm: "rsa-sha256",
        declaredAlgorithm: "rsa-sha256",
        created: new Date(Math.floor(nowMillis / 1000) * 1000),
        expires: undefined,
        components: ["(request-target)", "host", "date", "digest"],
        label: undefined,
        nonce: undefined,
        tag: undefined,
      },
    });
    expect(await request.text()).toBe("{}");
  });

  it("resolves hs2019 and a missing algorithm from the key type", async () => {
    const signingString = `(request-target): get /users/a\nhost: s.example\ndate: ${date}`;
    const signature = rsaSignature(signingString);
    for (const algorithm of ['algorithm="hs2019",', ""]) {
      const result = await verifyRequest(
        {
          method: "GET",
          url: "https://s.example/users/a",
          headers: {
            host: "s.example",
            date,
            signature: `keyId="${keyId}",${algorithm}headers="(request-target) host date",signature="${signature}"`,
          },
        },
        { keyResolver: always(rsa.publicKey), now },
      );
      expect(result).toMatchObject({ ok: true, value: { algorithm: "rsa-sha256" } });
    }
  });

  it("tries at most maxSignatures RFC 9421 signatures, so many labels cannot cause many key lookups", async () => {
    const created = Math.floor(nowMillis / 1000);
    const labels = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const request = {
      method: "GET",
      url: "https://r.example/a",
      headers: {
        "signature-input": labels
          .map((l) => `${l}=("@method" "@target-uri");created=${created};keyid="https://k${l}.example/#k"`)
          .join(", "),
        signature: labels.map((l) => `${l}=:AAAA:`).join(", "),
      },
    };
    const looked: string[] = [];
    const keyResolver = (id: string) => {
      looked.push(id);
      return { key: ed.publicKey };
    };
    const error = expectFailure(await verifyRequest(request, { keyResolver, now }), "signature_mismatch");
    expect(error.label).toBe("s0");
    expect(new Set(looked).size).toBe(4);
    looked.length = 0;
    await verifyRequest(request, { keyResolver, now, maxSignatures: 1 });
    expect(new Set(looked)).toEqual(new Set(["https://ks0.example/#k"]));
    await expect(verifyRequest(request, { keyResolver, now, maxSignatures: 0 })).rejects.toThrow(
      /maxSignatures must be an integer at least 1/,
    );
  });

  it("checks hs2019 against options.algorithms under the name it resolves to", async () => {
    const request = signedGet("hs2019", "(request-target) host date");
    const options = { keyResolver: always(rsa.publicKey), now };
    expect(await verifyRequest(request, { ...options, algorithms: ["rsa-sha256"] })).toMatchObject({
      ok: true,
      value: {
        algorithm: "rsa-sha256",
        declaredAlgorithm: "hs2019",
      },
    });
    expect(await verifyRequest(request, { ...options, algorithms: ["ed25519"] })).toMatchObject({
      ok: false,
      error: {
        code: "unsupported_algorithm",
      },
    });
  });

  it("tries (request-target) without the query string (Mastodon's quirk)", async () => {
    const signature = rsaSignature(`(request-target): get /outbox\nhost: s.example\ndate: ${date}`);
    const request = {
      method: "GET",
      url: "https://s.example/outbox?page=true",
      headers: {
        host: "s.example",
        date,
        signature: `keyId="${keyId}",algorithm="rsa-sha256",headers="(request-target) host date",signature="${signature}"`,
      },
    };
    expect(await verifyRequest(request, { keyResolver: always(rsa.publicKey), now })).toMatchObject({
      ok: true,
    });
    expect(
      await verifyRequest(request, {
        keyResolver: always(rsa.publicKey),
        now,
        allowRequestTargetWithoutQuery: false,
      }),
    ).toMatchObject({ ok: false, error: { code: "signature_mismatch" } });
  });

  it("lets every policy rule be relaxed or tightened", async () => {
    const signed = await signRequest(new Request("https://r.example/inbox", { method: "POST", body: "x" }), {
      keyId,
      privateKey: ed.privateKey,
      components: ["(request-target)"],
    });
    const base = { keyResolver: always(ed.publicKey), now: Date.now };
    expect(await verifyRequest(signed, base)).toMatchObject({
      ok: false,
      error: {
        code: "required_component_missing",
      },
    });
    expect(await verifyRequest(signed, { ...base, requireTimestamp: false })).toMatchObject({
      ok: false,
      error: {
        code: "digest_missing",
      },
    });
    expect(
      await verifyRequest(signed, { ...base, requireTimestamp: false, requireDigestFor: [] }),
    ).toMatchObject({ ok: true });
    expect(
      await verifyRequest(signed, {
        ...base,
        requireTimestamp: false,
        requireDigestFor: [],
        algorithms: ["rsa-sha256"],
      }),
    ).toMatchObject({ ok: false, error: { code: "unsupported_algorithm" } });
  });

  it("requires the target to be signed unless requireRequestTarget is off", async () => {
    const request = signedGet("rsa-sha256", "host date");
    const options = { keyResolver: always(rsa.publicKey), now };
    expect(await verifyRequest(request, options)).toMatchObject({
      ok: false,
      error: {
        code: "required_component_missing",
      },
    });
    expect(await verifyRequest(request, { ...options, requireRequestTarget: false })).toMatchObject({
      ok: true,
    });
  });

  it("checks RFC 9421 policy: @authority for GET, content-digest for POST, created", async () => {
    const get = await signRequest(new Request("https://r.example/users/a"), {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
      components: ["@method", "@path"],
    });
    const result = await verifyRequest(get, { keyResolver: always(ed.publicKey) });
    expect(result).toMatchObject({ ok: false, error: { code: "required_component_missing" } });
    expect(result.ok || result.error.message).toContain("@authority");
    const fine = await signRequest(new Request("https://r.example/users/a"), {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
      nonce: "n1",
      tag: "fedikit",
    });
    expect(await verifyRequest(fine, { keyResolver: always(ed.publicKey) })).toMatchObject({
      ok: true,
      value: {
        components: ["@method", "@target-uri", "@authority"],
        nonce: "n1",
        tag: "fedikit",
        algorithm: "ed25519",
        declaredAlgorithm: "ed25519",
      },
    });
  });

  it("verifies requests given as { method, url, headers } with the body passed in", async () => {
    const signed = await signRequest(
      new Request("https://r.example/inbox", { method: "POST", body: "hello" }),
      {
        spec: "rfc9421",
        keyId,
        privateKey: ed.privateKey,
      },
    );
    const nodeStyle = { method: "POST", url: signed.url, headers: Object.fromEntries(signed.headers) };
    expect(
      await verifyRequest(nodeStyle, { keyResolver: always(ed.publicKey), body: Buffer.from("hello") }),
    ).toMatchObject({ ok: true });
    expect(
      await verifyRequest(nodeStyle, { keyResolver: always(ed.publicKey), body: "hullo" }),
    ).toMatchObject({
      ok: false,
      error: {
        code: "digest_mismatch",
      },
    });
    await expect(verifyRequest(nodeStyle, { keyResolver: always(ed.publicKey) })).rejects.toThrow(
      /options.body/,
    );
  });

  it("refuses a newline smuggled in through the method or a plain header object", async () => {
    const request = signedGet("rsa-sha256", "(request-target) host date");
    const options = { keyResolver: always(rsa.publicKey), now };
    expect(await verifyRequest(request, options)).toMatchObject({ ok: true });
    // Fetch Headers refuse newlines themselves; a method is checked to be a token.
    const smuggledMethod = {
      ...request,
      method: "GET /x\nhost: s.example",
      headers: new Headers(request.headers),
    };
    expect(await verifyRequest(smuggledMethod, options)).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
      },
    });
    const smuggledHost = { ...request, headers: { ...request.headers, host: "s.example\ndate: forged" } };
    expect(await verifyRequest(smuggledHost, options)).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
        message: expect.stringContaining("Covered host holds a newline"),
      },
    });
  });

  it("checks values read through a Headers subclass that overrides get, as it may not validate them", async () => {
    class AdapterHeaders extends Headers {
      override get(name: string): string | null {
        return name === "host" ? "s.example\ndate: forged" : super.get(name);
      }
    }
    const request = signedGet("rsa-sha256", "(request-target) host date");
    const adapted = { ...request, headers: new AdapterHeaders(request.headers) };
    expect(await verifyRequest(adapted, { keyResolver: always(rsa.publicKey), now })).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
      },
    });
  });

  it("hands out covered-component lists that cannot be changed, so no result can alter another's", async () => {
    const request = signedGet("rsa-sha256", "(request-target) host date");
    const options = { keyResolver: always(rsa.publicKey), now };
    const first = expectSuccess(await verifyRequest(request, options)).value;
    const second = expectSuccess(await verifyRequest(request, options)).value;
    expect(Object.isFrozen(first.components)).toBe(true);
    expect(() => (first.components as string[]).push("x")).toThrow(TypeError);
    expect(second.components).toEqual(["(request-target)", "host", "date"]);
    const rfc = await signRequest(new Request("https://r.example/a"), {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
    });
    expect(
      Object.isFrozen(
        expectSuccess(await verifyRequest(rfc, { keyResolver: always(ed.publicKey) })).value.components,
      ),
    ).toBe(true);
  });

  it("throws only for programmer errors, naming the option", async () => {
    const request = new Request("https://r.example/");
    await expect(verifyRequest(request, {} as never)).rejects.toThrow(TypeError);
    await expect(verifyRequest(request, { keyResolver: () => null, maxClockSkew: -1 })).rejects.toThrow(
      /maxClockSkew must be an integer at least 0; got -1/,
    );
    await expect(verifyRequest(request, { keyResolver: () => null, maxBytes: 1.5 })).rejects.toThrow(
      /maxBytes/,
    );
    await expect(verifyRequest(request, { keyResolver: () => null, maxComponents: 0 })).rejects.toThrow(
      /maxComponents/,
    );
    await expect(verifyRequest(request, { keyResolver: () => null, maxHeaderLength: 0 })).rejects.toThrow(
      /maxHeaderLength/,
    );
    await expect(verifyRequest(request, { keyResolver: () => null, now: 5 as never })).rejects.toThrow(
      /options.now/,
    );
    await expect(verifyRequest(null as never, { keyResolver: () => null })).rejects.toThrow(TypeError);
    await expect(
      verifyRequest({ method: "GET", url: "https://r.example/" } as never, { keyResolver: () => null }),
    ).rejects.toThrow(/headers/);
  });

  it("answers a URL that does not parse (a malformed Host) with invalid_url, not a throw", async () => {
    for (const url of ["https://[/inbox", "/relative", "https://a b/", "", undefined]) {
      const result = await verifyRequest(
        {
          method: "POST",
          url: url as string,
          headers: { host: "[", signature: 'keyId="k",signature="AAAA"' },
        },
        { keyResolver: () => null },
      );
      expect(expectFailure(result, "invalid_url").message).toMatch(/Host is malformed/);
    }
    const response = await verifyResponse(new Response(null), {
      keyResolver: () => null,
      request: { method: "GET", url: "https://[", headers: {} },
    });
    expectFailure(response, "invalid_url");
  });
});

describe("verifyResponse", () => {
  it("verifies a signed response, with request components", async () => {
    const request = new Request("https://r.example/users/a?x=1", {
      headers: { accept: "application/activity+json" },
    });
    const response = await signResponse(
      new Response('{"id":"a"}', { status: 200, headers: { "content-type": "application/json" } }),
      {
        keyId,
        privateKey: ed.privateKey,
        request,
        components: [
          "@status",
          "content-type",
          "content-digest",
          "@method;req",
          "@target-uri;req",
          "accept;req",
        ],
      },
    );
    expect(response.headers.get("content-digest")).toMatch(/^sha-256=:/);
    expect(
      await verifyResponse(response, { keyResolver: always(ed.publicKey), request, requireDigest: true }),
    ).toMatchObject({
      ok: true,
      value: {
        components: [
          "@status",
          "content-type",
          "content-digest",
          "@method;req",
          "@target-uri;req",
          "accept;req",
        ],
      },
    });
    expect(await response.text()).toBe('{"id":"a"}');
  });

  it("can require the body to be covered, and refuses draft signatures", async () => {
    const response = await signResponse(new Response("body", { status: 201 }), {
      keyId,
      privateKey: ed.privateKey,
      components: ["@status"],
    });
    expect(await verifyResponse(response, { keyResolver: always(ed.publicKey) })).toMatchObject({ ok: true });
    expect(
      await verifyResponse(response, { keyResolver: always(ed.publicKey), requireDigest: true }),
    ).toMatchObject({
      ok: false,
      error: {
        code: "digest_missing",
      },
    });
    const draft = new Response(null, { headers: { signature: 'keyId="k",signature="AAAA"' } });
    expect(await verifyResponse(draft, { keyResolver: () => null })).toMatchObject({
      ok: false,
      error: {
        code: "missing_signature",
      },
    });
  });
});

describe("structured-field components", () => {
  it("verifies sf and key components of known fields, and of fields named in options", async () => {
    const once = await signRequest(new Request("https://r.example/inbox", { method: "POST", body: "{}" }), {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
      label: "first",
    });
    const request = new Request(once, {
      headers: { ...Object.fromEntries(once.headers), "example-dict": " a=1,  b=2" },
    });
    const twice = await signRequest(request, {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
      label: "second",
      components: [
        "@method",
        "@authority",
        "@path",
        "content-digest;sf",
        'signature;key="first"',
        'example-dict;key="b"',
        "example-dict;sf",
      ],
      structuredFields: { "example-dict": "dictionary" },
    });
    const options = { keyResolver: always(ed.publicKey), label: "second" };
    expect(await verifyRequest(twice, options)).toMatchObject({
      ok: false,
      error: { code: "malformed_header" },
    });
    expect(
      await verifyRequest(twice, { ...options, structuredFields: { "example-dict": "dictionary" } }),
    ).toMatchObject({
      ok: true,
      value: {
        components: [
          "@method",
          "@authority",
          "@path",
          "content-digest;sf",
          'signature;key="first"',
          'example-dict;key="b"',
          "example-dict;sf",
        ],
      },
    });
  });
});

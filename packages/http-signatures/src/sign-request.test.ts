import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { always, unusualKeyPair } from "../test/support/keys.js";
import { createDigestHeader } from "./digest/digest-header.js";
import { signRequest } from "./sign-request.js";
import { verifyRequest } from "./verify-request.js";

const ed = testKeyPair("ed25519");
const rsa = testKeyPair("rsa");
const p384 = unusualKeyPair("ec-p384");
const keyId = "https://s.example/a#k";

describe("signRequest", () => {
  it("returns a new request and leaves the original readable", async () => {
    const original = new Request("https://r.example/inbox", {
      method: "POST",
      body: "payload",
      headers: { "x-a": "1" },
    });
    const signed = await signRequest(original, { keyId, privateKey: ed.privateKey });
    expect(signed).not.toBe(original);
    expect(original.headers.has("signature")).toBe(false);
    expect(await original.text()).toBe("payload");
    expect(await signed.text()).toBe("payload");
    expect(signed.headers.get("x-a")).toBe("1");
    expect(signed.method).toBe("POST");
  });

  it("keeps the original's abort signal (aborting it aborts the signed request)", async () => {
    const controller = new AbortController();
    const original = new Request("https://r.example/inbox", { signal: controller.signal });
    const signed = await signRequest(original, { keyId, privateKey: ed.privateKey });
    expect(signed.signal.aborted).toBe(false);
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
  });

  it("adds Date, Digest and a draft Signature by default", async () => {
    const created = Date.parse("2026-01-01T00:00:00Z");
    const signed = await signRequest(new Request("https://r.example/inbox", { method: "POST", body: "{}" }), {
      keyId,
      privateKey: rsa.privateKey,
      created,
    });
    expect(signed.headers.get("date")).toBe("Thu, 01 Jan 2026 00:00:00 GMT");
    expect(signed.headers.get("digest")).toMatch(/^SHA-256=/);
    expect(signed.headers.get("signature")).toMatch(
      /^keyId="https:\/\/s.example\/a#k",algorithm="rsa-sha256",headers="\(request-target\) host date digest",signature="/,
    );
  });

  it("signs draft (created)/(expires) with hs2019, SHA-512 digests and RFC 9421 with sha-512", async () => {
    const draft = await signRequest(new Request("https://r.example/i", { method: "POST", body: "b" }), {
      keyId,
      privateKey: ed.privateKey,
      algorithm: "hs2019",
      components: ["(request-target)", "(created)", "(expires)", "host", "digest"],
      created: 1_700_000_000_000,
      expires: 1_700_000_300_000,
      digestAlgorithm: "SHA-512",
    });
    expect(draft.headers.get("signature")).toContain(
      'algorithm="hs2019",created=1700000000,expires=1700000300,headers=',
    );
    expect(draft.headers.get("digest")).toMatch(/^SHA-512=/);
    expect(
      await verifyRequest(draft, { keyResolver: always(ed.publicKey), now: () => 1_700_000_000_000 }),
    ).toMatchObject({
      ok: true,
      value: {
        algorithm: "ed25519",
        declaredAlgorithm: "hs2019",
      },
    });
    const rfc = await signRequest(new Request("https://r.example/i", { method: "POST", body: "b" }), {
      spec: "rfc9421",
      keyId,
      privateKey: p384.privateKey,
      contentDigestAlgorithms: ["sha-512"],
    });
    expect(rfc.headers.get("content-digest")).toMatch(/^sha-512=:/);
    expect(rfc.headers.get("signature-input")).toContain('alg="ecdsa-p384-sha384"');
    expect(await verifyRequest(rfc, { keyResolver: always(p384.publicKey) })).toMatchObject({ ok: true });
  });

  it("adds a second RFC 9421 signature under another label", async () => {
    const once = await signRequest(new Request("https://r.example/"), {
      spec: "rfc9421",
      keyId,
      privateKey: ed.privateKey,
    });
    const twice = await signRequest(once, {
      spec: "rfc9421",
      keyId: "rsa",
      privateKey: rsa.privateKey,
      label: "sig2",
    });
    expect(twice.headers.get("signature-input")).toMatch(/^sig1=.*, sig2=/);
    const keys: Record<string, typeof ed.publicKey> = { [keyId]: ed.publicKey, rsa: rsa.publicKey };
    expect(
      await verifyRequest(twice, {
        keyResolver: (id) => (keys[id] ? { key: keys[id] } : null),
        label: "sig2",
      }),
    ).toMatchObject({
      ok: true,
      value: {
        keyId: "rsa",
        algorithm: "rsa-v1_5-sha256",
      },
    });
    await expect(signRequest(once, { spec: "rfc9421", keyId, privateKey: ed.privateKey })).rejects.toThrow(
      /already has a signature labelled sig1/,
    );
    await expect(
      signRequest(once, { spec: "rfc9421", keyId, privateKey: ed.privateKey, label: "Bad Label" }),
    ).rejects.toThrow(/not a valid signature label/);
  });

  it("throws TypeError for programmer errors", async () => {
    const request = new Request("https://r.example/");
    await expect(signRequest(request, { keyId: "", privateKey: ed.privateKey })).rejects.toThrow(/keyId/);
    await expect(signRequest(request, { keyId, privateKey: undefined as never })).rejects.toThrow(
      /privateKey/,
    );
    await expect(
      signRequest(request, { keyId, privateKey: ed.privateKey, algorithm: "rsa-sha256" }),
    ).rejects.toThrow(/needs a rsa key/);
    await expect(
      signRequest(request, { keyId, privateKey: ed.privateKey, spec: "rfc9421", algorithm: "rsa-sha256" }),
    ).rejects.toThrow(/not an RFC 9421 algorithm/);
    await expect(
      signRequest(request, { keyId, privateKey: ed.privateKey, spec: "cavage" as never }),
    ).rejects.toThrow(/options.spec/);
    await expect(
      signRequest(request, { keyId, privateKey: ed.privateKey, components: ["x-missing"] }),
    ).rejects.toThrow(/x-missing/);
    await expect(
      signRequest(request, { keyId, privateKey: ed.privateKey, spec: "rfc9421", components: ["x-missing"] }),
    ).rejects.toThrow(/x-missing/);
    await expect(signRequest({} as never, { keyId, privateKey: ed.privateKey })).rejects.toThrow(
      /Fetch API Request/,
    );
  });
});

describe("signRequest with the body given", () => {
  it("sends exactly the given bytes and the same Digest as createDigestHeader", async () => {
    const payload = '{"type":"Announce"}';
    const signed = await signRequest(new Request("https://r.example/inbox", { method: "POST" }), {
      keyId,
      privateKey: ed.privateKey,
      body: payload,
    });
    expect(await signed.clone().text()).toBe(payload);
    expect(signed.headers.get("digest")).toBe(await createDigestHeader(payload));
    expect(await verifyRequest(signed, { keyResolver: always(ed.publicKey) })).toMatchObject({ ok: true });
  });
});

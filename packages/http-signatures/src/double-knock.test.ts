import type { FetchFunction } from "@fedikit/core";
import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { always } from "../test/support/keys.js";
import { createDoubleKnockFetch } from "./double-knock.js";
import type { SignatureSpec } from "./shared/spec.js";
import { createMemorySpecStore } from "./spec-store.js";
import { verifyRequest } from "./verify-request.js";

const { privateKey, publicKey } = testKeyPair("ed25519");
const sign = { keyId: "https://s.example/a#k", privateKey };

/** A server (a plain function, no socket) that accepts only the given spec. */
function server(accepts: SignatureSpec) {
  const seen: { spec: string; body: string }[] = [];
  const fetchFn: FetchFunction = async (input) => {
    const request = input as Request;
    const body = await request.clone().text();
    const result = await verifyRequest(request, { keyResolver: always(publicKey), specs: [accepts] });
    seen.push({ spec: request.headers.has("signature-input") ? "rfc9421" : "draft-cavage-12", body });
    return new Response(result.ok ? "accepted" : result.error.code, { status: result.ok ? 202 : 401 });
  };
  return { fetchFn, seen };
}

const inbox = "https://r.example/inbox";
const like = { method: "POST", body: '{"type":"Like"}' };

describe("createDoubleKnockFetch", () => {
  it("returns a fetch-compatible function: knocks RFC 9421 first, falls back to draft on 401, remembers the origin", async () => {
    const { fetchFn, seen } = server("draft-cavage-12");
    const store = createMemorySpecStore();
    const send: FetchFunction = createDoubleKnockFetch({ fetch: fetchFn, sign, store });
    const response = await send(inbox, like);
    expect(response.status).toBe(202);
    expect(seen.map((s) => s.spec)).toEqual(["rfc9421", "draft-cavage-12"]);
    expect(seen[1]!.body).toBe('{"type":"Like"}');
    expect(await store.get("https://r.example")).toBe("draft-cavage-12");
    await send(new Request(inbox, like));
    expect(seen.map((s) => s.spec)).toEqual(["rfc9421", "draft-cavage-12", "draft-cavage-12"]);
  });

  it("sends once when the first knock is accepted, and takes a URL object too", async () => {
    const { fetchFn, seen } = server("rfc9421");
    const send = createDoubleKnockFetch({ fetch: fetchFn, sign });
    expect((await send(new URL(inbox), like)).status).toBe(202);
    expect(seen).toHaveLength(1);
  });

  it("honours firstKnock and returns the second answer when both fail", async () => {
    const store = createMemorySpecStore();
    const knocks: string[] = [];
    const fetchFn: FetchFunction = async (input) => {
      knocks.push((input as Request).headers.has("signature-input") ? "rfc9421" : "draft-cavage-12");
      return new Response(`no ${knocks.length}`, { status: 400 });
    };
    const send = createDoubleKnockFetch({ fetch: fetchFn, sign, store, firstKnock: "draft-cavage-12" });
    const response = await send(inbox, like);
    expect(knocks).toEqual(["draft-cavage-12", "rfc9421"]);
    expect(await response.text()).toBe("no 2");
    expect(await store.get("https://r.example")).toBeUndefined();
  });

  it("signs each knock with the algorithm and components given for its spec", async () => {
    const rsa = testKeyPair("rsa");
    const sent: Request[] = [];
    const fetchFn: FetchFunction = async (input) => {
      sent.push(input as Request);
      return new Response(null, { status: sent.length === 1 ? 401 : 202 });
    };
    const send = createDoubleKnockFetch({
      fetch: fetchFn,
      sign: {
        keyId: "https://s.example/a#k",
        privateKey: rsa.privateKeyPem,
        rfc9421: { algorithm: "rsa-pss-sha512", components: ["@method", "@target-uri", "content-digest"] },
        draft: { algorithm: "hs2019", components: ["(request-target)", "host", "date", "digest"] },
      },
    });
    await send(inbox, like);
    expect(sent[0]!.headers.get("signature-input")).toMatch(
      /^sig1=\("@method" "@target-uri" "content-digest"\);.*alg="rsa-pss-sha512"/,
    );
    expect(sent[1]!.headers.get("signature")).toMatch(
      /algorithm="hs2019",headers="\(request-target\) host date digest"/,
    );
  });

  it("does not retry on statuses outside retryOn, passes rejections through, and checks its options", async () => {
    let calls = 0;
    const fetchFn: FetchFunction = async () => {
      calls++;
      return new Response(null, { status: 403 });
    };
    await createDoubleKnockFetch({ fetch: fetchFn, sign })(inbox, like);
    expect(calls).toBe(1);
    const failing: FetchFunction = async () => {
      throw new TypeError("fetch failed");
    };
    await expect(createDoubleKnockFetch({ fetch: failing, sign })(inbox)).rejects.toThrow("fetch failed");
    expect(() => createDoubleKnockFetch({ fetch: undefined as never, sign })).toThrow(/options.fetch/);
    expect(() => createDoubleKnockFetch({ fetch: fetchFn, sign: { keyId: "", privateKey } })).toThrow(
      /keyId/,
    );
    expect(() =>
      createDoubleKnockFetch({ fetch: fetchFn, sign: { keyId: "k", privateKey: "not a key" } }),
    ).toThrow(TypeError);
  });
});

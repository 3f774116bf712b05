import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDoubleKnockFetch } from "./double-knock.js";
import type { FetchFunction } from "./keys/fetch-key-loader.js";
import type { SignatureSpec } from "./shared/spec.js";
import { createMemorySpecStore } from "./spec-store.js";
import { verifyRequest } from "./verify-request.js";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const signOptions = { keyId: "https://s.example/a#k", privateKey };

/** A server (a plain function, no socket) that accepts only the given spec. */
function server(accepts: SignatureSpec) {
  const seen: { spec: string; body: string }[] = [];
  const fetchFn: FetchFunction = async (input) => {
    const request = input as Request;
    const body = await request.clone().text();
    const result = await verifyRequest(request, { keyResolver: () => publicKey, specs: [accepts] });
    seen.push({ spec: request.headers.has("signature-input") ? "rfc9421" : "draft-cavage-12", body });
    return new Response(result.ok ? "accepted" : result.code, { status: result.ok ? 202 : 401 });
  };
  return { fetchFn, seen };
}

function post() {
  return new Request("https://r.example/inbox", { method: "POST", body: '{"type":"Like"}' });
}

describe("createDoubleKnockFetch", () => {
  it("knocks RFC 9421 first, falls back to draft on 401 and remembers the origin", async () => {
    const { fetchFn, seen } = server("draft-cavage-12");
    const store = createMemorySpecStore();
    const send = createDoubleKnockFetch({ fetch: fetchFn, store });
    const response = await send(post(), signOptions);
    expect(response.status).toBe(202);
    expect(seen.map((s) => s.spec)).toEqual(["rfc9421", "draft-cavage-12"]);
    expect(seen[1]!.body).toBe('{"type":"Like"}');
    expect(await store.get("https://r.example")).toBe("draft-cavage-12");
    await send(post(), signOptions);
    expect(seen.map((s) => s.spec)).toEqual(["rfc9421", "draft-cavage-12", "draft-cavage-12"]);
  });

  it("sends once when the first knock is accepted", async () => {
    const { fetchFn, seen } = server("rfc9421");
    const send = createDoubleKnockFetch({ fetch: fetchFn });
    expect((await send(post(), signOptions)).status).toBe(202);
    expect(seen).toHaveLength(1);
  });

  it("honours firstKnock and returns the second answer when both fail", async () => {
    const store = createMemorySpecStore();
    const knocks: string[] = [];
    const fetchFn: FetchFunction = async (input) => {
      knocks.push((input as Request).headers.has("signature-input") ? "rfc9421" : "draft-cavage-12");
      return new Response(`no ${knocks.length}`, { status: 400 });
    };
    const send = createDoubleKnockFetch({ fetch: fetchFn, store, firstKnock: "draft-cavage-12" });
    const response = await send(post(), signOptions);
    expect(knocks).toEqual(["draft-cavage-12", "rfc9421"]);
    expect(await response.text()).toBe("no 2");
    expect(await store.get("https://r.example")).toBeUndefined();
  });

  it("signs each knock with the algorithm and components given for its spec", async () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const sent: Request[] = [];
    const fetchFn: FetchFunction = async (input) => {
      sent.push(input as Request);
      return new Response(null, { status: sent.length === 1 ? 401 : 202 });
    };
    const send = createDoubleKnockFetch({ fetch: fetchFn });
    await send(post(), {
      keyId: "https://s.example/a#k",
      privateKey: rsa.privateKey,
      rfc9421: { algorithm: "rsa-pss-sha512", components: ["@method", "@target-uri", "content-digest"] },
      draft: { algorithm: "hs2019", components: ["(request-target)", "host", "date", "digest"] },
    });
    expect(sent[0]!.headers.get("signature-input")).toMatch(
      /^sig1=\("@method" "@target-uri" "content-digest"\);.*alg="rsa-pss-sha512"/,
    );
    expect(sent[1]!.headers.get("signature")).toMatch(
      /algorithm="hs2019",headers="\(request-target\) host date digest"/,
    );
  });

  it("does not retry on statuses outside retryOn", async () => {
    let calls = 0;
    const fetchFn: FetchFunction = async () => {
      calls++;
      return new Response(null, { status: 403 });
    };
    await createDoubleKnockFetch({ fetch: fetchFn })(post(), signOptions);
    expect(calls).toBe(1);
    expect(() => createDoubleKnockFetch({ fetch: undefined as never })).toThrow(TypeError);
  });
});

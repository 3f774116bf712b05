import { FedikitError, type FetchFunction, hasCode } from "@fedikit/core";
import { expectFailure, expectSuccess, startServer, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { loadVector } from "../../test/support/vectors.js";
import { signRequest } from "../sign-request.js";
import { verifyRequest } from "../verify-request.js";
import { createCachingKeyResolver } from "./caching-key-resolver.js";
import { createFetchKeyLoader } from "./fetch-key-loader.js";

interface Served {
  readonly status?: number;
  readonly body?: unknown;
  readonly type?: string;
  /** Where the document was "finally" served from (what a redirect-following fetch reports). */
  readonly finalUrl?: string;
  readonly headers?: Record<string, string>;
}

/** A fetch over a table of documents (no socket), reporting each final URL as fetch does. */
function fakeFetch(documents: Record<string, Served>) {
  const requests: { url: string; accept: string | null }[] = [];
  const table = new Map(Object.entries(documents));
  const fetchFn: FetchFunction = async (input, init) => {
    const url = String(input);
    requests.push({ url, accept: new Headers(init?.headers).get("accept") });
    const served = table.get(url) ?? { status: 404 };
    const body =
      served.body === undefined
        ? null
        : typeof served.body === "string"
          ? served.body
          : JSON.stringify(served.body);
    const response = new Response(body, {
      status: served.status ?? 200,
      headers: { "content-type": served.type ?? "application/activity+json", ...served.headers },
    });
    Object.defineProperty(response, "url", { value: served.finalUrl ?? url });
    return response;
  };
  return { fetchFn, requests };
}

const attacker = testKeyPair("ed25519", "attacker");
const alice = testKeyPair("ed25519", "alice");
const aliceId = "https://victim.example/users/alice";
const aliceKeyId = `${aliceId}#main-key`;
const aliceDocument = {
  id: aliceId,
  type: "Person",
  publicKey: { id: aliceKeyId, owner: aliceId, publicKeyPem: alice.publicKeyPem },
};

describe("createFetchKeyLoader", () => {
  const actor = loadVector("oeee.cafe-actor.json");
  const keyId = actor.publicKey.id as string;

  it("fetches the actor (fragment dropped), picks the key, and confirms the actor owns it", async () => {
    const { fetchFn, requests } = fakeFetch({ [actor.id]: { body: actor } });
    expect(await createFetchKeyLoader({ fetch: fetchFn })(keyId)).toEqual({
      key: actor.publicKey,
      owner: actor.id,
    });
    expect(requests).toEqual([
      { url: actor.id, accept: expect.stringContaining("application/activity+json") },
    ]);
  });

  it("follows a key document's owner and confirms it when the owner's own document lists the key", async () => {
    const keyUrl = "https://e.example/keys/1";
    const { fetchFn } = fakeFetch({
      [keyUrl]: { body: { id: keyUrl, owner: actor.id } },
      [actor.id]: { body: { ...actor, publicKey: { ...actor.publicKey, id: keyUrl } } },
    });
    expect(await createFetchKeyLoader({ fetch: fetchFn })(keyUrl)).toMatchObject({
      key: { id: keyUrl, publicKeyPem: actor.publicKey.publicKeyPem },
      owner: actor.id,
    });
    const listedByIri = fakeFetch({
      [keyUrl]: { body: { id: keyUrl, owner: actor.id, publicKeyPem: alice.publicKeyPem } },
      [actor.id]: { body: { ...actor, publicKey: keyUrl } },
    });
    expect(await createFetchKeyLoader({ fetch: listedByIri.fetchFn })(keyUrl)).toMatchObject({
      key: { publicKeyPem: alice.publicKeyPem },
      owner: actor.id,
    });
  });

  it("reports no owner for a key document whose self-declared owner does not list it (impersonation)", async () => {
    const evilKeyId = "https://evil.example/k";
    const { fetchFn, requests } = fakeFetch({
      [evilKeyId]: { body: { id: evilKeyId, owner: aliceId, publicKeyPem: attacker.publicKeyPem } },
      [aliceId]: { body: aliceDocument },
    });
    const resolved = await createFetchKeyLoader({ fetch: fetchFn })(evilKeyId);
    expect(resolved).toMatchObject({ key: { publicKeyPem: attacker.publicKeyPem }, owner: undefined });
    expect(requests.map((r) => r.url)).toEqual([evilKeyId, aliceId]);

    // End to end: the attacker signs a Delete "by alice"; the signature verifies (the attacker
    // holds that key) but nobody vouches that alice owns it, so owner === activity.actor is false.
    const keyResolver = createCachingKeyResolver({ load: createFetchKeyLoader({ fetch: fetchFn }) });
    const activity = { type: "Delete", actor: aliceId, object: `${aliceId}/statuses/1` };
    const body = JSON.stringify(activity);
    const signed = await signRequest(new Request("https://recv.example/inbox", { method: "POST", body }), {
      keyId: evilKeyId,
      privateKey: attacker.privateKey,
    });
    const result = expectSuccess(await verifyRequest(signed, { keyResolver }));
    expect(result.value.owner).toBeUndefined();
    expect(result.value.owner === activity.actor).toBe(false);
  });

  it("reports no owner for an actor document that claims an id on another origin than it came from", async () => {
    const evilKeyId = "https://evil.example/users/alice#main-key";
    const { fetchFn } = fakeFetch({
      "https://evil.example/users/alice": {
        body: {
          id: aliceId,
          publicKey: { id: evilKeyId, owner: aliceId, publicKeyPem: attacker.publicKeyPem },
        },
      },
    });
    expect(await createFetchKeyLoader({ fetch: fetchFn })(evilKeyId)).toMatchObject({ owner: undefined });
  });

  it("refuses a key document served from another origin after redirects (an open redirect on the victim's host)", async () => {
    const redirecting = "https://victim.example/redirect?to=https://evil.example/k#main-key";
    const { fetchFn } = fakeFetch({
      "https://victim.example/redirect?to=https://evil.example/k": {
        finalUrl: "https://evil.example/k",
        body: { id: redirecting, owner: aliceId, publicKeyPem: attacker.publicKeyPem },
      },
    });
    await expect(createFetchKeyLoader({ fetch: fetchFn })(redirecting)).rejects.toMatchObject({
      code: "invalid_key",
      message: expect.stringContaining("served from https://evil.example after redirects"),
    });
  });

  it("does not confirm an owner whose document was served from another origin after redirects", async () => {
    const keyUrl = "https://e.example/keys/1";
    const owner = "https://victim.example/redirect-to-evil";
    const { fetchFn } = fakeFetch({
      [keyUrl]: { body: { id: keyUrl, owner, publicKeyPem: attacker.publicKeyPem } },
      [owner]: { finalUrl: "https://evil.example/actor", body: { id: owner, publicKey: keyUrl } },
    });
    expect(await createFetchKeyLoader({ fetch: fetchFn })(keyUrl)).toMatchObject({ owner: undefined });
  });

  it("requires ActivityStreams or JSON media types", async () => {
    for (const type of [
      "application/activity+json",
      'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
      "application/json; charset=utf-8",
    ]) {
      const { fetchFn } = fakeFetch({ [actor.id]: { body: actor, type } });
      expect(await createFetchKeyLoader({ fetch: fetchFn })(keyId), type).toMatchObject({ owner: actor.id });
    }
    for (const type of ["text/html", "text/plain", "application/octet-stream", ""]) {
      const { fetchFn } = fakeFetch({ [actor.id]: { body: actor, type } });
      await expect(createFetchKeyLoader({ fetch: fetchFn })(keyId), type).rejects.toMatchObject({
        code: "invalid_key",
        message: expect.stringContaining("not ActivityStreams JSON"),
      });
    }
  });

  it("reads at most maxBytes of a document, and refuses a larger one", async () => {
    const padded = { ...actor, summary: "x".repeat(70_000) };
    const { fetchFn } = fakeFetch({ [actor.id]: { body: padded } });
    await expect(createFetchKeyLoader({ fetch: fetchFn })(keyId)).rejects.toMatchObject({
      code: "invalid_key",
      message: expect.stringContaining("more than 65536 bytes"),
    });
    expect(await createFetchKeyLoader({ fetch: fetchFn, maxBytes: 100_000 })(keyId)).toMatchObject({
      owner: actor.id,
    });
    const declared = fakeFetch({ [actor.id]: { body: actor, headers: { "content-length": "10000000" } } });
    await expect(
      createFetchKeyLoader({ fetch: declared.fetchFn, maxBytes: 1000 })(keyId),
    ).rejects.toMatchObject({
      code: "invalid_key",
    });
    expect(() => createFetchKeyLoader({ fetch: fetchFn, maxBytes: 0 })).toThrow(/maxBytes/);
    expect(() => createFetchKeyLoader({} as never)).toThrow(/options.fetch/);
  });

  it("says null for 404 and 410, key_fetch_failed for other statuses, and refuses what is not a key document", async () => {
    const { fetchFn } = fakeFetch({
      "https://e.example/gone": { status: 410 },
      "https://e.example/err": { status: 503 },
      "https://e.example/html": { body: "<html>", type: "application/json" },
      "https://e.example/array": { body: [1, 2] },
      "https://e.example/nokey": { body: { id: "https://e.example/nokey", type: "Person" } },
      "https://e.example/bare": { body: { id: "https://e.example/bare", owner: "https://e.example/nobody" } },
    });
    const load = createFetchKeyLoader({ fetch: fetchFn, accept: "application/json" });
    expect(await load("https://e.example/missing#k")).toBeNull();
    expect(await load("https://e.example/gone#k")).toBeNull();
    await expect(load("https://e.example/err#k")).rejects.toMatchObject({
      code: "key_fetch_failed",
      message: /503/,
    });
    await expect(load("https://e.example/html#k")).rejects.toMatchObject({
      code: "invalid_key",
      message: /not serve JSON/,
    });
    await expect(load("https://e.example/array#k")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(load("https://e.example/nokey#k")).rejects.toMatchObject({ code: "key_not_found" });
    await expect(load("https://e.example/bare")).rejects.toMatchObject({
      code: "invalid_key",
      message: /no publicKeyPem/,
    });
    await expect(load("acct:alice@e.example")).rejects.toMatchObject({
      code: "key_not_found",
      message: /not an http/,
    });
  });

  it("reads only a document's own properties, whatever names it uses", async () => {
    const hostile = JSON.parse(
      `{"id":"${actor.id}","__proto__":{"publicKey":${JSON.stringify(actor.publicKey)}},"constructor":{"publicKeyPem":"x"}}`,
    );
    const { fetchFn } = fakeFetch({ [actor.id]: { body: hostile } });
    await expect(createFetchKeyLoader({ fetch: fetchFn })(keyId)).rejects.toMatchObject({
      code: "key_not_found",
    });
  });

  it("follows real redirects within an origin and refuses one to another origin (loopback servers)", async () => {
    const evil = await startServer((request, response) => {
      response.writeHead(200, { "content-type": "application/activity+json" });
      response.end(
        JSON.stringify({
          id: `http://127.0.0.1:${victim.port}${request.url}`,
          publicKeyPem: attacker.publicKeyPem,
        }),
      );
    }, "127.0.0.2");
    const victim = await startServer((request, response) => {
      if (request.url === "/redirect") {
        response.writeHead(302, { location: `${evil.origin}/k` }).end();
      } else if (request.url === "/moved") {
        response.writeHead(301, { location: "/users/alice" }).end();
      } else {
        const id = `${victim.origin}/users/alice`;
        response.writeHead(200, { "content-type": "application/activity+json" });
        response.end(
          JSON.stringify({
            id,
            publicKey: { id: `${victim.origin}/moved#main-key`, publicKeyPem: alice.publicKeyPem },
          }),
        );
      }
    });
    try {
      const load = createFetchKeyLoader({ fetch: (input, init) => fetch(input, init) });
      await expect(load(`${victim.origin}/redirect#main-key`)).rejects.toMatchObject({ code: "invalid_key" });
      expect(evil.requests).toHaveLength(1);
      expect(await load(`${victim.origin}/moved#main-key`)).toMatchObject({
        owner: `${victim.origin}/users/alice`,
      });
    } finally {
      await Promise.all([victim.close(), evil.close()]);
    }
  });

  it("lets a failed fetch through as the cause of key_fetch_failed, with advice that fits it", async () => {
    const refusing: FetchFunction = async () => {
      throw new FedikitError("ssrf_blocked", "127.0.0.1 is a loopback address");
    };
    const keyResolver = createCachingKeyResolver({ load: createFetchKeyLoader({ fetch: refusing }) });
    const signed = await signRequest(
      new Request("https://recv.example/users/a", { headers: { host: "recv.example" } }),
      {
        keyId: aliceKeyId,
        privateKey: alice.privateKey,
      },
    );
    const error = expectFailure(await verifyRequest(signed, { keyResolver }), "key_fetch_failed");
    expect(hasCode(error, "ssrf_blocked")).toBe(true);
    expect(error.cause).toBeInstanceOf(FedikitError);
    expect(error.message).toContain("retrying will not help");
    expect(error.message).not.toContain("Retry later");
    const down: FetchFunction = async () => {
      throw new FedikitError("timeout", "no answer in 10 s");
    };
    const downResolver = createCachingKeyResolver({ load: createFetchKeyLoader({ fetch: down }) });
    const timedOut = expectFailure(
      await verifyRequest(signed, { keyResolver: downResolver }),
      "key_fetch_failed",
    );
    expect(hasCode(timedOut, "timeout")).toBe(true);
    expect(timedOut.message).toContain("Retry later");
  });
});

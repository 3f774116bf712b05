import { describe, expect, it } from "vitest";
import { loadVector } from "../../test/support/vectors.js";
import { createFetchKeyLoader, type FetchFunction } from "./fetch-key-loader.js";

function fakeFetch(documents: Record<string, { status: number; body?: unknown }>) {
  const requests: { url: string; accept: string | null }[] = [];
  const fetchFn: FetchFunction = async (input, init) => {
    const url = String(input);
    requests.push({ url, accept: new Headers(init?.headers).get("accept") });
    const document = documents[url] ?? { status: 404 };
    return new Response(document.body === undefined ? null : JSON.stringify(document.body), {
      status: document.status,
    });
  };
  return { fetchFn, requests };
}

describe("createFetchKeyLoader", () => {
  const actor = loadVector("oeee.cafe-actor.json");
  const keyId = actor.publicKey.id as string;

  it("fetches the actor (fragment dropped) and picks the key", async () => {
    const { fetchFn, requests } = fakeFetch({ [actor.id]: { status: 200, body: actor } });
    expect(await createFetchKeyLoader(fetchFn)(keyId)).toEqual(actor.publicKey);
    expect(requests).toEqual([
      { url: actor.id, accept: expect.stringContaining("application/activity+json") },
    ]);
  });

  it("follows a key document's owner when the key is not embedded", async () => {
    const keyUrl = "https://e.example/keys/1";
    const { fetchFn } = fakeFetch({
      [keyUrl]: { status: 200, body: { id: keyUrl, owner: actor.id } },
      [actor.id]: { status: 200, body: { ...actor, publicKey: { ...actor.publicKey, id: keyUrl } } },
    });
    expect(await createFetchKeyLoader(fetchFn)(keyUrl)).toMatchObject({ owner: actor.id });
  });

  it("says null for 404 and 410, throws for other failures", async () => {
    const { fetchFn } = fakeFetch({
      "https://e.example/gone": { status: 410 },
      "https://e.example/err": { status: 503 },
    });
    const load = createFetchKeyLoader(fetchFn, { accept: "application/json" });
    expect(await load("https://e.example/missing#k")).toBeNull();
    expect(await load("https://e.example/gone#k")).toBeNull();
    await expect(load("https://e.example/err#k")).rejects.toThrow(/503/);
  });
});

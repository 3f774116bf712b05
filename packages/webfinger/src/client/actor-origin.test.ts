import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountJrd, actor, webFingerTable } from "../../test/fediverse.js";
import { json, startNetwork, type TestNetwork } from "../../test/network.js";
import { resolveHandle } from "./resolve-handle.js";

// Issue 9, item 6 (the class of CVE-2024-23832): a document speaks only for its own origin. The
// victim's host has an open redirect; mallory's JRD points its self link at that redirect, which
// lands on mallory's own server, where a document claims the redirect URL as its id.
let net: TestNetwork;
beforeAll(async () => {
  net = await startNetwork((network) => {
    const a = network.authority;
    const o = network.origin;
    const trap = `${o("victim.test")}/redirect?to=${encodeURIComponent(`${o("mallory.test")}/actor`)}`;
    const sameOriginHop = `${o("mallory.test")}/@mallory`;
    return {
      "victim.test": {
        "/redirect": (request) =>
          new Response(null, {
            status: 302,
            headers: { location: new URL(request.url).searchParams.get("to") ?? "/" },
          }),
      },
      "mallory.test": {
        "/.well-known/webfinger": webFingerTable({
          mallory: accountJrd(`acct:mallory@${a("mallory.test")}`, trap),
          local: accountJrd(`acct:local@${a("mallory.test")}`, sameOriginHop),
        }),
        "/actor": json(
          actor(trap, { preferredUsername: "mallory", webfinger: `mallory@${a("mallory.test")}` }),
        ),
        "/@mallory": (request) =>
          new Response(null, {
            status: 301,
            headers: { location: new URL("/users/local", request.url).href },
          }),
        "/users/local": json(actor(sameOriginHop, { preferredUsername: "local" })),
      },
    };
  });
});
afterAll(() => net.close());

const options = () => ({ httpsOnly: false, fetch: net.fetch });

describe("resolveHandle takes an actor document only from its id's origin", () => {
  it("refuses a document that an open redirect on the victim's host fetched from another origin", async () => {
    const result = await resolveHandle(`@mallory@${net.authority("mallory.test")}`, options());
    const error = expectFailure(result, "actor_mismatch", /served from another origin/);
    expect(error.url).toBe(`${net.origin("mallory.test")}/actor`);
    // The document was fetched (the redirect was followed), and refused on what it claims.
    expect(net.requests.map((request) => request.host)).toContain(net.authority("mallory.test"));
  });

  it("accepts a redirect that stays within the id's origin", async () => {
    const result = expectSuccess(await resolveHandle(`@local@${net.authority("mallory.test")}`, options()));
    expect(result.value.actorUrl).toBe(`${net.origin("mallory.test")}/@mallory`);
  });

  it("does not fetch the actor, and so cannot check its origin, with verify: false", async () => {
    const result = expectSuccess(
      await resolveHandle(`@mallory@${net.authority("mallory.test")}`, { ...options(), verify: false }),
    );
    expect(result.value.actor).toBeUndefined();
  });
});

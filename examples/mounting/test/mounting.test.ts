import type { Server } from "node:http";
import { connect } from "node:net";
import { createSafeFetch } from "@fedikit/fetch";
import { createCachingKeyResolver, createFetchKeyLoader, signRequest } from "@fedikit/http-signatures";
import { type LoopbackServer, serveWebHandler, testKeyPair } from "@fedikit/test-support";
import { createAdaptorServer } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExpressApp } from "../src/express-app.js";
import { createFastifyApp } from "../src/fastify-app.js";
import { createFederationHandlers, type FederationHandlers } from "../src/federation-handlers.js";
import { createHonoApp } from "../src/hono-app.js";
import { createNodeHttpServer } from "../src/node-http-server.js";

/**
 * Each framework, started on loopback with the same handlers, answers WebFinger and host-meta,
 * accepts a signed activity whose signer is its actor (the key fetched from the sender's own
 * server on loopback), refuses a tampered or an impersonating one, and answers 400 to a `Host`
 * header that makes no URL, staying up.
 */

const alice = testKeyPair("rsa", "mounting-alice");
const mallory = testKeyPair("rsa", "mounting-mallory");

/** The senders' server: two actors, each publishing its key in its own document. */
let remote: LoopbackServer;

beforeAll(async () => {
  remote = await serveWebHandler(async (request) => {
    const origin = new URL(request.url).origin;
    const name = new URL(request.url).pathname.split("/").at(-1);
    const pair = name === "alice" ? alice : name === "mallory" ? mallory : undefined;
    if (pair === undefined) return new Response(null, { status: 404 });
    const id = `${origin}/users/${name}`;
    return Response.json(
      {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        id,
        type: "Person",
        inbox: `${id}/inbox`,
        publicKey: { id: `${id}#main-key`, owner: id, publicKeyPem: pair.publicKeyPem },
      },
      { headers: { "content-type": "application/activity+json" } },
    );
  });
});

afterAll(() => remote.close());

interface Started {
  readonly origin: string;
  readonly received: { activity: object; actor: string }[];
  close(): Promise<void>;
}

function handlersRecording(received: Started["received"]): FederationHandlers {
  return createFederationHandlers({
    origin: "https://example.social",
    users: new Set(["bob"]),
    // The loopback sender needs the private-address opt-in; a real server passes safeFetch.
    keyResolver: createCachingKeyResolver({
      load: createFetchKeyLoader({ fetch: createSafeFetch({ allowPrivateAddress: true }) }),
    }),
    receive: (activity, actor) => {
      received.push({ activity, actor });
    },
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not listening on TCP");
  return `http://127.0.0.1:${address.port}`;
}

function closing(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

const frameworks: Record<string, () => Promise<Started>> = {
  "node:http": async () => {
    const received: Started["received"] = [];
    const server = createNodeHttpServer(handlersRecording(received));
    return { origin: await listen(server), received, close: closing(server) };
  },
  Express: async () => {
    const received: Started["received"] = [];
    const app = createExpressApp(handlersRecording(received));
    const server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("not listening on TCP");
    return { origin: `http://127.0.0.1:${address.port}`, received, close: closing(server) };
  },
  Fastify: async () => {
    const received: Started["received"] = [];
    const app = await createFastifyApp(handlersRecording(received));
    const origin = await app.listen({ port: 0, host: "127.0.0.1" });
    return { origin, received, close: () => app.close() };
  },
  Hono: async () => {
    const received: Started["received"] = [];
    const app = createHonoApp(handlersRecording(received));
    const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
    return { origin: await listen(server), received, close: closing(server) };
  },
};

/** Sends bytes as they are (fetch would refuse a bad Host) and returns the status line's code. */
function rawStatus(origin: string, request: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const match = /^HTTP\/1\.1 (\d{3}) /.exec(answer);
      if (match === null) reject(new Error(`no status line in ${JSON.stringify(answer.slice(0, 80))}`));
      else resolve(Number(match[1]));
    });
  });
}

function createActivity(actor: string) {
  return {
    "@context": "https://www.w3.org/ns/activitystreams",
    id: `${actor}/follows/1`,
    type: "Follow",
    actor,
    object: "https://example.social/users/bob",
  };
}

function signedPost(url: string, body: string, signer: "alice" | "mallory"): Promise<Request> {
  const pair = signer === "alice" ? alice : mallory;
  return signRequest(
    new Request(url, { method: "POST", headers: { "content-type": "application/activity+json" }, body }),
    { keyId: `${remote.origin}/users/${signer}#main-key`, privateKey: pair.privateKey, body },
  );
}

describe.each(Object.entries(frameworks))("handlers mounted in %s", (_name, start) => {
  let server: Started;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it("answers a WebFinger query with the account's actor link", async () => {
    const response = await fetch(
      `${server.origin}/.well-known/webfinger?resource=${encodeURIComponent("acct:Bob@example.social")}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/jrd\+json/);
    expect(await response.json()).toEqual({
      subject: "acct:bob@example.social",
      links: [{ rel: "self", type: "application/activity+json", href: "https://example.social/users/bob" }],
    });
  });

  it("answers 404 for an unknown account and 400 for a query without a resource", async () => {
    const unknown = await fetch(`${server.origin}/.well-known/webfinger?resource=acct:carol@example.social`);
    expect(unknown.status).toBe(404);
    const missing = await fetch(`${server.origin}/.well-known/webfinger`);
    expect(missing.status).toBe(400);
  });

  it("serves host-meta pointing at the WebFinger endpoint of the public origin", async () => {
    const response = await fetch(`${server.origin}/.well-known/host-meta`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'template="https://example.social/.well-known/webfinger?resource={uri}"',
    );
  });

  it("accepts an activity signed by its actor's key and hands it on with the confirmed actor", async () => {
    const actor = `${remote.origin}/users/alice`;
    const body = JSON.stringify(createActivity(actor));
    const response = await fetch(await signedPost(`${server.origin}/inbox`, body, "alice"));
    expect(response.status).toBe(202);
    expect(server.received).toEqual([{ activity: createActivity(actor), actor }]);
  });

  it("refuses an activity whose body changed after signing (digest_mismatch)", async () => {
    const actor = `${remote.origin}/users/alice`;
    const signed = await signedPost(`${server.origin}/inbox`, JSON.stringify(createActivity(actor)), "alice");
    const tampered = new Request(signed, {
      body: JSON.stringify({ ...createActivity(actor), type: "Block" }),
    });
    const response = await fetch(tampered);
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/^digest_mismatch: /);
  });

  it("refuses an activity signed by a valid key of someone other than its actor", async () => {
    const body = JSON.stringify(createActivity(`${remote.origin}/users/alice`));
    const response = await fetch(await signedPost(`${server.origin}/inbox`, body, "mallory"));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("The signer is not the activity's actor.");
  });

  it("answers 400 to a Host header that makes no URL, on every route, and keeps serving", async () => {
    const webfinger = await rawStatus(
      server.origin,
      "GET /.well-known/webfinger?resource=acct:bob@example.social HTTP/1.1\r\nHost: [\r\nConnection: close\r\n\r\n",
    );
    const inbox = await rawStatus(
      server.origin,
      "POST /inbox HTTP/1.1\r\nHost: [\r\nContent-Type: application/activity+json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    );
    expect([webfinger, inbox]).toEqual([400, 400]);
    const after = await fetch(`${server.origin}/.well-known/webfinger?resource=acct:bob@example.social`);
    expect(after.status).toBe(200);
  });
});

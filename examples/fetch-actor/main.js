// Fetches an ActivityPub actor the way a fediverse server does, through @fedikit/fetch.
//
//   pnpm start                 runs against a small server started here on loopback
//   pnpm start <actor URL>     fetches a real actor as well (needs internet)
//
// Step by step it shows the SSRF guard refusing a private address, an explicit opt-in for local
// federation, WebFinger and actor fetches with the right headers, and the size cap at work.
import { createServer } from "node:http";
import { createSafeFetch, FetchError, fetchActivityStreams, fetchJrd } from "@fedikit/fetch";

/** A one-actor fediverse server on 127.0.0.1. */
async function startLocalServer() {
  const server = createServer((request, response) => {
    const origin = `http://${request.headers.host}`;
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname === "/.well-known/webfinger") {
      response.writeHead(200, { "content-type": "application/jrd+json" });
      response.end(
        JSON.stringify({
          subject: url.searchParams.get("resource"),
          links: [{ rel: "self", type: "application/activity+json", href: `${origin}/users/alice` }],
        }),
      );
    } else if (url.pathname === "/users/alice") {
      response.writeHead(200, { "content-type": "application/activity+json" });
      response.end(
        JSON.stringify({
          "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
          id: `${origin}/users/alice`,
          type: "Person",
          preferredUsername: "alice",
          name: "Alice Example",
          inbox: `${origin}/users/alice/inbox`,
          outbox: `${origin}/users/alice/outbox`,
        }),
      );
    } else if (url.pathname === "/huge") {
      response.writeHead(200, { "content-type": "application/activity+json" });
      response.end(JSON.stringify({ type: "Note", content: "x".repeat(5 * 1024 * 1024) }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** What a failed Result says: its FetchError's code and message. */
function explain(result) {
  if (result.ok) return "fetched (unexpected!)";
  if (result.error instanceof FetchError) return `FetchError [${result.error.code}]: ${result.error.message}`;
  throw result.error;
}

/** The value of a Result that must have succeeded. */
function expectOk(result) {
  if (!result.ok) throw result.error;
  return result.value;
}

const local = await startLocalServer();
console.log(`Local fediverse server: ${local.origin}\n`);

// 1. The default fetch refuses loopback, private and other non-public addresses.
console.log("1. Default guard, fetching a loopback URL:");
console.log(`   ${explain(await fetchActivityStreams(`${local.origin}/users/alice`))}\n`);

// 2. Local federation needs an explicit opt-in.
const localFetch = createSafeFetch({ allowPrivateAddress: true, timeout: 5_000 });
console.log("2. With allowPrivateAddress: true, WebFinger then the actor:");
const jrd = expectOk(
  await fetchJrd(`${local.origin}/.well-known/webfinger?resource=acct:alice@127.0.0.1`, {
    fetch: localFetch,
  }),
);
const self = /** @type {{ rel: string, href: string }[]} */ (jrd.document.links).find(
  (link) => link.rel === "self",
);
console.log(`   WebFinger self link: ${self?.href}`);
const actor = expectOk(await fetchActivityStreams(self?.href ?? "", { fetch: localFetch }));
console.log(
  `   Actor: ${actor.document.name} (@${actor.document.preferredUsername}), inbox ${actor.document.inbox}\n`,
);

// 3. Bounds: the JSON helpers cap documents at 1 MiB by default.
console.log("3. A 5 MiB document:");
console.log(`   ${explain(await fetchActivityStreams(`${local.origin}/huge`, { fetch: localFetch }))}\n`);

// 4. Optionally, a real actor from the fediverse, with every guard on.
const remote = process.argv[2];
if (remote) {
  console.log(`4. ${remote} with the default guard:`);
  const result = await fetchActivityStreams(remote);
  if (result.ok) {
    const { document, url } = result.value;
    console.log(`   ${document.type} ${document.preferredUsername ?? document.name ?? ""} from ${url}`);
  } else {
    console.log(`   ${explain(result)}`);
  }
}

await localFetch.close();
local.close();
console.log("Done.");

// A tiny ActivityStreams server for the benchmark, run in its own process so the client under
// test has a core to itself. Prints the port on stdout.
import { createServer } from "node:http";

const body = JSON.stringify({
  "@context": "https://www.w3.org/ns/activitystreams",
  id: "https://example.social/users/alice",
  type: "Person",
  preferredUsername: "alice",
  inbox: "https://example.social/users/alice/inbox",
});
const server = createServer((_request, response) => {
  response.writeHead(200, {
    "content-type": "application/activity+json",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.on("disconnect", () => process.exit(0));

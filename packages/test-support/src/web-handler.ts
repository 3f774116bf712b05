import type { IncomingMessage, ServerResponse } from "node:http";
import { type LoopbackServer, type RecordedRequest, startServer } from "./loopback-server.js";

/** A web-standard handler, as Fedikit's server-side functions are: `(Request) => Response`. */
export type WebHandler = (request: Request) => Response | Promise<Response>;

function toRequest(recorded: RecordedRequest, raw: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const bodyless = recorded.method === "GET" || recorded.method === "HEAD";
  return new Request(`http://${raw.headers.host ?? "localhost"}${recorded.url}`, {
    method: recorded.method,
    headers,
    ...(bodyless ? {} : { body: recorded.body }),
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, [...response.headers].flat());
  outgoing.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * Serves a web-standard handler over real HTTP on a loopback address, through
 * {@link startServer} (so requests are recorded, bodies as UTF-8 text). The request URL is
 * `http://` plus the `Host` header, so one server can play several virtual hosts. A handler that
 * throws answers 500 with the error's text.
 */
export function serveWebHandler(handler: WebHandler, host = "127.0.0.1"): Promise<LoopbackServer> {
  return startServer((recorded, outgoing, raw) => {
    Promise.resolve()
      .then(() => handler(toRequest(recorded, raw)))
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        outgoing.writeHead(500, { "content-type": "text/plain" });
        outgoing.end(String(error));
      });
  }, host);
}

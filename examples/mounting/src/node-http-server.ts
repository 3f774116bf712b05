import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { FederationHandlers } from "./federation-handlers.js";

/**
 * Node's own `http` server. `getRequestListener` turns each request into a Fetch API `Request`
 * (streaming the body) and writes the `Response` back; a `Host` header that makes no URL
 * (`Host: [`) is answered 400 by the adapter before any handler runs.
 */
export function createNodeHttpServer(handlers: FederationHandlers): Server {
  const listener = getRequestListener(
    (request) => {
      switch (new URL(request.url).pathname) {
        case "/.well-known/webfinger":
          return handlers.webfinger(request);
        case "/.well-known/host-meta":
          return handlers.hostMeta(request);
        case "/inbox":
          return handlers.inbox(request);
        default:
          return new Response("Not found", { status: 404 });
      }
    },
    // Keep Node's own Request and Response globals (the adapter swaps in faster ones by default).
    { overrideGlobalObjects: false },
  );
  return createServer(listener);
}

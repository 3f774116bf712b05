import { Hono } from "hono";
import type { FederationHandlers } from "./federation-handlers.js";

/**
 * Hono speaks Fetch API already: `c.req.raw` is the `Request`, and a `Response` is returned as it
 * is. On Node, serve it with `@hono/node-server` (`serve` or `createAdaptorServer`), which answers
 * 400 to a `Host` header that makes no URL.
 */
export function createHonoApp(handlers: FederationHandlers): Hono {
  const app = new Hono();
  app.all("/.well-known/webfinger", (c) => handlers.webfinger(c.req.raw));
  app.all("/.well-known/host-meta", (c) => handlers.hostMeta(c.req.raw));
  app.post("/inbox", (c) => handlers.inbox(c.req.raw));
  return app;
}

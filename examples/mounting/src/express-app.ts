import { getRequestListener } from "@hono/node-server";
import express, { type Express } from "express";
import type { FederationHandlers } from "./federation-handlers.js";

/**
 * Express: each handler becomes a route through `getRequestListener`. No body parser runs before
 * the inbox, so the signature check hashes the bytes exactly as they were sent.
 */
export function createExpressApp(handlers: FederationHandlers): Express {
  const options = { overrideGlobalObjects: false };
  const app = express();
  // `all`: the WebFinger handlers answer HEAD, CORS preflights (OPTIONS) and 405 themselves.
  app.all("/.well-known/webfinger", getRequestListener(handlers.webfinger, options));
  app.all("/.well-known/host-meta", getRequestListener(handlers.hostMeta, options));
  app.post("/inbox", getRequestListener(handlers.inbox, options));
  return app;
}

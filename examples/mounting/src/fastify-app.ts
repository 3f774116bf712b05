import { getRequestListener } from "@hono/node-server";
import Fastify, { type FastifyInstance } from "fastify";
import type { FederationHandlers } from "./federation-handlers.js";

/**
 * Fastify: a route hands the raw Node request and response to `getRequestListener` and tells
 * Fastify it has taken over the reply (`reply.hijack()`). The routes sit in a plugin that leaves
 * bodies unread (one content-type parser for every type that parses nothing), so the inbox's
 * signature check reads the exact bytes; the rest of the app keeps Fastify's parsers.
 */
export async function createFastifyApp(handlers: FederationHandlers): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(async (fedikit) => {
    fedikit.removeAllContentTypeParsers();
    fedikit.addContentTypeParser("*", (_request, _payload, done) => done(null));
    const mount = (path: string, handler: (request: Request) => Promise<Response>) => {
      const listener = getRequestListener(handler, { overrideGlobalObjects: false });
      fedikit.all(path, (request, reply) => {
        reply.hijack();
        return listener(request.raw, reply.raw);
      });
    };
    mount("/.well-known/webfinger", handlers.webfinger);
    mount("/.well-known/host-meta", handlers.hostMeta);
    mount("/inbox", handlers.inbox);
  });
  return app;
}

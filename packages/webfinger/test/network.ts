import { createSafeFetch, type SafeFetch } from "@fedikit/fetch";
import { resolverFor, type SeenRequest, serve, type WebHandler } from "./serve.js";

/** The routes of one made-up site: path → handler. Unknown paths answer 404. */
export type Site = Readonly<Record<string, WebHandler>>;

/** Made-up sites on one loopback server, told apart by the `Host` header. */
export interface TestNetwork {
  /** The port every site listens on. */
  readonly port: number;
  /** A guarded fetch that resolves the site names to 127.0.0.1 and refuses other private addresses. */
  readonly fetch: SafeFetch;
  /** `name:port`, the authority (and acct: host) of a site. */
  authority(name: string): string;
  /** `http://name:port`. */
  origin(name: string): string;
  /** Every request any site got, in order. */
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

const notFound = () =>
  new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } });

/**
 * Starts one HTTP server on 127.0.0.1 serving every site `build` returns; `build` gets the
 * network so sites can link to each other. Names in `elsewhere` resolve to other addresses
 * (to test the SSRF guard: anything but 127.0.0.1 is refused before connecting).
 */
export async function startNetwork(
  build: (network: TestNetwork) => Readonly<Record<string, Site>>,
  elsewhere: Readonly<Record<string, string>> = {},
): Promise<TestNetwork> {
  let sites: Readonly<Record<string, Site>> = {};
  const server = await serve((request) => {
    const url = new URL(request.url);
    const handler = sites[url.hostname]?.[url.pathname];
    return handler ? handler(request) : notFound();
  });
  const names: Record<string, string> = { ...elsewhere };
  const network: TestNetwork = {
    port: server.port,
    fetch: createSafeFetch({ resolve: resolverFor(names), allowedPrivateAddresses: ["127.0.0.1"] }),
    authority: (name) => `${name}:${server.port}`,
    origin: (name) => `http://${name}:${server.port}`,
    requests: server.requests,
    async close() {
      await network.fetch.close();
      await server.close();
    },
  };
  sites = build(network);
  for (const name of Object.keys(sites)) names[name] = "127.0.0.1";
  return network;
}

/** A handler answering a fixed body. */
export function fixed(
  status: number,
  headers: Record<string, string>,
  body: string | Uint8Array<ArrayBuffer> = "",
): WebHandler {
  return () => new Response(status === 204 || status === 304 ? null : body, { status, headers });
}

/** A handler answering a redirect. */
export function redirect(location: string, status = 307): WebHandler {
  return () => new Response(null, { status, headers: { location } });
}

/** A handler answering JSON with the given media type. */
export function json(value: unknown, type = "application/activity+json"): WebHandler {
  return fixed(200, { "content-type": type }, JSON.stringify(value));
}

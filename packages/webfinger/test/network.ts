import { createSafeFetch, type HostLookup, type SafeFetch } from "@fedikit/fetch";
import { type RecordedRequest, serveWebHandler, type WebHandler } from "@fedikit/test-support";

export type { WebHandler };

/** A request as the test network saw it. */
export interface SeenRequest {
  readonly method: string;
  /** The `Host` header: which made-up site was asked. */
  readonly host: string;
  readonly url: string;
  readonly accept: string | undefined;
}

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
  readonly requests: readonly SeenRequest[];
  close(): Promise<void>;
}

const notFound = () =>
  new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } });

function seen(request: RecordedRequest): SeenRequest {
  const { host, accept } = request.headers;
  return { method: request.method, host: host ?? "", url: request.url, accept };
}

/**
 * A resolver for `createSafeFetch` that maps made-up host names to fixed addresses, so tests
 * talk to loopback servers under realistic names without DNS.
 */
function resolverFor(names: ReadonlyMap<string, string>): HostLookup {
  return async (hostname: string) => {
    const address = names.get(hostname);
    if (address === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    }
    return [{ address, family: address.includes(":") ? (6 as const) : (4 as const) }];
  };
}

/**
 * Starts one HTTP server on 127.0.0.1 serving every site `build` returns; `build` gets the
 * network so sites can link to each other. Names in `elsewhere` resolve to other addresses
 * (to test the SSRF guard: anything but 127.0.0.1 is refused before connecting).
 */
export async function startNetwork(
  build: (network: TestNetwork) => Readonly<Record<string, Site>>,
  elsewhere: Readonly<Record<string, string>> = {},
): Promise<TestNetwork> {
  const sites = new Map<string, ReadonlyMap<string, WebHandler>>();
  const server = await serveWebHandler((request) => {
    const url = new URL(request.url);
    const handler = sites.get(url.hostname)?.get(url.pathname);
    return handler ? handler(request) : notFound();
  });
  const names = new Map(Object.entries(elsewhere));
  const network: TestNetwork = {
    port: server.port,
    fetch: createSafeFetch({ lookup: resolverFor(names), allowedPrivateAddresses: ["127.0.0.1"] }),
    authority: (name) => `${name}:${server.port}`,
    origin: (name) => `http://${name}:${server.port}`,
    get requests() {
      return server.requests.map(seen);
    },
    async close() {
      await network.fetch.close();
      await server.close();
    },
  };
  for (const [name, site] of Object.entries(build(network))) {
    sites.set(name, new Map(Object.entries(site)));
    names.set(name, "127.0.0.1");
  }
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

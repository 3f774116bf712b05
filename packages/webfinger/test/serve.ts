import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HostResolver } from "@fedikit/fetch";

/** A request as the test server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly host: string;
  readonly url: string;
  readonly accept: string | undefined;
}

/** A real HTTP server on a loopback address. */
export interface TestServer {
  readonly port: number;
  /** Every request, in order. */
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/** A web-standard handler, as the package's handlers are. */
export type WebHandler = (request: Request) => Response | Promise<Response>;

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const method = incoming.method ?? "GET";
  return new Request(`http://${incoming.headers.host}${incoming.url}`, {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, [...response.headers].flat());
  outgoing.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * Serves a web-standard handler over real HTTP on `host` (127.0.0.1 by default) — the few lines
 * any Node adapter is. Virtual hosts are told apart by the handler through the `Host` header.
 */
export async function serve(handler: WebHandler, host = "127.0.0.1"): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    requests.push({
      method: incoming.method ?? "",
      host: incoming.headers.host ?? "",
      url: incoming.url ?? "",
      accept: incoming.headers.accept,
    });
    toRequest(incoming)
      .then(handler)
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        outgoing.writeHead(500, { "content-type": "text/plain" });
        outgoing.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A resolver for `createSafeFetch` that maps made-up host names to fixed addresses, so tests
 * talk to loopback servers under realistic names without DNS.
 */
export function resolverFor(names: Readonly<Record<string, string>>): HostResolver {
  return async (hostname) => {
    const address = names[hostname];
    if (address === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    }
    return [{ address, family: address.includes(":") ? 6 : 4 }];
  };
}

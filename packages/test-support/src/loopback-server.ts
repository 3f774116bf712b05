import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the test server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A real HTTP server on a loopback address, recording what reaches it. */
export interface LoopbackServer {
  readonly host: string;
  readonly port: number;
  /** `http://host:port` */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/** What a test server does with a request; the body is already read. */
export type TestHandler = (request: RecordedRequest, response: ServerResponse, raw: IncomingMessage) => void;

/** Starts a server on `host` (any 127.0.0.0/8 address works on Linux) and a free or given port. */
export async function startServer(
  handler: TestHandler,
  host = "127.0.0.1",
  port = 0,
): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on("data", (chunk: Buffer) => chunks.push(chunk));
    raw.on("end", () => {
      const recorded = {
        method: raw.method ?? "",
        url: raw.url ?? "",
        headers: raw.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      handler(recorded, response, raw);
    });
  });
  const state = { connections: 0 };
  server.on("connection", () => {
    state.connections++;
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  return {
    host,
    port: address.port,
    origin,
    requests,
    get connections() {
      return state.connections;
    },
    set connections(value: number) {
      state.connections = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers every request with a fixed status, headers and body. */
export function respondWith(status: number, headers: Record<string, string>, body = ""): TestHandler {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

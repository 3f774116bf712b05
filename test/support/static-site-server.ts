import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/** Media types of the files a typedoc site has. */
const mediaTypes = new Map([
  [".html", "text/html; charset=utf-8"],
  [".js", "text/javascript; charset=utf-8"],
  [".css", "text/css; charset=utf-8"],
  [".svg", "image/svg+xml"],
  [".png", "image/png"],
  [".json", "application/json"],
]);

/** A static file server for a built site on 127.0.0.1, as a host would serve it. */
export interface StaticSiteServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Paths requested that did not exist, in order. */
  readonly notFound: string[];
  close(): Promise<void>;
}

/** Serves `root` (`/` is `index.html`, a folder is its `index.html`). */
export async function serveStaticSite(root: string): Promise<StaticSiteServer> {
  const notFound: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      notFound.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": mediaTypes.get(extname(file)) ?? "application/octet-stream" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

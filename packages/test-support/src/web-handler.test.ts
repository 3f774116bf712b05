import { describe, expect, it } from "vitest";
import { serveWebHandler } from "./web-handler.js";

describe("serveWebHandler", () => {
  it("hands the handler a Request with method, URL, headers and body, and sends its Response", async () => {
    const seen: { method: string; url: string; type: string | null; body: string }[] = [];
    const server = await serveWebHandler(async (request) => {
      seen.push({
        method: request.method,
        url: request.url,
        type: request.headers.get("content-type"),
        body: await request.text(),
      });
      return new Response("made", { status: 201, headers: { "x-made": "yes" } });
    });
    try {
      const response = await fetch(`${server.origin}/path?q=1`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "payload",
      });
      expect(response.status).toBe(201);
      expect(response.headers.get("x-made")).toBe("yes");
      expect(await response.text()).toBe("made");
      expect(seen).toEqual([
        { method: "POST", url: `${server.origin}/path?q=1`, type: "text/plain", body: "payload" },
      ]);
      expect(server.requests).toMatchObject([{ method: "POST", url: "/path?q=1", body: "payload" }]);
    } finally {
      await server.close();
    }
  });

  it("answers 500 with the error when the handler throws", async () => {
    const server = await serveWebHandler(() => {
      throw new Error("handler broke");
    });
    try {
      const response = await fetch(`${server.origin}/`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain("handler broke");
    } finally {
      await server.close();
    }
  });
});

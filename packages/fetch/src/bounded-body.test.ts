import { describe, expect, it } from "vitest";
import { exceedsJsonDepth, readBytes, readJson, readText } from "./bounded-body.js";

function jsonResponse(body: BodyInit, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers });
}

describe("readJson", () => {
  it("parses JSON and drops a UTF-8 byte order mark", async () => {
    expect(await readJson(jsonResponse('\uFEFF{"a":[1,2]}'))).toEqual({ a: [1, 2] });
  });

  it("parses a body that arrives in many chunks", async () => {
    const text = JSON.stringify({ content: "ü".repeat(10_000) });
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    expect(await readJson(new Response(stream))).toEqual(JSON.parse(text));
  });

  it("refuses a declared length over the cap without reading", async () => {
    await expect(
      readJson(jsonResponse("{}", { "content-length": "5000" }), { maxBytes: 100 }),
    ).rejects.toMatchObject({
      code: "too_large",
    });
  });

  it("keeps __proto__ as a plain property", async () => {
    const value = (await readJson(jsonResponse('{"__proto__":{"polluted":true}}'))) as Record<
      string,
      unknown
    >;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses an empty body", async () => {
    await expect(readJson(new Response(null))).rejects.toMatchObject({ code: "invalid_json" });
  });
});

describe("exceedsJsonDepth", () => {
  it("measures arrays and objects alike", () => {
    expect(exceedsJsonDepth([[[1]]], 3)).toBe(false);
    expect(exceedsJsonDepth([[[1]]], 2)).toBe(true);
    expect(exceedsJsonDepth({ a: { b: [{}] } }, 4)).toBe(false);
    expect(exceedsJsonDepth({ a: { b: [{}] } }, 3)).toBe(true);
    expect(exceedsJsonDepth("scalar", 0)).toBe(false);
  });

  it("does not overflow the stack on a million levels", () => {
    const deep = JSON.parse(`${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`);
    expect(exceedsJsonDepth(deep, 64)).toBe(true);
  });
});

describe("readBytes and readText", () => {
  it("read a body within the cap", async () => {
    expect(await readText(new Response("héllo"))).toBe("héllo");
    expect(await readBytes(new Response(new Uint8Array([1, 2, 3])), { maxBytes: 3 })).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it("refuse a streamed body past the cap", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const error = await readBytes(new Response(stream), { maxBytes: 10_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too_large" });
    expect(String(error)).toContain("raise maxBytes");
  });

  it("decode invalid UTF-8 leniently, as Response.text() does", async () => {
    expect(await readText(new Response(new Uint8Array([0x61, 0xff, 0x62])))).toBe("a\uFFFDb");
  });
});

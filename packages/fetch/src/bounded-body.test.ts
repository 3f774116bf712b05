import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { exceedsJsonDepth, readBytes, readJson, readText } from "./bounded-body.js";
import { FetchError } from "./fetch-error.js";

function jsonResponse(body: BodyInit, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers });
}

/** A body stream that errors with `error` after one chunk. */
function breakingBody(error: unknown): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(error);
      sent = true;
      controller.enqueue(new TextEncoder().encode('{"a":'));
    },
  });
}

describe("readJson", () => {
  it("parses JSON and drops a UTF-8 byte order mark", async () => {
    expect(expectSuccess(await readJson(jsonResponse('\uFEFF{"a":[1,2]}'))).value).toEqual({ a: [1, 2] });
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
    expect(expectSuccess(await readJson(new Response(stream))).value).toEqual(JSON.parse(text));
  });

  it("refuses a declared length over the cap without reading", async () => {
    expectFailure(
      await readJson(jsonResponse("{}", { "content-length": "5000" }), { maxBytes: 100 }),
      "too_large",
    );
  });

  it("keeps __proto__ as a plain property", async () => {
    const value = expectSuccess(await readJson(jsonResponse('{"__proto__":{"polluted":true}}')))
      .value as Record<string, unknown>;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses an empty body, invalid UTF-8 and a too deep document with invalid_json", async () => {
    expectFailure(await readJson(new Response(null)), "invalid_json");
    expectFailure(await readJson(new Response(new Uint8Array([0x22, 0xff, 0x22]))), "invalid_json");
    expectFailure(await readJson(jsonResponse("[[[1]]]"), { maxDepth: 2 }), "invalid_json", "raise maxDepth");
  });

  it("throws a RangeError naming a bad bound (a programmer's mistake)", async () => {
    await expect(readJson(jsonResponse("{}"), { maxDepth: 0 })).rejects.toThrow(/^maxDepth must be/);
    await expect(readJson(jsonResponse("{}"), { maxBytes: -1 })).rejects.toThrow(/^maxBytes must be/);
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
    expect(expectSuccess(await readText(new Response("héllo"))).value).toBe("héllo");
    expect(
      expectSuccess(await readBytes(new Response(new Uint8Array([1, 2, 3])), { maxBytes: 3 })).value,
    ).toEqual(new Uint8Array([1, 2, 3]));
    expect(expectSuccess(await readBytes(new Response(null))).value).toEqual(new Uint8Array(0));
  });

  it("refuse a streamed body past the cap, naming maxBytes", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    expectFailure(await readBytes(new Response(stream), { maxBytes: 10_000 }), "too_large", "raise maxBytes");
    // It stopped at the cap: ten 1 KiB chunks fit, the eleventh passes it.
    expect(pulled).toBeLessThanOrEqual(12);
    expectFailure(await readText(new Response(new Uint8Array(11)), { maxBytes: 10 }), "too_large");
  });

  it("decode invalid UTF-8 leniently, as Response.text() does", async () => {
    expect(expectSuccess(await readText(new Response(new Uint8Array([0x61, 0xff, 0x62])))).value).toBe(
      "a\uFFFDb",
    );
  });

  it("return a broken body stream as a failure: its FetchError, or network with the cause", async () => {
    const timeout = new FetchError("timeout", "No complete response", { url: "https://a.example/" });
    expect(expectFailure(await readJson(new Response(breakingBody(timeout))), "timeout")).toBe(timeout);
    const reset = new TypeError("terminated");
    const error = expectFailure(await readText(new Response(breakingBody(reset))), "network", "terminated");
    expect(error.cause).toBe(reset);
  });

  it("reject with the reason of an aborted signal instead", async () => {
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    controller.abort(reason);
    await expect(readJson(new Response(breakingBody(reason)), { signal: controller.signal })).rejects.toBe(
      reason,
    );
  });
});

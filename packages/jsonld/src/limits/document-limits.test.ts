import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { canonize, canonizeNQuads } from "../canonize/canonize.js";
import { normalize } from "../normalize/normalize.js";
import { exceedsLimits } from "./document-limits.js";

function nested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: "Note", id: "https://a.example/n" };
  for (let i = 0; i < depth; i++) node = { type: "Note", inReplyTo: node };
  return { "@context": "https://www.w3.org/ns/activitystreams", ...node };
}

describe("work limits checked before any JSON-LD algorithm runs", () => {
  it("refuses more objects and arrays than maxNodes, visiting no more than that", () => {
    const wide = { to: Array.from({ length: 50 }, () => ({ id: "https://a.example/x" })) };
    let visited = 0;
    const counting = new Proxy(wide, {
      get(target, key, receiver) {
        if (key === "to") visited++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(exceedsLimits(counting, { maxNodes: 10, maxDepth: 64 })?.code).toBe("too_many_nodes");
    expect(exceedsLimits(wide, { maxNodes: 52, maxDepth: 64 })).toBeUndefined();
    expect(visited).toBeLessThanOrEqual(1);
  });

  it("refuses nesting deeper than maxDepth, in normalize and canonize alike", async () => {
    expectFailure(await normalize(nested(10), { maxDepth: 5 }), "too_deep");
    expectFailure(await canonize(nested(10), { maxDepth: 5 }), "too_deep");
    expectSuccess(await normalize(nested(10)));
  });

  it("refuses a huge document in normalize before reading it", async () => {
    const document = {
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "Collection",
      items: Array.from({ length: 100 }, (_, i) => ({ type: "Note", id: `https://a.example/${i}` })),
    };
    expectFailure(await normalize(document, { maxNodes: 50 }), "too_many_nodes");
  });

  it("stops canonicalization of a blank-node pattern built to be expensive (maxWorkFactor)", async () => {
    // Ten blank nodes in a cycle, all alike: canonicalization must try their permutations.
    const quads: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (let j = 0; j < 10; j++) if (i !== j) quads.push(`_:b${i} <https://a.example/p> _:b${j} .`);
    }
    const error = expectFailure(
      await canonizeNQuads(`${quads.join("\n")}\n`, { maxWorkFactor: 0 }),
      "work_limit_exceeded",
    );
    expect(error.message).toMatch(/maxWorkFactor/);
  });

  it("rejects with the caller's reason when the signal aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("caller stopped"));
    await expect(normalize(nested(1), { signal: controller.signal })).rejects.toThrow("caller stopped");
    await expect(canonize(nested(1), { signal: controller.signal })).rejects.toThrow("caller stopped");
  });

  it("names a wrong option", async () => {
    await expect(normalize({}, { maxNodes: 0 })).rejects.toThrow(/maxNodes/);
    await expect(canonize({}, { maxWorkFactor: 9 })).rejects.toThrow(/maxWorkFactor/);
    await expect(normalize({}, { timeout: -1 })).rejects.toThrow(/timeout/);
  });
});

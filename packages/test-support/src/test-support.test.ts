import { FedikitError, failure, success } from "@fedikit/core";
import { describe, expect, it } from "vitest";
import {
  expectFailure,
  expectImportChangesNoGlobal,
  expectSuccess,
  respondWith,
  startServer,
  testKeyPair,
} from "./index.js";

describe("test support", () => {
  it("hands out one key pair per type and name", () => {
    const a = testKeyPair("ed25519");
    expect(testKeyPair("ed25519")).toBe(a);
    expect(testKeyPair("ed25519", "other")).not.toBe(a);
    expect(a.publicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(a.privateKeyPem).toContain("BEGIN PRIVATE KEY");
  });

  it("serves on loopback and records requests", async () => {
    const server = await startServer(respondWith(200, { "content-type": "text/plain" }, "hi"));
    try {
      const response = await fetch(`${server.origin}/x`, { method: "POST", body: "b" });
      expect(await response.text()).toBe("hi");
      expect(server.requests).toMatchObject([{ method: "POST", url: "/x", body: "b" }]);
    } finally {
      await server.close();
    }
  });

  it("asserts results", () => {
    expect(expectSuccess(success(1)).value).toBe(1);
    const error = expectFailure(failure(new FedikitError("bad", "bad thing")), "bad", /thing/);
    expect(error.code).toBe("bad");
    expect(() => expectSuccess(failure(new FedikitError("bad", "x")))).toThrow(/bad: x/);
    expect(() => expectFailure(success(1), "bad")).toThrow(/got a success/);
  });

  it("sees a changed global", async () => {
    await expect(
      expectImportChangesNoGlobal(async () => {
        (globalThis as Record<string, unknown>).fedikitTestLeak = 1;
      }),
    ).rejects.toThrow();
    delete (globalThis as Record<string, unknown>).fedikitTestLeak;
  });
});

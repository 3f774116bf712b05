import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";

describe("importing @fedikit/http-signatures", () => {
  it("changes no global", async () => {
    const module = await expectImportChangesNoGlobal(() => import("../src/index.js"));
    expect(typeof module.verifyRequest).toBe("function");
  });
});

import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";

describe("@fedikit/fetch at import", () => {
  it("changes no global", async () => {
    const module = await expectImportChangesNoGlobal(() => import("../src/index.js"));
    expect(typeof module.createSafeFetch).toBe("function");
  });
});

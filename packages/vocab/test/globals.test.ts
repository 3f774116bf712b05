import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";

describe("importing the package", () => {
  it("changes no global, for the package and for its code generator", async () => {
    const vocab = await expectImportChangesNoGlobal(() => import("../src/index.js"));
    await expectImportChangesNoGlobal(() => import("../src/codegen/index.js"));
    expect(vocab.parse({ type: "Note" }).ok).toBe(true);
  });
});

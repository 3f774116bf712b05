import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { expect, it } from "vitest";

it("importing the package, and running the full JSON-LD path, changes no global", async () => {
  const module = await expectImportChangesNoGlobal(() => import("../src/index.js"));
  // jsonld.js is imported on first use: load it through a full-path call, and check again.
  await expectImportChangesNoGlobal(async () => {
    const result = await module.normalize(
      {
        "@context": "https://www.w3.org/ns/activitystreams",
        type: "Note",
        content: "x",
      },
      { fastPath: false },
    );
    expect(result.ok && result.value.path).toBe("full");
    return result;
  });
});

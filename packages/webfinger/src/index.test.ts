import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";

describe("the package entry points", () => {
  it("change no global when imported", async () => {
    await expectImportChangesNoGlobal(() => import("./index.js"));
    await expectImportChangesNoGlobal(() => import("./client/index.js"));
  });

  it("export the public API by name: syntax, documents, handlers and the error from the main entry", async () => {
    const api = await import("./index.js");
    expect(Object.keys(api).sort()).toEqual([
      "WebFingerError",
      "acctAuthority",
      "activityStreamsProfile",
      "createHostMetaHandler",
      "createHostMetaJsonHandler",
      "createWebFingerHandler",
      "encodeUserPart",
      "expandLrddTemplate",
      "filterJrdLinks",
      "findActorLink",
      "findLrddTemplate",
      "formatAcctUri",
      "formatHandle",
      "formatHostAndPort",
      "hostToUnicode",
      "isActivityPubLinkType",
      "parseAcctUri",
      "parseHandle",
      "parseHost",
      "parseJrd",
      "parseXrd",
      "sameAcct",
    ]);
  });

  it("export the lookup client from @fedikit/webfinger/client", async () => {
    const client = await import("./client/index.js");
    expect(Object.keys(client).sort()).toEqual([
      "createHostMetaCache",
      "lookupHostMeta",
      "lookupWebFinger",
      "resolveHandle",
      "verifyActorHandle",
    ]);
  });
});

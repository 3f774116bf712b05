import { describe, expect, it } from "vitest";

describe("the package entry point", () => {
  it("touches no global when imported", async () => {
    const globalNames = Object.getOwnPropertyNames(globalThis).sort();
    const { stringify } = JSON;
    const { push } = Array.prototype;
    await import("./index.js");
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalNames);
    expect(JSON.stringify).toBe(stringify);
    expect(Array.prototype.push).toBe(push);
  });

  it("exports the public API by name", async () => {
    const api = await import("./index.js");
    expect(Object.keys(api).sort()).toEqual([
      "AcctSyntaxError",
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
      "lookupHostMeta",
      "lookupWebFinger",
      "parseAcctUri",
      "parseHandle",
      "parseHost",
      "parseJrd",
      "parseXrd",
      "resolveHandle",
      "sameAcct",
      "verifyActorHandle",
    ]);
  });
});

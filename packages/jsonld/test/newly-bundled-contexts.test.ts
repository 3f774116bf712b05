import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { createContextLoader, normalize } from "../src/index.js";
import { fixture } from "./fixture-documents.js";

/** Real documents whose contexts used to be refused: each reads offline now, with its meaning. */
describe("documents that name LitePub's, Kroeg's and mbin's contexts read without the network", () => {
  it("mbin's instance actor (its only context is fedia.io/contexts)", async () => {
    const instance = fixture("corpus/lemmy-assets/mbin/objects/instance.json");
    const document = expectSuccess(await normalize(instance)).value.document;
    expect(document.type).toBe("Application");
    expect(document.manuallyApprovesFollowers).toBe(true);
    expect(document.publicKey).toMatchObject({ owner: "https://fedia.io/i/actor" });
  });

  it("Kroeg's actor, with its own kroeg:blocks kept under the full IRI its context gives", async () => {
    const actor = fixture("corpus/pleroma-test-fixtures/tesla_mock/puckipedia.com.json");
    const document = expectSuccess(await normalize(actor)).value.document;
    expect(document.manuallyApprovesFollowers).toBe(false);
    expect(document["https://puckipedia.com/kroeg/ns#blocks"]).toEqual({
      id: "https://puckipedia.com/blocks",
    });
    expect(document.publicKey).toMatchObject({ owner: "https://puckipedia.com/" });
  });

  it("Kroeg's post with a Hashtag its context defines", async () => {
    const create = fixture("corpus/pleroma-test-fixtures/kroeg-array-less-hashtag.json");
    const result = expectSuccess(await normalize(create));
    const note = result.value.document.object as Record<string, unknown>;
    expect(note.tag).toMatchObject({ type: "Hashtag" });
    expect(result.warnings.filter((warning) => warning.message.includes("Hashtag"))).toEqual([]);
  });

  it("Mobilizon's event under litepub.social's context", async () => {
    const event = fixture("corpus/pleroma-test-fixtures/tesla_mock/mobilizon.org-event.json");
    const document = expectSuccess(await normalize(event)).value.document;
    expect(document.type).toBe("Event");
    expect(document.commentsEnabled).toBe(true);
    expect(document.category).toBe("meeting");
  });

  it("Hubzilla's apschema stays unbundled: refused by default, read once the caller hands its context in", async () => {
    const actor = fixture("corpus/pleroma-test-fixtures/tesla_mock/kaniini@hubzilla.example.org.json");
    const url = "https://hubzilla.example.org/apschema/v1.2";
    const error = expectFailure(await normalize(actor), "remote_context_blocked");
    expect(error.url).toBe(url);
    // The workaround the guide gives: the instance's own context, from wherever the caller trusts.
    const zot = "https://hubzilla.example.org/apschema#";
    const contextLoader = createContextLoader({
      contexts: new Map([
        [url, { "@context": { zot, nomadicLocations: { "@id": "zot:nomadicLocations", "@type": "@id" } } }],
      ]),
    });
    const document = expectSuccess(await normalize(actor, { contextLoader })).value.document;
    expect(document.type).toBe("Person");
    expect(document[`${zot}nomadicLocations`]).toBeDefined();
  });
});

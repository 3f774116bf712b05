import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { normalize } from "../src/index.js";
import { fixture } from "./fixture-documents.js";

/**
 * Terms that servers define differently are read with the sender's own context: each case uses
 * the real document from the fixtures with the context its server sends.
 */
describe("terms servers define differently are read with the sender's context", () => {
  it("Lemmy's expires is as:endTime in its context, so it comes out as endTime, not the key's expiry", async () => {
    // Lemmy's real Block (block_user.json) with Lemmy's context, and `expires` as Lemmy before
    // 0.19 wrote the ban's end (its context still maps it to as:endTime).
    const { endTime, ...block } = fixture("corpus/lemmy-assets/lemmy/activities/block/block_user.json");
    const lemmy = {
      "@context": ["https://join-lemmy.org/context.json", "https://www.w3.org/ns/activitystreams"],
      ...block,
      expires: endTime,
    };
    const normalized = expectSuccess(await normalize(lemmy)).value.document;
    expect(normalized.endTime).toBe("2021-11-01T12:23:50.151874Z");
    expect(normalized.expires).toBeUndefined();
    expect(normalized.removeData).toBe(true);
    // The same key under the security context means the expiry of a key or proof.
    const security = {
      ...lemmy,
      "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
    };
    const asSecurity = expectSuccess(await normalize(security)).value.document;
    expect(asSecurity.expires).toBe("2021-11-01T12:23:50.151874Z");
    expect(asSecurity.endTime).toBeUndefined();
  });

  it("Mobilizon's location is schema.org's location, not as:location; its uuid is identifier and inLanguage is language", async () => {
    const result = expectSuccess(await normalize(fixture("mobilizon/event.json")));
    const event = result.value.document;
    expect(event.location).toBeUndefined();
    expect(event["http://schema.org#location"]).toMatchObject({ type: "Place", name: "The Kenn Centre" });
    expect(event.identifier).toBe("b81c0531-a57c-497d-93ba-af0f8b255498");
    expect(event.uuid).toBeUndefined();
    expect(event.language).toBe("en");
    expect(event.inLanguage).toBeUndefined();
    // Mobilizon's context sets "@language": "und", which says nothing: plain terms, not maps.
    expect(event.name).toBe("Caledonian scottish dance class");
    expect(event.nameMap).toBeUndefined();
  });

  it("PeerTube's uuid is pt:uuid (only typed as a schema.org identifier), so it is not identifier", async () => {
    const video = expectSuccess(await normalize(fixture("peertube/video.json"))).value.document;
    expect(video.identifier).toBeUndefined();
    expect(video.uuid).toBeUndefined();
    expect(video["https://joinpeertube.org/ns#uuid"]).toEqual({
      "@value": "e7946124-7b72-4ad7-9d22-844a84bb2de1",
      "@type": "http://schema.org/identifier",
    });
    expect(video.language).toEqual({ identifier: "en", name: "English" });
  });

  it("PeerTube's canReply is pt:canReply, GoToSocial's (in an interaction policy) is gts:canReply", async () => {
    // The real PeerTube video, whose context maps canReply to pt:canReply, with the value a
    // PeerTube server sends.
    const peertube = {
      ...fixture("peertube/video.json"),
      canReply: "https://www.w3.org/ns/activitystreams#Public",
    };
    const video = expectSuccess(await normalize(peertube)).value.document;
    expect(video["pt:canReply"]).toBe("https://www.w3.org/ns/activitystreams#Public");
    expect(video.canReply).toBeUndefined();
    expect(video["@context"]).toContainEqual(expect.objectContaining({ pt: "https://joinpeertube.org/ns#" }));

    // WordPress publishes GoToSocial's interaction policy with GoToSocial's terms.
    const page = expectSuccess(await normalize(fixture("corpus/lemmy-assets/wordpress/objects/page.json")))
      .value.document;
    const policy = page.interactionPolicy as Record<string, Record<string, unknown>>;
    expect(policy.canReply?.automaticApproval).toBe("https://www.w3.org/ns/activitystreams#Public");
    expect(page["pt:canReply"]).toBeUndefined();
    expect(page["@context"]).toContain("https://gotosocial.org/ns");
  });

  it("Lemmy's language is schema.org inLanguage under http://schema.org/, which is language", async () => {
    const community = fixture("corpus/lemmy-assets/lemmy/objects/group.json");
    const lemmy = {
      "@context": ["https://join-lemmy.org/context.json", "https://www.w3.org/ns/activitystreams"],
      ...community,
    };
    const group = expectSuccess(await normalize(lemmy)).value.document;
    expect(group.language).toEqual(community.language);
    expect(group.featured).toBe(community.featured);
    expect(group.moderators).toBe(community.moderators);
  });

  it("Funkwhale's size is fw:size, not PeerTube's pt:size", async () => {
    const audio = {
      "@context": ["https://www.w3.org/ns/activitystreams", "https://funkwhale.audio/ns"],
      type: "Audio",
      id: "https://funkwhale.example/uploads/1",
      size: 4_096,
    };
    const normalized = expectSuccess(await normalize(audio)).value.document;
    expect(normalized.size).toBeUndefined();
    expect(normalized["https://funkwhale.audio/ns#size"]).toEqual({
      "@value": 4_096,
      "@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
    });
  });
});

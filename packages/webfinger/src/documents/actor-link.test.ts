import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import { findActorLink, isActivityPubLinkType } from "./actor-link.js";
import type { Jrd } from "./jrd.js";

describe("isActivityPubLinkType", () => {
  it.each([
    ["application/activity+json", true],
    ["Application/Activity+JSON; charset=utf-8", true],
    ['application/ld+json; profile="https://www.w3.org/ns/activitystreams"', true],
    ["application/ld+json;profile=https://www.w3.org/ns/activitystreams", true],
    ['application/ld+json; profile="https://example.com/p https://www.w3.org/ns/activitystreams"', true],
    ["application/ld+json", false],
    ['application/ld+json; profile="https://www.w3.org/ns/activitystreams#"', false],
    ["application/json", false],
    ["text/html", false],
    [undefined, false],
  ])("%j → %s", (type, expected) => {
    expect(isActivityPubLinkType(type)).toBe(expected);
  });
});

describe("findActorLink", () => {
  it("finds the self link of Mastodon's JRDs (webfinger.json)", () => {
    expect(findActorLink(vectors.mastodon.docs_example.jrd as Jrd)?.href).toBe(
      "https://mastodon.social/users/Gargron",
    );
    expect(findActorLink(vectors.mastodon.spec_fixture_activitypub_webfinger.jrd as Jrd)?.href).toBe(
      "https://ap.example.com/users/foo",
    );
  });

  it("skips self links of other types or without href, and takes the first ActivityPub one", () => {
    const jrd: Jrd = {
      links: [
        { rel: "self", type: "text/html", href: "https://a.example/@alice" },
        { rel: "self", type: "application/activity+json" },
        { rel: "alternate", type: "application/activity+json", href: "https://a.example/alt" },
        { rel: "self", type: "application/activity+json", href: "https://a.example/users/alice" },
        { rel: "self", type: "application/activity+json", href: "https://a.example/users/other" },
      ],
    };
    expect(findActorLink(jrd)?.href).toBe("https://a.example/users/alice");
    expect(findActorLink({})).toBeUndefined();
  });
});

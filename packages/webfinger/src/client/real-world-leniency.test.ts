import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { jsonPage, pageFetch } from "../../test/pages.js";
import { readTestData } from "../../test/vectors.js";
import { lookupWebFinger } from "./lookup-webfinger.js";
import { resolveHandle } from "./resolve-handle.js";

// Where Mastodon is lenient, so are we (issue 9, "interop leniency"); each case uses documents
// real servers sent (test/data/pleroma-tesla-mock, see PROVENANCE.md).

const emelieJrd = readTestData("pleroma-tesla-mock/webfinger_emelie.json");
const emelie = readTestData<{ id: string }>("pleroma-tesla-mock/emelie.json");
const emelieWebFinger =
  "https://mastodon.social/.well-known/webfinger?resource=acct%3Aemelie%40mastodon.social";

function emelieSite(jrdType: string) {
  return pageFetch({
    [emelieWebFinger]: jsonPage(emelieJrd, jrdType),
    [emelie.id]: jsonPage(emelie, "application/activity+json; charset=utf-8"),
  });
}

describe("a JRD served with the media type a static host gives an extensionless file", () => {
  it.each([
    ["application/octet-stream", "what nginx's default_type and GitHub Pages send for an extensionless file"],
    ["text/plain; charset=utf-8", "what Apache's old DefaultType sends"],
  ])("is read when served as %s (%s), with a warning", async (type) => {
    const { fetch } = emelieSite(type);
    const result = expectSuccess(await resolveHandle("@emelie@mastodon.social", { fetch }));
    expect(result.value.actorUrl).toBe(emelie.id);
    expect(result.warnings).toEqual([
      {
        code: "lenient_media_type",
        message: expect.stringContaining(
          `served as ${type.split(";")[0]}; it was read because its body is a valid JRD`,
        ),
        where: emelieWebFinger,
      },
    ]);
  });

  it("is read when served without any Content-Type (some static hosts send none), with a warning", async () => {
    const bare = JSON.stringify(emelieJrd);
    const { fetch } = pageFetch({
      [emelieWebFinger]: () => new Response(new TextEncoder().encode(bare)),
      [emelie.id]: jsonPage(emelie, "application/activity+json; charset=utf-8"),
    });
    const result = expectSuccess(await resolveHandle("@emelie@mastodon.social", { fetch }));
    expect(result.value.actorUrl).toBe(emelie.id);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: "lenient_media_type",
        message: expect.stringContaining("served without a Content-Type"),
      }),
    ]);
  });

  it("is still refused as text/html (a login page), and when the body is not JSON", async () => {
    const html = pageFetch({ [emelieWebFinger]: jsonPage(emelieJrd, "text/html") });
    expectFailure(
      await lookupWebFinger("acct:emelie@mastodon.social", { fetch: html.fetch, hostMetaFallback: false }),
      "bad_content_type",
    );
    const notJson = pageFetch({
      [emelieWebFinger]: () => new Response("Not Found", { headers: { "content-type": "text/plain" } }),
    });
    expectFailure(
      await lookupWebFinger("acct:emelie@mastodon.social", { fetch: notJson.fetch, hostMetaFallback: false }),
      "invalid_json",
    );
  });
});

describe("a JRD with one malformed link", () => {
  it("is used without that link, with a warning naming it, as Mastodon skips it", async () => {
    const jrd = emelieJrd as { links: unknown[] };
    // An OStatus-era plugin's link with an object for href, among Mastodon's real links.
    const broken = { ...jrd, links: [{ rel: "salmon", href: { url: "x" } }, ...jrd.links] };
    const { fetch } = pageFetch({
      [emelieWebFinger]: jsonPage(broken, "application/jrd+json"),
      [emelie.id]: jsonPage(emelie, "application/activity+json"),
    });
    const result = expectSuccess(await resolveHandle("emelie@mastodon.social", { fetch }));
    expect(result.value.jrd.links).toEqual(jrd.links);
    expect(result.warnings).toEqual([
      {
        code: "link_skipped",
        message: "The JRD's links[0].href must be a string; the link was skipped",
        where: "links[0]",
      },
    ]);
  });
});

describe("the actor's type (Mastodon requires Person, Service, Group, Organization or Application)", () => {
  function actorSite(document: { id: string; preferredUsername?: string }, user: string, host: string) {
    const jrd = {
      subject: `acct:${user}@${host}`,
      links: [{ rel: "self", type: "application/activity+json", href: document.id }],
    };
    const scheme = new URL(document.id).protocol;
    return pageFetch({
      [`${scheme}//${host}/.well-known/webfinger?resource=acct%3A${user}%40${host}`]: jsonPage(
        jrd,
        "application/jrd+json",
      ),
      [document.id]: jsonPage(document, "application/activity+json"),
    });
  }

  it("refuses a PeerTube Video behind a self link, naming actorTypes", async () => {
    const video = readTestData<{ id: string }>("pleroma-tesla-mock/peertube-social.json");
    const { fetch } = actorSite(video, "video", "peertube.social");
    const error = expectFailure(await resolveHandle("video@peertube.social", { fetch }), "invalid_actor");
    expect(error.message).toContain('the document has the type "Video", none of the accepted actor types');
    expect(error.message).toContain("pass actorTypes");
  });

  it("accepts a WordPress blog's Organization and a Mastodon relay's Application", async () => {
    const blog = readTestData<{ id: string }>("pleroma-tesla-mock/wedistribute-user.json");
    const blogSite = actorSite(blog, "blog", "wedistribute.org");
    const resolved = expectSuccess(await resolveHandle("blog@wedistribute.org", { fetch: blogSite.fetch }));
    expect(resolved.value.actor).toMatchObject({ type: "Organization" });
    const relay = readTestData<{ id: string }>("pleroma-tesla-mock/relay@mastdon.example.org.json");
    const relaySite = actorSite(relay, "admin", "mastodon.example.org");
    const relayResolved = expectSuccess(
      await resolveHandle("admin@mastodon.example.org", { fetch: relaySite.fetch, httpsOnly: false }),
    );
    expect(relayResolved.value.actor).toMatchObject({ type: "Application" });
  });

  it('accepts any type with actorTypes: "any", or the listed ones', async () => {
    const video = readTestData<{ id: string }>("pleroma-tesla-mock/peertube-social.json");
    // The Video has no preferredUsername, so verification is off here: only the type is checked.
    const { fetch } = actorSite(video, "video", "peertube.social");
    const any = await resolveHandle("video@peertube.social", { fetch, actorTypes: "any" });
    expectFailure(any, "invalid_actor", /neither a preferredUsername nor a valid webfinger/);
    const listed = await resolveHandle("video@peertube.social", { fetch, actorTypes: ["Person", "Video"] });
    expectFailure(listed, "invalid_actor", /neither a preferredUsername/);
    const person = await resolveHandle("video@peertube.social", { fetch, actorTypes: ["Person"] });
    expectFailure(person, "invalid_actor", /accepted actor types \(Person\)/);
  });

  it("accepts a multi-typed actor when one of its types is an actor type", async () => {
    const document = { ...emelie, type: ["Person", "http://example.org/ns#Bot"] };
    const { fetch } = pageFetch({
      [emelieWebFinger]: jsonPage(emelieJrd, "application/jrd+json"),
      [emelie.id]: jsonPage(document, "application/activity+json"),
    });
    expectSuccess(await resolveHandle("emelie@mastodon.social", { fetch }));
  });

  it("refuses a document without a type", async () => {
    const { type: _type, ...untyped } = emelie as { type?: string; id: string };
    const { fetch } = pageFetch({
      [emelieWebFinger]: jsonPage(emelieJrd, "application/jrd+json"),
      [emelie.id]: jsonPage(untyped, "application/activity+json"),
    });
    expectFailure(
      await resolveHandle("emelie@mastodon.social", { fetch }),
      "invalid_actor",
      /the document has no type, none of the accepted actor types/,
    );
  });

  it('throws a TypeError for an actorTypes that is neither a list nor "any"', async () => {
    await expect(resolveHandle("a@b.example", { actorTypes: "Person" as never })).rejects.toThrow(
      /actorTypes must be/,
    );
  });
});

describe("a handle with a percent-encoded host (RFC 3986 reg-name, as Fedify and webfinger.js decode it)", () => {
  it("resolves @emelie@mastodon.%73ocial as @emelie@mastodon.social", async () => {
    const { fetch, asked } = emelieSite("application/jrd+json");
    const result = expectSuccess(await resolveHandle("acct:emelie@mastodon.%73ocial", { fetch }));
    expect(result.value.handle.host).toBe("mastodon.social");
    expect(asked[0]).toBe(emelieWebFinger);
  });
});

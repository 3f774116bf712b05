import { describe, expect, it } from "vitest";
import { readTestData, vectors } from "../../test/vectors.js";
import { filterJrdLinks, parseJrd } from "./jrd.js";
import { WebFingerError } from "../shared/webfinger-error.js";

function refusal(value: unknown): WebFingerError {
  try {
    parseJrd(value);
  } catch (error) {
    if (error instanceof WebFingerError) return error;
    throw error;
  }
  throw new Error("expected parseJrd to refuse the value");
}

const realWorld = [
  "framasoft@framatube.org.json",
  "kaniini@gerzilla.de.json",
  "mike@osada.macgirvin.com.json",
  "pekorino@pawoo.net_host_meta.json",
  "snowdusk@sdf.org_host_meta.json",
  "webfinger_emelie.json",
  "winterdienst_webfinger.json",
];

describe("parseJrd", () => {
  it.each([
    ["RFC 7033 3.1", vectors.rfc7033["3.1_openid_connect"].jrd],
    ["RFC 7033 3.2 (null property, titles, link properties)", vectors.rfc7033["3.2_web_page_metadata"].jrd],
    ["RFC 7033 4.3", vectors.rfc7033["4.3_rel_filter"].jrd],
    ["Mastodon's documentation (template link without href)", vectors.mastodon.docs_example.jrd],
    ["Mastodon's spec fixture", vectors.mastodon.spec_fixture_activitypub_webfinger.jrd],
  ])("accepts %s unchanged", (_name, jrd) => {
    expect(parseJrd(jrd)).toEqual(jrd);
  });

  it.each(realWorld)("accepts the real-world JRD %s unchanged", (file) => {
    const jrd = readTestData(`pleroma-tesla-mock/${file}`);
    expect(parseJrd(jrd)).toEqual(jrd);
  });

  it("accepts the RFC 7033 4.4 member snippets", () => {
    const { properties } = vectors.rfc7033["4.4.3_properties_snippet"];
    const { titles } = vectors.rfc7033["4.4.4.4_titles_snippet"];
    const linkProperties = vectors.rfc7033["4.4.4.5_link_properties_snippet"].properties;
    expect(parseJrd({ properties, links: [{ rel: "x", titles, properties: linkProperties }] })).toEqual({
      properties,
      links: [{ rel: "x", titles, properties: linkProperties }],
    });
  });

  it("ignores unknown members, as RFC 7033 4.4 tells clients to", () => {
    expect(
      parseJrd({ subject: "acct:a@b.example", expires: "2030-01-01", links: [{ rel: "self", x: 1 }] }),
    ).toEqual({
      subject: "acct:a@b.example",
      links: [{ rel: "self" }],
    });
  });

  it("takes null as absent and a lone alias string as a list", () => {
    expect(parseJrd({ subject: null, aliases: "https://a.example/", links: null })).toEqual({
      aliases: ["https://a.example/"],
    });
  });

  it("keeps a __proto__ property as data", () => {
    const jrd = parseJrd(JSON.parse('{"properties":{"__proto__":"x"}}'));
    expect(Object.getPrototypeOf(jrd.properties)).toBe(Object.prototype);
    expect(Object.keys(jrd.properties!)).toEqual(["__proto__"]);
  });

  it("keeps the message short when it names a megabyte-long member", () => {
    const error = refusal({ properties: { [`http://a.example/${"a".repeat(1_000_000)}`]: 1 } });
    expect(error.message).toMatch(
      /^The JRD is invalid: properties\["http:\/\/a\.example\/a+ …\[\d+ characters cut\]… a+"\] must/,
    );
    expect(error.message.length).toBeLessThan(2100);
  });

  it.each([
    [[], "the document must be a JSON object"],
    ["acct:a@b", "the document must be a JSON object"],
    [{ subject: 42 }, "subject must be a string"],
    [{ aliases: [1] }, "aliases[0] must be a string"],
    [{ aliases: { a: 1 } }, "aliases must be an array of strings"],
    [{ properties: [] }, "properties must be an object"],
    [{ properties: { a: 1 } }, 'properties["a"] must be a string or null'],
    [{ links: {} }, "links must be an array"],
    [{ links: ["self"] }, "links[0] must be an object"],
    [{ links: [{ href: "https://a.example/" }] }, "links[0].rel must be a non-empty string"],
    [{ links: [{ rel: "self", href: 5 }] }, "links[0].href must be a string"],
    [{ links: [{ rel: "self", titles: { en: null } }] }, 'links[0].titles["en"] must be a string'],
  ])("refuses %j: %s", (value, message) => {
    const error = refusal(value);
    expect(error.code).toBe("invalid_response");
    expect(error.message).toContain(message);
  });
});

describe("filterJrdLinks", () => {
  const jrd = vectors.mastodon.docs_example.jrd as Parameters<typeof filterJrdLinks>[0];

  it("keeps only the links of the given rels, and every other member", () => {
    const filtered = filterJrdLinks(jrd, ["self"]);
    expect(filtered.links).toEqual([
      { rel: "self", type: "application/activity+json", href: "https://mastodon.social/users/Gargron" },
    ]);
    expect(filtered.subject).toBe(jrd.subject);
    expect(filtered.aliases).toEqual(jrd.aliases);
  });

  it("returns the JRD itself without rels, and an empty list when nothing matches", () => {
    expect(filterJrdLinks(jrd, [])).toBe(jrd);
    expect(filterJrdLinks(jrd, ["http://nothing.example/rel"]).links).toEqual([]);
  });
});

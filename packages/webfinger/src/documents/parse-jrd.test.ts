import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { readTestData, vectors } from "../../test/vectors.js";
import type { WebFingerError } from "../shared/webfinger-error.js";
import { parseJrd } from "./parse-jrd.js";

const refusal = (value: unknown): WebFingerError => expectFailure(parseJrd(value), "invalid_response");
const read = (value: unknown) => expectSuccess(parseJrd(value)).value;

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
  ])("accepts %s unchanged, without warnings", (_name, jrd) => {
    expect(parseJrd(jrd)).toEqual({ ok: true, value: jrd, warnings: [] });
  });

  it.each(realWorld)("accepts the real-world JRD %s unchanged", (file) => {
    const jrd = readTestData(`pleroma-tesla-mock/${file}`);
    expect(parseJrd(jrd)).toEqual({ ok: true, value: jrd, warnings: [] });
  });

  it("accepts the RFC 7033 4.4 member snippets", () => {
    const { properties } = vectors.rfc7033["4.4.3_properties_snippet"];
    const { titles } = vectors.rfc7033["4.4.4.4_titles_snippet"];
    const linkProperties = vectors.rfc7033["4.4.4.5_link_properties_snippet"].properties;
    expect(read({ properties, links: [{ rel: "x", titles, properties: linkProperties }] })).toEqual({
      properties,
      links: [{ rel: "x", titles, properties: linkProperties }],
    });
  });

  it("ignores unknown members, as RFC 7033 4.4 tells clients to", () => {
    expect(
      read({ subject: "acct:a@b.example", expires: "2030-01-01", links: [{ rel: "self", x: 1 }] }),
    ).toEqual({
      subject: "acct:a@b.example",
      links: [{ rel: "self" }],
    });
  });

  it("takes null as absent and a lone alias string as a list", () => {
    expect(read({ subject: null, aliases: "https://a.example/", links: null })).toEqual({
      aliases: ["https://a.example/"],
    });
  });

  it("keeps a __proto__ property as data", () => {
    const jrd = read(JSON.parse('{"properties":{"__proto__":"x"}}'));
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
    [null, "the document must be a JSON object"],
    [{ subject: 42 }, "subject must be a string"],
    [{ aliases: [1] }, "aliases[0] must be a string"],
    [{ aliases: { a: 1 } }, "aliases must be an array of strings"],
    [{ properties: [] }, "properties must be an object"],
    [{ properties: { a: 1 } }, 'properties["a"] must be a string or null'],
    [{ links: {} }, "links must be an array"],
  ])("refuses %j: %s", (value, message) => {
    expect(refusal(value).message).toContain(message);
  });

  // Mastodon reads links one by one and skips what it cannot use; one bad link from an old
  // plugin used to make the whole account unreachable here.
  it.each([
    [["self"], "links[0] must be an object"],
    [[{ href: "https://a.example/" }], "links[0].rel must be a non-empty string"],
    [[{ rel: "" }], "links[0].rel must be a non-empty string"],
    [[{ rel: "self", href: 5 }], "links[0].href must be a string"],
    [[{ rel: "self", type: ["a"] }], "links[0].type must be a string"],
    [[{ rel: "self", template: {} }], "links[0].template must be a string"],
    [[{ rel: "self", titles: { en: null } }], 'links[0].titles["en"] must be a string'],
    [[{ rel: "self", titles: "t" }], "links[0].titles must be an object"],
    [[{ rel: "self", properties: { a: 1 } }], 'links[0].properties["a"] must be a string or null'],
  ])("skips the malformed link %j with a warning: %s", (links, message) => {
    const result = expectSuccess(parseJrd({ subject: "acct:a@b.example", links }));
    expect(result.value).toEqual({ subject: "acct:a@b.example", links: [] });
    expect(result.warnings).toEqual([
      { code: "link_skipped", message: `The JRD's ${message}; the link was skipped`, where: "links[0]" },
    ]);
  });

  it("keeps the good links around a bad one, in order (a real Mastodon JRD with a broken link added)", () => {
    const gargron = vectors.mastodon.docs_example.jrd as { links: unknown[] };
    const [first, ...rest] = gargron.links;
    const result = expectSuccess(parseJrd({ ...gargron, links: [first, { rel: 7 }, ...rest] }));
    expect(result.value).toEqual(gargron);
    expect(result.warnings.map((warning) => warning.where)).toEqual(["links[1]"]);
  });

  it("reads members with getOwn, so an inherited name is no member", () => {
    const inherited = Object.create({ subject: "acct:proto@evil.example", links: [{ rel: "self" }] });
    expect(read(inherited)).toEqual({});
  });
});

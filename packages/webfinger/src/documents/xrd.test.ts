import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import type { WebFingerError } from "../shared/webfinger-error.js";
import { parseXrd } from "./xrd.js";

const refusal = (xml: string): WebFingerError => expectFailure(parseXrd(xml), "invalid_response");
const read = (xml: string) => expectSuccess(parseXrd(xml)).value;

describe("parseXrd", () => {
  it("reads Mastodon's host-meta", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
  <Link rel="lrdd" template="https://mastodon.social/.well-known/webfinger?resource={uri}"/>
</XRD>`;
    expect(parseXrd(xml)).toEqual({
      ok: true,
      value: {
        links: [{ rel: "lrdd", template: "https://mastodon.social/.well-known/webfinger?resource={uri}" }],
      },
      warnings: [],
    });
  });

  it("maps every XRD member to its JRD form (RFC 6415 Appendix A), skipping a link without rel with a warning", () => {
    const xml = `<?xml version='1.0' encoding='UTF-8'?>
<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Expires>2030-01-30T09:30:00Z</Expires>
  <Subject>http://blog.example.com/article/id/314</Subject>
  <Alias>http://blog.example.com/cool_new_thing</Alias>
  <Alias>http://blog.example.com/steve/article/7</Alias>
  <Property type="http://blgx.example.net/ns/version">1.3</Property>
  <Property type="http://blgx.example.net/ns/ext" xsi:nil="true" />
  <Link rel="author" type="text/html" href="http://blog.example.com/author/steve">
    <Title xml:lang="en-us">The Magical World of Steve</Title>
    <Title xml:lang="fr">Le Monde Magique de Steve</Title>
    <Title>Untagged</Title>
    <Property type="http://example.com/role">editor</Property>
  </Link>
  <Link href="http://no-rel.example/"/>
</XRD>`;
    const result = expectSuccess(parseXrd(xml));
    expect(result.warnings).toEqual([
      {
        code: "link_skipped",
        message: "The XRD's Link 2 has no rel; the link was skipped",
        where: "Link[1]",
      },
    ]);
    expect(result.value).toEqual({
      subject: "http://blog.example.com/article/id/314",
      aliases: ["http://blog.example.com/cool_new_thing", "http://blog.example.com/steve/article/7"],
      properties: { "http://blgx.example.net/ns/version": "1.3", "http://blgx.example.net/ns/ext": null },
      links: [
        {
          rel: "author",
          type: "text/html",
          href: "http://blog.example.com/author/steve",
          titles: { "en-us": "The Magical World of Steve", fr: "Le Monde Magique de Steve", und: "Untagged" },
          properties: { "http://example.com/role": "editor" },
        },
      ],
    });
  });

  it("decodes the predefined entities and character references", () => {
    const xml = `<XRD><Link rel="lrdd" template="https://a.example/wf?x=1&amp;resource={uri}&#38;y=&#x32;"/><Subject>&lt;a&gt; &quot;&apos;</Subject></XRD>`;
    expect(read(xml)).toEqual({
      subject: `<a> "'`,
      links: [{ rel: "lrdd", template: "https://a.example/wf?x=1&resource={uri}&y=2" }],
    });
  });

  it("reads namespace-prefixed elements", () => {
    const xml = `<xrd:XRD xmlns:xrd="http://docs.oasis-open.org/ns/xri/xrd-1.0"><xrd:Link rel="lrdd" template="t"/></xrd:XRD>`;
    expect(read(xml)).toEqual({ links: [{ rel: "lrdd", template: "t" }] });
  });

  it("refuses a billion-laughs entity bomb without expanding anything", () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) {
      entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? "" : level - 1};`.repeat(10)}">`);
    }
    const bomb = `<?xml version="1.0"?><!DOCTYPE XRD [${entities.join("")}]><XRD><Subject>&lol9;</Subject></XRD>`;
    expect(refusal(bomb).message).toMatch(/DOCTYPE/);
  });

  it("refuses an external entity (XXE)", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE XRD [<!ENTITY x SYSTEM "file:///etc/passwd">]><XRD><Subject>&x;</Subject></XRD>`;
    expect(refusal(xxe).message).toMatch(/DOCTYPE/);
  });

  it("returns a result, never throws, for XML nested 60,000 deep", () => {
    const depth = 60_000;
    const deep = `<XRD>${"<a>".repeat(depth)}${"</a>".repeat(depth)}</XRD>`;
    // fast-xml-parser 5 recurses and overflows the stack here; an iterative parser would read
    // it as an XRD without links. Either way, the answer is a result.
    const result = parseXrd(deep);
    if (result.ok) expect(result.value).toEqual({});
    else expect(result.error).toMatchObject({ name: "WebFingerError", code: "invalid_response" });
  });

  it("keeps the message short when the parser quotes a megabyte of hostile XML", () => {
    const error = refusal(`<XRD>${"<a>".repeat(350_000)}`);
    expect(error.message.length).toBeLessThan(2100);
  });

  it("refuses an entity that was never declared", () => {
    expect(refusal(`<XRD><Subject>&lol9;</Subject></XRD>`).message).toMatch(/"&lol9;" is not defined/);
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "refuses the entity &%s; instead of finding a prototype member",
    (name) => {
      expect(refusal(`<XRD><Subject>&${name};</Subject></XRD>`).message).toContain(
        `"&${name};" is not defined`,
      );
    },
  );

  it.each(["__proto__", "constructor"])(
    "refuses an element named %s (fast-xml-parser refuses it)",
    (name) => {
      expect(refusal(`<XRD><${name}><Link rel="x"/></${name}></XRD>`).message).toMatch(/could not be parsed/);
    },
  );

  it("keeps a property whose type is a prototype member's name as data", () => {
    const jrd = read(
      `<XRD><Property type="__proto__">x</Property><Property type="toString">y</Property></XRD>`,
    );
    expect(Object.getPrototypeOf(jrd.properties)).toBe(Object.prototype);
    expect(Object.entries(jrd.properties!)).toEqual([
      ["__proto__", "x"],
      ["toString", "y"],
    ]);
  });

  it("does not take members from a prototype when an element is absent", () => {
    expect(read("<XRD><Subject>s</Subject></XRD>")).toEqual({ subject: "s" });
  });

  it.each([
    ["malformed XML", "<XRD><Link></XRD>"],
    ["another root element", "<html><body>Not found</body></html>"],
    ["text", "not xml at all"],
    ["a bare ampersand", '<XRD><Link rel="lrdd" template="a & b"/></XRD>'],
  ])("refuses %s", (_name, xml) => {
    refusal(xml);
  });
});

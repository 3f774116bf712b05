import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { expandLrddTemplate, findLrddTemplate } from "./lrdd-template.js";

describe("findLrddTemplate", () => {
  it("prefers a JRD-typed template, then an untyped one, then any", () => {
    const xrd = { rel: "lrdd", type: "application/xrd+xml", template: "xrd" };
    const untyped = { rel: "lrdd", template: "untyped" };
    const jrd = { rel: "lrdd", type: "application/jrd+json", template: "jrd" };
    const json = { rel: "lrdd", type: "Application/JSON; charset=utf-8", template: "json" };
    expect(findLrddTemplate({ links: [xrd, untyped, jrd] })).toBe("jrd");
    expect(findLrddTemplate({ links: [xrd, json, untyped] })).toBe("json");
    expect(findLrddTemplate({ links: [xrd, untyped] })).toBe("untyped");
    expect(findLrddTemplate({ links: [xrd] })).toBe("xrd");
    expect(findLrddTemplate({ links: [jrd, { ...jrd, template: "second" }] })).toBe("jrd");
    expect(
      findLrddTemplate({
        links: [
          { rel: "lrdd", href: "no template" },
          { rel: "lrdd", template: "" },
          { rel: "other", template: "x" },
        ],
      }),
    ).toBeUndefined();
    expect(findLrddTemplate({})).toBeUndefined();
  });
});

describe("expandLrddTemplate", () => {
  it("puts the percent-encoded resource in every {uri}", () => {
    expect(
      expandLrddTemplate("https://a.example/wf?resource={uri}&again={uri}", "acct:bob@a.example"),
    ).toEqual({
      ok: true,
      value: "https://a.example/wf?resource=acct%3Abob%40a.example&again=acct%3Abob%40a.example",
      warnings: [],
    });
  });

  it.each(["not a url {uri}", "javascript:alert({uri})", "ftp://a.example/{uri}", "data:,{uri}"])(
    "refuses %j with invalid_response, naming the host-meta URL",
    (template) => {
      const error = expectFailure(
        expandLrddTemplate(template, "acct:bob@a.example", "https://a.example/.well-known/host-meta"),
        "invalid_response",
        /does not give an http\(s\) URL/,
      );
      expect(error.url).toBe("https://a.example/.well-known/host-meta");
    },
  );

  it("accepts plain http: (whether to request it is the client's call)", () => {
    expectSuccess(expandLrddTemplate("http://a.example/{uri}", "acct:bob@a.example"));
  });
});

import { describe, expect, it } from "vitest";
import { headerReader, type RequestLike, type RequestView } from "../shared/message.js";
import { requestView } from "../shared/message-view.js";
import { SignatureError } from "../shared/signature-error.js";
import { parseComponentIdentifier } from "./component-identifier.js";
import { ComponentCache, type ComponentContext, componentValue } from "./component-value.js";
import { createSignatureBase } from "./signature-base.js";
import { structuredFieldTypes } from "./structured-field-types.js";

function viewOf(request: RequestLike): RequestView {
  const view = requestView(request);
  if (view instanceof SignatureError) throw view;
  return view;
}

function context(
  url: string,
  headers: Record<string, string | string[]> = {},
  method = "GET",
): ComponentContext {
  return {
    request: viewOf({ method, url, headers }),
    response: null,
    structuredFields: structuredFieldTypes({ "example-dict": "dictionary" }),
  };
}

function value(identifier: string, ctx: ComponentContext, cache?: ComponentCache): string {
  const result = componentValue(parseComponentIdentifier(identifier), ctx, cache);
  if (result instanceof SignatureError) throw result;
  return result;
}

describe("RFC 9421 §2 component values", () => {
  it("§2.1 fields: whitespace trimmed, obsolete folding removed, lines combined, empty kept", () => {
    const ctx = context("https://www.example.com/", {
      "x-ows-header": "   Leading and trailing whitespace.   ",
      "x-obs-fold-header": "Obsolete\n    line folding.",
      "cache-control": ["max-age=60", "   must-revalidate"],
      "example-dict": " a=1,    b=2;x=1;y=2,   c=(a   b   c)",
      "x-empty-header": "",
    });
    expect(value("x-ows-header", ctx)).toBe("Leading and trailing whitespace.");
    expect(value("x-obs-fold-header", ctx)).toBe("Obsolete line folding.");
    expect(value("cache-control", ctx)).toBe("max-age=60, must-revalidate");
    expect(value("example-dict", ctx)).toBe("a=1,    b=2;x=1;y=2,   c=(a   b   c)");
    expect(value("x-empty-header", ctx)).toBe("");
  });

  it("§2.1.1 sf re-serializes strictly; §2.1.2 key picks one dictionary member", () => {
    expect(
      value(
        "example-dict;sf",
        context("https://e.example/", { "example-dict": "a=1,    b=2;x=1;y=2,   c=(a   b   c)" }),
      ),
    ).toBe("a=1, b=2;x=1;y=2, c=(a b c)");
    const ctx = context("https://e.example/", { "example-dict": " a=1, b=2;x=1;y=2, c=(a   b    c), d" });
    expect(value('example-dict;key="a"', ctx)).toBe("1");
    expect(value('example-dict;key="d"', ctx)).toBe("?1");
    expect(value('example-dict;key="b"', ctx)).toBe("2;x=1;y=2");
    expect(value('example-dict;key="c"', ctx)).toBe("(a b c)");
    expect(componentValue(parseComponentIdentifier('example-dict;key="z"'), ctx)).toMatchObject({
      code: "component_missing",
    });
  });

  it("§2.1.3 bs wraps each field line as a byte sequence", () => {
    expect(
      value(
        "example-header;bs",
        context("https://e.example/", { "example-header": ["value, with, lots", "of, commas"] }),
      ),
    ).toBe(":dmFsdWUsIHdpdGgsIGxvdHM=:, :b2YsIGNvbW1hcw==:");
    expect(
      value(
        "example-header;bs",
        context("https://e.example/", { "example-header": "value, with, lots, of, commas" }),
      ),
    ).toBe(":dmFsdWUsIHdpdGgsIGxvdHMsIG9mLCBjb21tYXM=:");
  });

  it("§2.2 derived components of a request", () => {
    const ctx = context("https://www.example.com/path?param=value", {}, "POST");
    expect(value("@method", ctx)).toBe("POST");
    expect(value("@target-uri", ctx)).toBe("https://www.example.com/path?param=value");
    expect(value("@authority", ctx)).toBe("www.example.com");
    expect(value("@scheme", ctx)).toBe("https");
    expect(value("@request-target", ctx)).toBe("/path?param=value");
    expect(value("@path", ctx)).toBe("/path");
    expect(value("@query", ctx)).toBe("?param=value");
    expect(value("@authority", context("http://WWW.Example.com:8080/"))).toBe("www.example.com:8080");
    expect(value("@authority", context("https://www.example.com:443/"))).toBe("www.example.com");
  });

  it("§2.2.7 @query of a URL without a query (or an empty one) is a lone ?", () => {
    expect(value("@query", context("https://e.example/path"))).toBe("?");
    expect(value("@query", context("https://e.example/path?"))).toBe("?");
    expect(value("@request-target", context("https://e.example/path?"))).toBe("/path?");
    expect(value("@request-target", context("https://e.example/path"))).toBe("/path");
  });

  it("§2.2.8 @query-param decodes and re-encodes names and values", () => {
    const ctx = context(
      "https://www.example.com/parameters?var=this%20is%20a%20big%0Amultiline%20value&bar=with+plus+whitespace&fa%C3%A7ade%22%3A%20=something",
    );
    expect(value('@query-param;name="var"', ctx)).toBe("this%20is%20a%20big%0Amultiline%20value");
    expect(value('@query-param;name="bar"', ctx)).toBe("with%20plus%20whitespace");
    expect(value('@query-param;name="fa%C3%A7ade%22%3A%20"', ctx)).toBe("something");
    const simple = context("https://www.example.com/path?param=value&foo=bar&baz=batman&qux=");
    expect(value('@query-param;name="baz"', simple)).toBe("batman");
    expect(value('@query-param;name="qux"', simple)).toBe("");
    expect(componentValue(parseComponentIdentifier('@query-param;name="nope"'), simple)).toMatchObject({
      code: "component_missing",
    });
  });

  it("@status and ;req in responses", () => {
    const response: ComponentContext = {
      request: viewOf({
        method: "POST",
        url: "https://e.example/foo",
        headers: { "content-type": "text/plain" },
      }),
      response: { status: 200, headers: headerReader({ "content-type": "application/json" }) },
      structuredFields: structuredFieldTypes(undefined),
    };
    expect(value("@status", response)).toBe("200");
    expect(value("content-type", response)).toBe("application/json");
    expect(value("content-type;req", response)).toBe("text/plain");
    expect(value("@method;req", response)).toBe("POST");
    expect(componentValue(parseComponentIdentifier("@method"), response)).toMatchObject({
      code: "component_missing",
    });
  });
});

describe("the work one message's components share", () => {
  it("parses a structured field once however many ;sf and ;key components name it", () => {
    const priority = Array.from({ length: 40 }, (_, i) => `a${i}=${i}`).join(", ");
    const ctx = context("https://e.example/", { priority, "example-dict": "a=1, b=2" });
    const cache = new ComponentCache();
    expect(value("priority;sf", ctx, cache)).toBe(priority);
    for (let i = 0; i < 40; i++) expect(value(`priority;key="a${i}"`, ctx, cache)).toBe(String(i));
    expect(value("priority;sf", ctx, cache)).toBe(priority);
    expect(cache.parses).toBe(1);
    value('example-dict;key="b"', ctx, cache);
    value("example-dict;sf", ctx, cache);
    expect(cache.parses).toBe(2);
  });

  it("reads the query once however many @query-param components name it", () => {
    const query = Array.from({ length: 50 }, (_, i) => `k${i}=v${i}`).join("&");
    const ctx = context(`https://e.example/q?${query}`);
    const cache = new ComponentCache();
    for (let i = 0; i < 50; i++) expect(value(`@query-param;name="k${i}"`, ctx, cache)).toBe(`v${i}`);
    expect(cache.parses).toBe(1);
  });

  it("refuses parameters RFC 9421 does not define, and ones used where they do not apply", () => {
    const ctx = context("https://e.example/?a=1", { priority: "u=1", "x-a": "1" });
    for (const identifier of [
      '"priority";sf;p1',
      '"x-a";foo',
      '"@method";sf',
      '"@query-param";name="a";key="b"',
      '"x-a";name="a"',
      '"priority";sf=?0',
      '"priority";key=1',
      '"@query-param"',
    ]) {
      const component = parseComponentIdentifier(identifier);
      const base = createSignatureBase([component], new Map(), ctx);
      expect(base, identifier).toBeInstanceOf(SignatureError);
      expect((base as SignatureError).code, identifier).toBe("malformed_header");
    }
  });

  it("keeps the signature base linear in the headers: one field under many identifiers is refused", () => {
    const big = `a=${"x".repeat(10_000)}`;
    const ctx = context("https://e.example/", { priority: big });
    const many = Array.from({ length: 20 }, (_, i) => parseComponentIdentifier(`"priority";sf;p${i}`));
    expect(createSignatureBase(many, new Map(), ctx)).toMatchObject({ code: "malformed_header" });
    const allowed = ["priority", "priority;sf", "priority;bs", 'priority;key="a"'].map(
      parseComponentIdentifier,
    );
    const base = createSignatureBase(allowed, new Map(), ctx);
    if (base instanceof SignatureError) throw base;
    expect(base.base.length).toBeLessThan(5 * big.length);
  });

  it("looks prototype member names up as absent fields, not as Object.prototype's members", () => {
    const ctx: ComponentContext = {
      request: viewOf({ method: "GET", url: "https://e.example/", headers: { host: "e.example" } }),
      response: null,
      structuredFields: structuredFieldTypes(undefined),
    };
    for (const name of [
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "valueOf",
      "isPrototypeOf",
    ]) {
      for (const identifier of [`"${name}"`, `"${name}";sf`, `"${name}";key="a"`, `"${name}";bs`]) {
        const result = componentValue(parseComponentIdentifier(identifier), ctx);
        expect(result, identifier).toBeInstanceOf(SignatureError);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { isActivityStreamsMediaType, isJrdMediaType, parseMediaType } from "./media-type.js";

describe("parseMediaType", () => {
  it("lowercases the essence and unquotes parameters", () => {
    const type = parseMediaType(
      'Application/LD+JSON ; Profile="https://www.w3.org/ns/activitystreams"; charset=utf-8',
    );
    expect(type?.essence).toBe("application/ld+json");
    expect(type?.parameters.get("profile")).toBe("https://www.w3.org/ns/activitystreams");
    expect(type?.parameters.get("charset")).toBe("utf-8");
  });

  it("keeps the first of repeated parameters and skips malformed ones", () => {
    const type = parseMediaType("text/plain; a=1; a=2; junk; =x");
    expect([...(type?.parameters ?? [])]).toEqual([["a", "1"]]);
  });

  it("returns null for nothing", () => {
    expect(parseMediaType(null)).toBeNull();
    expect(parseMediaType("  ; charset=utf-8")).toBeNull();
  });
});

describe("fediverse media types", () => {
  it("tells ActivityStreams and JRD types apart", () => {
    expect(isActivityStreamsMediaType(parseMediaType("application/activity+json; charset=utf-8"))).toBe(true);
    expect(isActivityStreamsMediaType(parseMediaType("application/ld+json"))).toBe(true);
    expect(isActivityStreamsMediaType(parseMediaType("text/html"))).toBe(false);
    expect(isActivityStreamsMediaType(null)).toBe(false);
    expect(isJrdMediaType(parseMediaType("application/jrd+json"))).toBe(true);
    expect(isJrdMediaType(parseMediaType("application/json"))).toBe(true);
    expect(isJrdMediaType(parseMediaType("text/plain"))).toBe(false);
  });
});

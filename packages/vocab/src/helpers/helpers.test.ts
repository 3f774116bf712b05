import { describe, expect, it } from "vitest";
import {
  asArray,
  firstValue,
  idOf,
  idsOf,
  isDirect,
  isFollowersOnly,
  isPublic,
  isPublicCollection,
  PUBLIC_COLLECTION,
  selectLanguage,
  visibilityOf,
} from "../index.js";

describe("values and references", () => {
  it("turn one-or-many into arrays and first values", () => {
    expect(asArray(undefined)).toEqual([]);
    expect(asArray(null)).toEqual([]);
    expect(asArray("a")).toEqual(["a"]);
    expect(asArray(["a", null as unknown as string, "b"])).toEqual(["a", "b"]);
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue([])).toBeUndefined();
    expect(firstValue("a")).toBe("a");
  });

  it("find the IRIs of references", () => {
    expect(idOf("https://e.x/a")).toBe("https://e.x/a");
    expect(idOf({ id: "https://e.x/b", type: "Note" })).toBe("https://e.x/b");
    expect(idOf({ type: "Mention", href: "https://e.x/c" })).toBe("https://e.x/c");
    expect(idOf({ type: "Note" })).toBeUndefined();
    expect(idsOf(["https://e.x/a", { id: "https://e.x/b" }, { type: "Note" }])).toEqual([
      "https://e.x/a",
      "https://e.x/b",
    ]);
  });
});

describe("language selection", () => {
  const map = { en: "Hello", "fr-CA": "Bonjour", und: "Hi" };
  it("prefers exact tags, then related ones, then the plain value", () => {
    expect(selectLanguage("Hello", map, ["fr-CA"])).toEqual({ text: "Bonjour", language: "fr-CA" });
    expect(selectLanguage("Hello", map, ["fr"])).toEqual({ text: "Bonjour", language: "fr-CA" });
    expect(selectLanguage("Hello", map, ["en-GB"])).toEqual({ text: "Hello", language: "en" });
    expect(selectLanguage("Hello", map, ["de"])).toEqual({ text: "Hello", language: "en" });
    expect(selectLanguage(undefined, map, ["de"])).toEqual({ text: "Hi", language: "und" });
    expect(selectLanguage(undefined, { de: "Hallo" })).toEqual({ text: "Hallo", language: "de" });
    expect(selectLanguage(undefined, undefined)).toBeUndefined();
  });
});

describe("audience", () => {
  const followers = "https://e.x/users/a/followers";
  const mention = { type: "Mention", href: "https://o.x/users/b" };
  it("understands every form of the public collection", () => {
    for (const form of [PUBLIC_COLLECTION, "as:Public", "Public"]) {
      expect(isPublicCollection(form)).toBe(true);
      expect(isPublic({ to: [form] })).toBe(true);
      expect(visibilityOf({ cc: form })).toBe("unlisted");
    }
    expect(isPublicCollection("https://e.x/Public")).toBe(false);
  });

  it("classifies visibility as Mastodon does", () => {
    expect(visibilityOf({ to: PUBLIC_COLLECTION, cc: followers })).toBe("public");
    expect(visibilityOf({ to: followers, cc: PUBLIC_COLLECTION })).toBe("unlisted");
    expect(visibilityOf({ to: [followers] }, followers)).toBe("followers");
    expect(isFollowersOnly({ to: [followers], cc: ["https://o.x/users/b"] }, followers)).toBe(true);
    expect(visibilityOf({ to: ["https://o.x/users/b"], tag: [mention] })).toBe("direct");
    expect(isDirect({ to: ["https://o.x/users/b"], tag: [mention] })).toBe(true);
    expect(visibilityOf({ to: ["https://o.x/users/b", "https://o.x/users/c"], tag: [mention] })).toBe(
      "limited",
    );
    expect(visibilityOf({ audience: PUBLIC_COLLECTION })).toBe("public");
  });
});

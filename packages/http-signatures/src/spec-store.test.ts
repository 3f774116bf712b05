import { describe, expect, it } from "vitest";
import { createMemorySpecStore } from "./spec-store.js";

describe("createMemorySpecStore", () => {
  it("remembers per origin and forgets the oldest beyond maxEntries", () => {
    const store = createMemorySpecStore({ maxEntries: 2 });
    store.set("https://a.example", "rfc9421");
    store.set("https://b.example", "draft-cavage-12");
    store.set("https://a.example", "draft-cavage-12");
    store.set("https://c.example", "rfc9421");
    expect(store.get("https://a.example")).toBe("draft-cavage-12");
    expect(store.get("https://b.example")).toBeUndefined();
    expect(store.get("https://c.example")).toBe("rfc9421");
    expect(() => createMemorySpecStore({ maxEntries: 0 })).toThrow(TypeError);
  });
});

import { describe, expect, it } from "vitest";
import { createMemorySpecStore } from "./spec-store.js";

describe("createMemorySpecStore", () => {
  it("remembers per origin and forgets the least recently used beyond maxEntries", () => {
    const store = createMemorySpecStore({ maxEntries: 2 });
    store.set("https://a.example", "rfc9421");
    store.set("https://b.example", "draft-cavage-12");
    store.set("https://a.example", "draft-cavage-12");
    store.set("https://c.example", "rfc9421");
    expect(store.get("https://a.example")).toBe("draft-cavage-12");
    expect(store.get("https://b.example")).toBeUndefined();
    expect(store.get("https://c.example")).toBe("rfc9421");
  });

  it("keeps at most maxEntries origins however many it is told about", () => {
    const store = createMemorySpecStore({ maxEntries: 3 });
    for (let i = 0; i < 100; i++) store.set(`https://h${i}.example`, "rfc9421");
    const remembered = Array.from({ length: 100 }, (_, i) => store.get(`https://h${i}.example`)).filter(
      Boolean,
    );
    expect(remembered).toHaveLength(3);
    expect(store.get("https://h99.example")).toBe("rfc9421");
  });

  it("refuses a bound below 1, naming the option", () => {
    expect(() => createMemorySpecStore({ maxEntries: 0 })).toThrow(
      /maxEntries must be an integer at least 1/,
    );
  });
});

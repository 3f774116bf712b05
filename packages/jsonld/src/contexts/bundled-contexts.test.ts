import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundledContexts,
  bundledContextUrl,
  copyBundledContext,
  getBundledContext,
} from "./bundled-contexts.js";

const vendored = join(import.meta.dirname, "../../test/data/contexts");

describe("bundled contexts", () => {
  it("every vendored context is bundled, unchanged, and parsed once into a frozen document", () => {
    const files = readdirSync(vendored).filter((name) => name.endsWith(".json"));
    expect(bundledContexts.length).toBe(files.length);
    const documents = new Set<string>();
    for (const context of bundledContexts) {
      const document = getBundledContext(context.url);
      expect(document, context.url).toBeDefined();
      expect(Object.isFrozen(document)).toBe(true);
      expect(getBundledContext(context.url)).toBe(document);
      documents.add(JSON.stringify(document));
      expect(context.source.length).toBeGreaterThan(0);
    }
    for (const file of files) {
      const original = JSON.stringify(JSON.parse(readFileSync(join(vendored, file), "utf8")));
      expect(documents.has(original), file).toBe(true);
    }
  });

  it("answers aliases and every instance's LitePub path, and nothing else", () => {
    expect(bundledContextUrl("http://www.w3.org/ns/activitystreams")).toBe(
      "https://www.w3.org/ns/activitystreams",
    );
    expect(bundledContextUrl("https://schema.org")).toBe("http://schema.org/");
    const litepub = bundledContextUrl("https://pleroma.example/schemas/litepub-0.1.jsonld");
    expect(litepub).toBeDefined();
    expect(bundledContextUrl("https://akkoma.example:8443/schemas/litepub-0.1.jsonld")).toBe(litepub);
    expect(bundledContextUrl("https://evil.example/x/schemas/litepub-0.1.jsonld")).toBeUndefined();
    expect(bundledContextUrl("https://user@evil.example/schemas/litepub-0.1.jsonld")).toBeUndefined();
    expect(bundledContextUrl("ftp://a.example/schemas/litepub-0.1.jsonld")).toBeUndefined();
    expect(bundledContextUrl("https://evil.example/context.jsonld")).toBeUndefined();
    expect(bundledContextUrl("__proto__")).toBeUndefined();
  });

  it("answers every mbin instance's /contexts, LitePub's own URL and Kroeg's, and not Hubzilla's apschema", () => {
    expect(bundledContextUrl("https://kbin.example/contexts")).toBe("https://fedia.io/contexts");
    expect(bundledContextUrl("http://mbin.example:8080/contexts")).toBe("https://fedia.io/contexts");
    expect(bundledContextUrl("https://mbin.example/contexts/")).toBeUndefined();
    expect(bundledContextUrl("https://mbin.example/a/contexts")).toBeUndefined();
    expect(bundledContextUrl("https://mbin.example/contexts?v=2")).toBeUndefined();
    expect(bundledContextUrl("https://user@mbin.example/contexts")).toBeUndefined();
    expect(bundledContextUrl("http://litepub.social/litepub/context.jsonld")).toBe(
      "https://litepub.social/litepub/context.jsonld",
    );
    expect(bundledContextUrl("https://puckipedia.com/-/context")).toBe("https://puckipedia.com/-/context");
    // Hubzilla writes each instance's own namespace into its context: no copy can stand for it.
    expect(bundledContextUrl("https://hubzilla.example.org/apschema/v1.2")).toBeUndefined();
  });

  it("hands jsonld.js a fresh copy it may change", () => {
    const copy = copyBundledContext("https://w3id.org/security/v1");
    expect(Object.isFrozen(copy?.document)).toBe(false);
    expect(copy?.document).toEqual(getBundledContext("https://w3id.org/security/v1"));
  });
});

import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import { filterJrdLinks } from "./jrd.js";

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

import { describe, expect, expectTypeOf, it } from "vitest";
import type { Acct } from "../acct/acct.js";
import type { Jrd } from "../documents/jrd.js";
import { createWebFingerHandler } from "./webfinger-handler.js";
import type { WebFingerResource } from "./webfinger-resource.js";

// The README's forms: each must compile (vitest type-checks nothing at run time, but `pnpm
// typecheck` compiles this file) and answer as written.
const users = new Map<string, Jrd>([
  [
    "alice",
    {
      subject: "acct:alice@example.social",
      links: [{ rel: "self", type: "application/activity+json", href: "https://example.social/users/alice" }],
    },
  ],
]);
const jrdFor = (acct: Acct): Jrd | null =>
  acct.host === "example.social" ? (users.get(acct.user.toLowerCase()) ?? null) : null;

describe("the findResource callback reads naturally", () => {
  it("destructures acct alone: ({ acct }) => acct && …", async () => {
    const handler = createWebFingerHandler({ findResource: ({ acct }) => (acct ? jrdFor(acct) : null) });
    const response = await handler(
      new Request("https://example.social/.well-known/webfinger?resource=acct:Alice@example.social"),
    );
    expect(response.status).toBe(200);
  });

  it('narrows on kind after destructuring: ({ kind, acct }) => kind === "acct" && acct.host …', async () => {
    const handler = createWebFingerHandler({
      findResource: ({ kind, acct }) =>
        kind === "acct" && acct.host === "example.social"
          ? (users.get(acct.user.toLowerCase()) ?? null)
          : null,
    });
    const response = await handler(
      new Request("https://example.social/.well-known/webfinger?resource=acct:alice@example.social"),
    );
    expect(response.status).toBe(200);
  });

  it("types acct and url as possibly undefined until kind is checked", () => {
    expectTypeOf<WebFingerResource["acct"]>().toEqualTypeOf<Acct | undefined>();
    expectTypeOf<WebFingerResource["url"]>().toEqualTypeOf<URL | undefined>();
  });
});

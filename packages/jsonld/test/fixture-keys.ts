import { findPublicKey, type KeyResolverFunction, type ResolvedKey } from "@fedikit/http-signatures";
import { fixture } from "./fixture-documents.js";

/** The Linked-Data-signed fixtures that verify, and the actor documents of their signers (fixtures/INDEX.md §C). */
export const signedFixtures = [
  {
    name: "mastodon/activitypub.academy-create-ldsigned.extracted.json",
    signer: "mastodon/brauca_darradiul.json",
  },
  { name: "friendica/create_note.json", signer: "friendica/person_1.json" },
  { name: "smithereen/create_note.json", signer: "smithereen/person.json" },
] as const;

/**
 * A key resolver that knows the signers of {@link signedFixtures} (and any other actor fixtures
 * named), as an application's own records would: the key from the actor document, the actor as
 * its owner. Counts its calls.
 */
export function fixtureKeyResolver(
  actorFixtures: readonly string[] = signedFixtures.map((entry) => entry.signer),
): KeyResolverFunction & { readonly calls: string[] } {
  const actors = actorFixtures.map((name) => fixture(name));
  const calls: string[] = [];
  const resolve = (keyId: string): ResolvedKey | null => {
    calls.push(keyId);
    for (const actor of actors) {
      const key = findPublicKey(actor, keyId);
      if (key !== null) return { key, owner: actor.id as string };
    }
    return null;
  };
  return Object.assign(resolve, { calls });
}

// One cached resolver, built on http-signatures' fetch key loader, serves HTTP signatures, Linked
// Data signatures and FEP-8b32 proofs: keys are fetched once, and owners confirmed from the
// actors' own documents.
import { createPrivateKey } from "node:crypto";
import {
  createCachingKeyResolver,
  createFetchKeyLoader,
  decodeMultibaseBase58btc,
  signRequest,
  verifyRequest,
} from "@fedikit/http-signatures";
import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { verifyLinkedData, verifyProof } from "../src/index.js";
import { featureScenarios, step } from "./feature-vectors.js";
import { fixture } from "./fixture-documents.js";
import { signedFixtures } from "./fixture-keys.js";

const [, verifying] = featureScenarios("fep-8b32.feature");
const fepActor = JSON.parse(step(verifying!, "The actor").docString!);
const fepDocument = JSON.parse(step(verifying!, "The signed document is").docString!);
const academyActor = fixture(signedFixtures[0].signer);

/** A fetch that serves the two actor documents from their own URLs, and counts what it fetched. */
function actorFetch() {
  const served = new Map([
    [fepActor.id as string, fepActor],
    [academyActor.id as string, academyActor],
  ]);
  const fetched: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    const url = String(input);
    fetched.push(url);
    const actor = served.get(url);
    const response = new Response(actor === undefined ? "not found" : JSON.stringify(actor), {
      status: actor === undefined ? 404 : 200,
      headers: { "content-type": "application/activity+json" },
    });
    Object.defineProperty(response, "url", { value: url });
    return response;
  };
  return { fetch, fetched };
}

describe("one caching key resolver for HTTP signatures, LD signatures and proofs", () => {
  it("fetches each actor once, confirms each owner, and verifies all three kinds", async () => {
    const { fetch, fetched } = actorFetch();
    const keyResolver = createCachingKeyResolver({ load: createFetchKeyLoader({ fetch }) });

    const proof = expectSuccess(await verifyProof(fepDocument, { keyResolver }));
    expect(proof.value.owner).toBe(fepDocument.actor);

    const ldSigned = fixture(signedFixtures[0].name);
    const linkedData = expectSuccess(await verifyLinkedData(ldSigned, { keyResolver }));
    expect(linkedData.value.owner).toBe(ldSigned.actor);

    // An HTTP request signed with the same Ed25519 key as the proof (the vector's secret key).
    const secret = decodeMultibaseBase58btc(
      step(featureScenarios("fep-8b32.feature")[0]!, "Ed25519 secret key").quoted!,
    )!;
    const privateKey = createPrivateKey({
      key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), secret.subarray(2)]),
      format: "der",
      type: "pkcs8",
    });
    const request = await signRequest(
      new Request("https://fedikit.example/inbox", { method: "POST", body: JSON.stringify(fepDocument) }),
      { keyId: proof.value.keyId, privateKey },
    );
    const http = expectSuccess(await verifyRequest(request, { keyResolver }));
    expect(http.value.owner).toBe(fepDocument.actor);

    expect(fetched).toEqual([fepActor.id, academyActor.id]);
  });
});

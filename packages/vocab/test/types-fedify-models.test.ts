// The eleven types Fedify 2.3.6 models that this package lacked (issue 15), each read from a
// document nobody here wrote: a specification's own example (FEP-0837, FEP-9091, FEP-e3e9,
// FEP-5711) or a real server's (Mastodon, Lemmy, WordPress), and built back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import {
  buildEndpoints,
  buildExport,
  buildInteractionPolicy,
  buildMeasure,
  buildProposal,
  buildSource,
  firstValue,
  isAgreement,
  isCommitment,
  isDidService,
  isEndpoints,
  isExport,
  isIntent,
  isMeasure,
  isProposal,
  isSource,
  PUBLIC_COLLECTION,
  parse,
  parseAccept,
  parseCollection,
  parseEndpoints,
  parseInteractionPolicy,
  parseInteractionRule,
  parseMeasure,
  parseOffer,
  parsePage,
  parsePerson,
  parseProposal,
  parseSource,
  serialize,
} from "../src/index.js";
import { readFixture } from "./fixtures.js";

const specs = join(import.meta.dirname, "data", "specs");
const readSpec = (file: string): unknown => JSON.parse(readFileSync(join(specs, file), "utf8"));
const pointers = (issues: readonly { pointer: string }[]) => issues.map((issue) => issue.pointer);

describe("FEP-0837 marketplace: Proposal, Intent and Measure", () => {
  it("reads the specification's full proposal strictly, as it is", () => {
    const document = readSpec("fep-0837/proposal-full.json");
    const proposal = expectSuccess(parseProposal(document, { strict: true }));
    expect(proposal.value).toBe(document);
    expect(proposal.warnings).toEqual([]);
    expect(isProposal(proposal.value)).toBe(true);
    expect(proposal.value.purpose).toBe("offer");
    const primary = proposal.value.publishes;
    expect(isIntent(primary)).toBe(true);
    if (!isIntent(primary)) return;
    expect(primary.resourceConformsTo).toBe("https://www.wikidata.org/wiki/Q11442");
    const quantity = expectSuccess(parseMeasure(primary.resourceQuantity, { strict: true }));
    expect(quantity.value.hasUnit).toBe("one");
    expect(quantity.value.hasNumericalValue).toBe("1");
    // Measures are untyped in the FEP; only a typed one satisfies the guard.
    expect(isMeasure(primary.resourceQuantity)).toBe(false);
    expect(isMeasure({ type: "om2:Measure" })).toBe(true);
  });

  it("checks the properties of an untyped measure by its place", () => {
    const document = readSpec("fep-0837/proposal-minimal.json") as { publishes: Record<string, unknown> };
    const broken = { ...document, publishes: { ...document.publishes, resourceQuantity: { hasUnit: 1 } } };
    const error = expectFailure(parseProposal(broken, { strict: true }), "wrong_type");
    expect(pointers(error.issues)).toEqual(["/publishes/resourceQuantity/hasUnit"]);
    expect(expectSuccess(parseProposal(document, { strict: true })).value).toBe(document);
  });

  it("builds a proposal with the inline context its terms need", () => {
    const proposal = buildProposal({
      id: "https://market.example/proposals/1",
      purpose: "request",
      to: "as:Public",
      publishes: {
        type: "Intent",
        action: "deliverService",
        resourceQuantity: { type: "om2:Measure", hasUnit: "one", hasNumericalValue: "2" },
      },
    });
    expect(proposal).toEqual({
      "@context": [
        "https://www.w3.org/ns/activitystreams",
        {
          vf: "https://w3id.org/valueflows/ont/vf#",
          om2: "http://www.ontology-of-units-of-measure.org/resource/om-2/",
          Proposal: "vf:Proposal",
          purpose: "vf:purpose",
          publishes: { "@id": "vf:publishes", "@type": "@id" },
          Intent: "vf:Intent",
          action: "vf:action",
          resourceQuantity: { "@id": "vf:resourceQuantity", "@type": "@id" },
          hasUnit: "om2:hasUnit",
          hasNumericalValue: "om2:hasNumericalValue",
        },
      ],
      type: "Proposal",
      id: "https://market.example/proposals/1",
      purpose: "request",
      to: PUBLIC_COLLECTION,
      publishes: {
        type: "Intent",
        action: "deliverService",
        resourceQuantity: { type: "om2:Measure", hasUnit: "one", hasNumericalValue: "2" },
      },
    });
    expect(buildMeasure({ hasUnit: "one" })).toEqual({
      "@context": [
        "https://www.w3.org/ns/activitystreams",
        { om2: "http://www.ontology-of-units-of-measure.org/resource/om-2/", hasUnit: "om2:hasUnit" },
      ],
      type: "om2:Measure",
      hasUnit: "one",
    });
  });
});

describe("FEP-0837 marketplace: Agreement and Commitment", () => {
  it("reads the specification's Offer(Agreement) strictly", () => {
    const document = readSpec("fep-0837/offer-agreement.json");
    const offer = expectSuccess(parseOffer(document, { strict: true }));
    const agreement = offer.value.object;
    expect(isAgreement(agreement)).toBe(true);
    if (!isAgreement(agreement)) return;
    expect(isCommitment(agreement.stipulates) && isCommitment(agreement.stipulatesReciprocal)).toBe(true);
    if (!isCommitment(agreement.stipulates)) return;
    expect(agreement.stipulates.satisfies).toBe(
      "https://market.example/proposals/ddde9d6f-6f3b-4770-a966-3a18ef006930#primary",
    );
  });

  it("reads the specification's Accept, keeping its misspelled `stiplulates` as an unknown key", () => {
    const document = readSpec("fep-0837/accept-agreement.json");
    const accept = expectSuccess(parseAccept(document, { strict: true }));
    const agreement = firstValue(accept.value.result);
    expect(isAgreement(agreement)).toBe(true);
    if (!isAgreement(agreement)) return;
    expect(agreement.stipulates).toBeUndefined();
    expect((agreement as unknown as Record<string, unknown>).stiplulates).toBeDefined();
    expect(isCommitment(agreement.stipulatesReciprocal)).toBe(true);
  });

  it("checks a commitment's properties", () => {
    const offer = readSpec("fep-0837/offer-agreement.json") as { object: Record<string, unknown> };
    const broken = {
      ...offer,
      object: { ...offer.object, stipulates: { type: "Commitment", satisfies: 7 } },
    };
    expect(pointers(expectFailure(parseOffer(broken, { strict: true }), "wrong_type").issues)).toEqual([
      "/object/stipulates/satisfies",
    ]);
  });
});

describe("DID services: DidService and FEP-9091 Export", () => {
  it("reads FEP-9091's actor and finds its export service, which is a DID service", () => {
    const person = expectSuccess(
      parsePerson(readSpec("fep-9091/actor-with-export-service.json"), { strict: true }),
    );
    const service = firstValue(person.value.service);
    expect(isExport(service) && isDidService(service)).toBe(true);
    if (!isExport(service)) return;
    expect(service.serviceEndpoint).toBe("https://alice-personal-site.example/actor/accountExport");
  });

  it("reads FEP-e3e9's untyped storage service as a DID service by its place", () => {
    const document = readSpec("fep-e3e9/actor-with-storage-service.json") as { service: object[] };
    expectSuccess(parsePerson(document, { strict: true }));
    const broken = { ...document, service: [{ ...document.service[0], serviceEndpoint: 42 }] };
    expect(pointers(expectFailure(parsePerson(broken, { strict: true }), "wrong_type").issues)).toEqual([
      "/service/0/serviceEndpoint",
    ]);
  });

  it("builds an export service as FEP-9091 writes it: the type as a full IRI", () => {
    expect(
      buildExport({
        id: "https://alice-personal-site.example/actor#export",
        serviceEndpoint: "https://alice-personal-site.example/actor/accountExport",
      }),
    ).toEqual({
      "@context": ["https://www.w3.org/ns/activitystreams", "https://www.w3.org/ns/did/v1"],
      type: "https://w3id.org/fep/9091#Export",
      id: "https://alice-personal-site.example/actor#export",
      serviceEndpoint: "https://alice-personal-site.example/actor/accountExport",
    });
  });
});

describe("the structures documents write without a type: Endpoints, Source, InteractionPolicy, InteractionRule", () => {
  it("reads a Mastodon actor's endpoints and a Lemmy actor's source", () => {
    const mastodon = readFixture("mastodon/person.json") as { endpoints: unknown };
    expect(expectSuccess(parseEndpoints(mastodon.endpoints, { strict: true })).value.sharedInbox).toBe(
      "https://masto.qa.urbanwildlife.biz/inbox",
    );
    const lemmy = readFixture("corpus/lemmy-assets/lemmy/objects/person.json") as { source: unknown };
    expect(expectSuccess(parseSource(lemmy.source, { strict: true })).value.mediaType).toBe("text/markdown");
    expect(
      pointers(expectFailure(parseEndpoints({ sharedInbox: 3 }, { strict: true }), "wrong_type").issues),
    ).toEqual(["/sharedInbox"]);
  });

  it("reads a WordPress post's interaction policy and its rules", () => {
    const page = readFixture("corpus/lemmy-assets/wordpress/objects/page.json") as {
      interactionPolicy: { canQuote: unknown };
    };
    const policy = expectSuccess(parseInteractionPolicy(page.interactionPolicy, { strict: true }));
    expect(policy.value).toBe(page.interactionPolicy);
    const rule = expectSuccess(parseInteractionRule(page.interactionPolicy.canQuote, { strict: true }));
    expect(rule.value.automaticApproval).toBe(PUBLIC_COLLECTION);
    const broken = { type: "Page", interactionPolicy: { canQuote: { automaticApproval: 1 } } };
    expect(pointers(expectFailure(parsePage(broken, { strict: true }), "wrong_type").issues)).toEqual([
      "/interactionPolicy/canQuote/automaticApproval",
    ]);
  });

  it("are recognized by their IRI when a document does name them, and built without one", () => {
    expect(isEndpoints({ type: "as:Endpoints" })).toBe(true);
    expect(isEndpoints({ type: "https://www.w3.org/ns/activitystreams#Endpoints" })).toBe(true);
    expect(isSource({ type: "as:Source", content: "x" })).toBe(true);
    // Untyped, they are what the property that holds them says; a guard alone cannot tell.
    expect(isEndpoints({ sharedInbox: "https://e.x/inbox" })).toBe(false);
    expect(buildEndpoints({ sharedInbox: "https://e.x/inbox" })).toEqual({
      "@context": "https://www.w3.org/ns/activitystreams",
      sharedInbox: "https://e.x/inbox",
    });
    expect(buildSource({ content: "*hi*", mediaType: "text/markdown" })).toEqual({
      "@context": "https://www.w3.org/ns/activitystreams",
      content: "*hi*",
      mediaType: "text/markdown",
    });
    expect(buildInteractionPolicy({ canReply: { automaticApproval: PUBLIC_COLLECTION } })).toEqual({
      "@context": ["https://www.w3.org/ns/activitystreams", "https://gotosocial.org/ns"],
      canReply: { automaticApproval: PUBLIC_COLLECTION },
    });
    // A type written out gets an inline definition, since no published context has the term.
    const person = { type: "Person", endpoints: { type: "Endpoints", sharedInbox: "https://e.x/i" } };
    expect(expectSuccess(parse(person, { strict: true })).value).toBe(person);
    expect(serialize(person)["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      { Endpoints: "as:Endpoints" },
    ]);
  });
});

describe("FEP-5711 inverse properties", () => {
  it("reads the specification's collection strictly", () => {
    const collection = expectSuccess(
      parseCollection(readSpec("fep-5711/collection-likes-of.json"), { strict: true }),
    );
    expect(collection.value.likesOf).toBe("https://example.com/image/7pqs5i7c1e");
    expect(
      pointers(
        expectFailure(parseCollection({ type: "Collection", likesOf: 1 }, { strict: true }), "wrong_type")
          .issues,
      ),
    ).toEqual(["/likesOf"]);
  });
});

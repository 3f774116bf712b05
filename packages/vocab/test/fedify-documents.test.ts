// Documents that Fedify 2.3.6 (an independent implementation, a devDependency) writes, read by
// our parsers. Importing @fedify/vocab replaces globals on Node 20, so it is imported here only
// (vitest runs each test file in isolation).
import * as fedify from "@fedify/vocab";
import { parseDecimal, preloadedContexts } from "@fedify/vocab-runtime";
import { expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import {
  firstValue,
  isAgreement,
  isCommitment,
  isDidService,
  isExport,
  isIntent,
  isMeasure,
  isProposal,
  type ParseIssue,
  type ParseResult,
  parseAgreement,
  parseChatMessage,
  parseEvent,
  parseImage,
  parseNote,
  parsePage,
  parsePerson,
  parseProfile,
  parseProposal,
} from "../src/index.js";

async function contextLoader(url: string) {
  const document = preloadedContexts[url];
  if (document === undefined) throw new Error(`No preloaded context ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

/** What Fedify writes: its default compact form, or the form jsonld.js compaction gives. */
async function written(object: { toJsonLd(options: object): Promise<unknown> }, format?: "compact") {
  return (await object.toJsonLd({ contextLoader, ...(format === undefined ? {} : { format }) })) as Record<
    string,
    unknown
  >;
}

const remarks = (warnings: readonly ParseIssue[]) =>
  warnings.filter((warning) => warning.code === "unnormalized_property").map((warning) => warning.pointer);

describe("a content warning Fedify writes as `as:sensitive` (issue 12)", () => {
  type Parser = (json: unknown) => ParseResult<{ readonly sensitive?: boolean | null }>;
  type Written = new (values: {
    name: string;
    sensitive: boolean;
  }) => { toJsonLd(options: object): Promise<unknown> };
  const cases: readonly (readonly [string, Written, Parser])[] = [
    ["Page", fedify.Page, parsePage],
    ["Event", fedify.Event, parseEvent],
    ["Image", fedify.Image, parseImage],
    ["ChatMessage", fedify.ChatMessage, parseChatMessage],
  ];
  for (const [name, Class, parser] of cases) {
    it(`on a ${name} is kept and remarked on, never lost silently`, async () => {
      const document = await written(new Class({ name: "behind a warning", sensitive: true }), "compact");
      expect(document["as:sensitive"]).toBe(true);
      const result = expectSuccess(parser(document));
      expect(result.value).toBe(document);
      expect(result.value.sensitive).toBeUndefined();
      expect(remarks(result.warnings)).toEqual(["/as:sensitive"]);
      expect(result.warnings[0]?.message).toContain("`as:sensitive` is the IRI of `sensitive`");
    });
  }

  it("on a Note, where Fedify's context defines the term, is read and not remarked on", async () => {
    const document = await written(new fedify.Note({ content: "x", sensitive: true }), "compact");
    const result = expectSuccess(parseNote(document));
    expect(result.value.sensitive).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});

describe("an actor Fedify embeds in Profile.describes (issue 12)", () => {
  it("has every known property it writes under a compact or full IRI remarked on", async () => {
    const { publicKey } = testKeyPair("rsa", "fedify-profile");
    const key = await crypto.subtle.importKey(
      "spki",
      publicKey.export({ type: "spki", format: "der" }),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      true,
      ["verify"],
    );
    const person = new fedify.Person({
      id: new URL("https://a.example/u"),
      preferredUsername: "alice",
      name: "Alice",
      inbox: new URL("https://a.example/inbox"),
      outbox: new URL("https://a.example/outbox"),
      manuallyApprovesFollowers: true,
      discoverable: true,
      indexable: true,
      memorial: false,
      suspended: false,
      sensitive: true,
      featured: new URL("https://a.example/featured"),
      featuredTags: new URL("https://a.example/tags"),
      publicKey: new fedify.CryptographicKey({
        id: new URL("https://a.example/u#key"),
        owner: new URL("https://a.example/u"),
        publicKey: key,
      }),
      assertionMethod: new fedify.Multikey({
        id: new URL("https://a.example/u#multikey"),
        controller: new URL("https://a.example/u"),
        publicKey: key,
      }),
      attachments: [new fedify.PropertyValue({ name: "Web", value: "https://a.example" })],
    });
    const profile = await written(
      new fedify.Profile({ id: new URL("https://a.example/p"), describes: person }),
      "compact",
    );
    const result = expectSuccess(parseProfile(profile));
    expect(result.value).toBe(profile);
    const toot = "http://joinmastodon.org/ns#";
    const sec = "https://w3id.org/security#";
    const pointer = (...keys: string[]) =>
      `/describes/${keys.map((key) => key.replaceAll("/", "~1")).join("/")}`;
    expect(remarks(result.warnings).sort()).toEqual(
      [
        pointer(`${toot}discoverable`),
        pointer(`${toot}featured`),
        pointer(`${toot}featuredTags`),
        pointer(`${toot}indexable`),
        pointer(`${toot}memorial`),
        pointer(`${toot}suspended`),
        pointer(`${sec}assertionMethod`),
        pointer(`${sec}assertionMethod`, `${sec}controller`),
        pointer(`${sec}assertionMethod`, `${sec}publicKeyMultibase`),
        pointer(`${sec}publicKey`),
        pointer(`${sec}publicKey`, `${sec}owner`),
        pointer(`${sec}publicKey`, `${sec}publicKeyPem`),
        pointer("attachment", "http://schema.org#value"),
        pointer("as:manuallyApprovesFollowers"),
        pointer("as:sensitive"),
      ].sort(),
    );
    const describes = firstValue(result.value.describes) as Record<string, unknown>;
    expect(describes.publicKey).toBeUndefined();
    expect(describes.discoverable).toBeUndefined();
  });
});

describe("the types added for parity, as Fedify writes them", () => {
  it("reads an actor's export and DID services", async () => {
    const person = await written(
      new fedify.Person({
        id: new URL("https://a.example/u"),
        inbox: new URL("https://a.example/inbox"),
        services: [
          new fedify.Export({
            id: new URL("https://a.example/u#export"),
            endpoints: [new URL("https://a.example/export")],
          }),
          new fedify.DidService({
            id: new URL("https://a.example/u#storage"),
            endpoints: [new URL("https://storage.example")],
          }),
        ],
        endpoints: new fedify.Endpoints({ sharedInbox: new URL("https://a.example/shared") }),
      }),
    );
    const result = expectSuccess(parsePerson(person, { strict: true }));
    expect(result.warnings).toEqual([]);
    const [exportService, storage] = result.value.service as unknown[];
    expect(isExport(exportService) && isDidService(exportService)).toBe(true);
    expect(isExport(storage)).toBe(false);
    expect(isDidService(storage)).toBe(true);
  });

  it("reads a note's source and interaction policy", async () => {
    const note = await written(
      new fedify.Note({
        content: "x",
        source: new fedify.Source({ contents: ["*x*"], mediaType: "text/markdown" }),
        interactionPolicy: new fedify.InteractionPolicy({
          canQuote: new fedify.InteractionRule({
            automaticApprovals: [new URL("https://www.w3.org/ns/activitystreams#Public")],
          }),
        }),
      }),
    );
    const result = expectSuccess(parseNote(note, { strict: true }));
    expect(result.warnings).toEqual([]);
    expect(result.value.interactionPolicy).toEqual({ canQuote: { automaticApproval: "as:Public" } });
  });

  it("reads a proposal with its intents and measures, and an agreement with its commitments", async () => {
    const proposal = await written(
      new fedify.Proposal({
        id: new URL("https://a.example/p"),
        purpose: "offer",
        publishes: new fedify.Intent({
          action: "transfer",
          resourceConformsTo: new URL("https://www.wikidata.org/wiki/Q11442"),
          resourceQuantity: new fedify.Measure({ unit: "one", numericalValue: parseDecimal("1") }),
        }),
        reciprocal: new fedify.Intent({
          action: "transfer",
          resourceQuantity: new fedify.Measure({ unit: "one", numericalValue: parseDecimal("30") }),
        }),
        unitBased: false,
      }),
    );
    const read = expectSuccess(parseProposal(proposal, { strict: true }));
    expect(read.warnings).toEqual([]);
    expect(isProposal(read.value) && isIntent(read.value.publishes)).toBe(true);
    const publishes = read.value.publishes as { resourceQuantity?: unknown };
    expect(isMeasure(publishes.resourceQuantity)).toBe(true);

    const agreement = await written(
      new fedify.Agreement({
        id: new URL("https://a.example/a"),
        stipulates: new fedify.Commitment({
          satisfies: new URL("https://a.example/p#primary"),
          resourceQuantity: new fedify.Measure({ unit: "one", numericalValue: parseDecimal("1") }),
        }),
      }),
    );
    const settled = expectSuccess(parseAgreement(agreement, { strict: true }));
    expect(isAgreement(settled.value) && isCommitment(settled.value.stipulates)).toBe(true);
  });
});

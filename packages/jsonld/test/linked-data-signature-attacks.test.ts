// Attacks that keep a real Mastodon signature and change what the document says through JSON-LD
// context tricks. Each either breaks the signature (the RDF changed), or is refused because part
// of the document would be unsigned, or keeps the RDF and so the signed meaning, which is what
// `value.document` reads.
import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { verifyLinkedData } from "../src/index.js";
import { fixture } from "./fixture-documents.js";
import { fixtureKeyResolver, signedFixtures } from "./fixture-keys.js";
import { type JsonRecord, list, member } from "./json-member.js";

const signed = (): JsonRecord => fixture(signedFixtures[0].name);
const withContext = (document: JsonRecord, added: unknown): unknown[] => [
  ...list(document, "@context"),
  added,
];
const keyResolver = fixtureKeyResolver();
const verify = (document: JsonRecord) => verifyLinkedData(document, { keyResolver });

describe("context tricks that change the RDF break the signature", () => {
  it("a term redefined by an added context (content to another property)", async () => {
    const document = signed();
    document["@context"] = withContext(document, { content: "https://evil.example/ns#content" });
    expectFailure(await verify(document), "signature_mismatch");
  });

  it("actor redefined by an added context, to point the activity at another property", async () => {
    const document = signed();
    document["@context"] = withContext(document, { actor: { "@id": "as:attributedTo", "@type": "@id" } });
    expectFailure(await verify(document), "signature_mismatch");
  });

  it("an @context injected into the embedded note, redefining its content", async () => {
    const document = signed();
    document.object = {
      "@context": { content: "https://evil.example/ns#content" },
      ...member(document, "object"),
    };
    expectFailure(await verify(document), "signature_mismatch");
  });

  it("the activity's type renamed by a context (Create read as Delete)", async () => {
    const document = signed();
    document["@context"] = withContext(document, { Create: "as:Delete" });
    expectFailure(await verify(document), "signature_mismatch");
  });

  it("a second object smuggled in through @graph", async () => {
    const { "@context": context, signature, ...activity } = signed();
    const document = {
      "@context": context,
      "@graph": [activity, { id: "https://evil.example/notes/1", type: "Note", content: "evil" }],
      signature,
    };
    expectFailure(await verify(document), "signature_mismatch");
  });
});

describe("content the signature does not cover is refused (uncovered_content), before any key lookup", () => {
  const cases: [string, (document: JsonRecord) => void][] = [
    ["an undefined term at the top", (d) => (d.evilInstruction = "delete everything")],
    [
      "an undefined term inside the note",
      (d) => (member(d, "object").quoteUrl = "https://evil.example/notes/1"),
    ],
    ["a relative IRI", (d) => (member(d, "object").inReplyTo = "notes/1")],
    [
      "an injected @context that undefines content, with the signed value moved to as:content",
      (d) => {
        const note = member(d, "object");
        d.object = {
          "@context": { content: null },
          ...note,
          "as:content": note.content,
          content: "<p>Evil</p>",
        };
      },
    ],
    [
      "an undefined term in the signature options",
      (d) => (member(d, "signature").note = "not in the identity context"),
    ],
  ];
  for (const [what, edit] of cases) {
    it(what, async () => {
      const document = signed();
      edit(document);
      const counting = fixtureKeyResolver();
      expectFailure(await verifyLinkedData(document, { keyResolver: counting }), "uncovered_content");
      expect(counting.calls).toEqual([]);
    });
  }
});

describe("context tricks that keep the RDF keep the signature, and value.document reads what was signed", () => {
  it("to and cc swapped by a context: the document reads the signed audience, not the swapped JSON", async () => {
    const document = signed();
    const { to, cc } = document;
    document["@context"] = withContext(document, {
      to: { "@id": "as:cc", "@type": "@id" },
      cc: { "@id": "as:to", "@type": "@id" },
    });
    // The embedded note reads the same context: its audience is swapped the same way.
    for (const node of [document, member(document, "object")]) {
      node.to = cc;
      node.cc = to;
    }
    const result = expectSuccess(await verify(document));
    expect(result.value.document.to).toBe("https://www.w3.org/ns/activitystreams#Public");
    expect(result.value.document.cc).toBe("https://activitypub.academy/users/brauca_darradiul/followers");
  });

  it("Create written as Delete, with Delete mapped back to as:Create: the document reads Create", async () => {
    const document = signed();
    document["@context"] = withContext(document, { Delete: "as:Create" });
    document.type = "Delete";
    const result = expectSuccess(await verify(document));
    expect(result.value.document.type).toBe("Create");
  });
});

// The documents the signature benchmark verifies, made once in the runner and handed to each
// measuring process: the real Linked-Data-signed fixtures (Mastodon, Friendica, Smithereen) with
// their signers' keys, and the same activities with an FEP-8b32 eddsa-jcs-2022 proof, plus the
// FEP-8b32 test vector.
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { findPublicKey } from "@fedikit/http-signatures";
import { createProof } from "../dist/index.js";

const data = new URL("../test/data/", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, data), "utf8"));

const signed = [
  [
    "Mastodon Create",
    "fixtures/mastodon/activitypub.academy-create-ldsigned.extracted.json",
    "fixtures/mastodon/brauca_darradiul.json",
  ],
  ["Friendica Create", "fixtures/friendica/create_note.json", "fixtures/friendica/person_1.json"],
  ["Smithereen Create", "fixtures/smithereen/create_note.json", "fixtures/smithereen/person.json"],
];

function pem(text) {
  // One fixture publishes its PEM with spaces for newlines; node:crypto and WebCrypto want lines.
  const body = text.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
  return `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,64}/g).join("\n")}\n-----END PUBLIC KEY-----\n`;
}

/** The FEP-8b32 vector (its signed document and its actor's Multikey), read from the vendored feature. */
function fepVector() {
  const feature = readFileSync(new URL("feps/fep-8b32.feature", data), "utf8");
  const blocks = feature.split('"""').filter((_, index) => index % 2 === 1);
  return { document: JSON.parse(blocks[2]), actor: JSON.parse(blocks[3]) };
}

export async function workload() {
  const linkedData = signed.map(([name, documentPath, actorPath]) => {
    const document = read(documentPath);
    const actor = read(actorPath);
    const keyId = document.signature.creator;
    return {
      name,
      document,
      keyId,
      owner: actor.id,
      publicKeyPem: pem(findPublicKey(actor, keyId).publicKeyPem),
    };
  });
  const ed25519 = generateKeyPairSync("ed25519");
  const publicKeyJwk = ed25519.publicKey.export({ format: "jwk" });
  const proofs = [];
  for (const { name, document } of linkedData) {
    const { signature: _, ...activity } = document;
    const keyId = `${activity.actor}#ed25519-key`;
    const proved = await createProof(activity, {
      verificationMethod: keyId,
      privateKey: ed25519.privateKey,
      created: Date.UTC(2025, 0, 1),
    });
    proofs.push({ name, document: proved, keyId, owner: activity.actor, publicKeyJwk });
  }
  const vector = fepVector();
  const vectorKey = vector.actor.assertionMethod[0];
  proofs.push({
    name: "FEP-8b32 vector",
    document: vector.document,
    keyId: vectorKey.id,
    owner: vector.actor.id,
    publicKeyMultibase: vectorKey.publicKeyMultibase,
  });
  return { linkedData, proofs };
}

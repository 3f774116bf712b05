// Keys and the request every benchmark signs and verifies: a POST of a ~2 KB activity to an
// inbox, as a Mastodon server would receive it.
import { generateKeyPairSync } from "node:crypto";

export const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
export const ed25519 = generateKeyPairSync("ed25519");
export const keyId = "https://sender.example/users/alice#main-key";
export const owner = "https://sender.example/users/alice";
export const url = "https://receiver.example/users/bob/inbox";

const note = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(28);
export const body = JSON.stringify({
  "@context": "https://www.w3.org/ns/activitystreams",
  id: "https://sender.example/users/alice/statuses/1/activity",
  type: "Create",
  actor: owner,
  to: ["https://www.w3.org/ns/activitystreams#Public"],
  object: {
    id: "https://sender.example/users/alice/statuses/1",
    type: "Note",
    attributedTo: owner,
    content: note,
  },
});
export const bodyBytes = Buffer.from(body);

export function unsignedRequest() {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/activity+json", host: "receiver.example" },
    body,
  });
}

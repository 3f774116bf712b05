import { getOwn } from "@fedikit/core";
import type { Jrd, JrdLink } from "../src/documents/jrd.js";
import { createWebFingerHandler } from "../src/server/webfinger-handler.js";
import { fixed, json, type Site, startNetwork, type TestNetwork } from "./network.js";

/** A JRD with a subject and an ActivityPub self link. */
export function accountJrd(subject: string, actorUrl: string, type = "application/activity+json"): Jrd {
  return { subject, links: [{ rel: "self", type, href: actorUrl }] };
}

/** A WebFinger endpoint answering from a table keyed by lowercase user part (as Mastodon matches). */
export function webFingerTable(accounts: Readonly<Record<string, Jrd | "gone">>): Site[string] {
  return createWebFingerHandler({
    findResource: ({ acct }) => (acct ? getOwn(accounts, acct.user.toLowerCase()) : null),
  });
}

/** An actor document. */
export function actor(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": "https://www.w3.org/ns/activitystreams",
    id,
    type: "Person",
    inbox: `${id}/inbox`,
    ...extra,
  };
}

/**
 * A small fediverse on loopback for resolution and verification tests:
 *
 * - `social.test`: alice and friends, each case of Mastodon's checks;
 * - `nosubject.test`: answers a JRD without subject to everything;
 * - `example.test` + `ap.example.test`: handles on one domain, actors on another (Mastodon's docs);
 * - `hop1.test` → `hop2.test` → `hop3.test`: a chain of canonical subjects;
 * - `evil.test`: claims other servers' accounts as canonical subjects;
 * - `spoof.test`: points its self link at alice's actor;
 * - `fep.test` + `ap.fep.test`: a FEP-2c59 actor whose `webfinger` names another domain.
 */
export function startFediverse(): Promise<TestNetwork> {
  return startNetwork((net) => {
    const a = net.authority;
    const o = net.origin;
    const social = (path: string) => `${o("social.test")}${path}`;
    const noSelf: JrdLink = {
      rel: "http://webfinger.net/rel/profile-page",
      type: "text/html",
      href: social("/@html"),
    };
    return {
      "social.test": {
        "/.well-known/webfinger": webFingerTable({
          alice: accountJrd(`acct:alice@${a("social.test")}`, social("/users/alice")),
          deleted: "gone",
          ldjson: accountJrd(
            `acct:ldjson@${a("social.test")}`,
            social("/users/ldjson"),
            'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
          ),
          plainld: accountJrd(
            `acct:plainld@${a("social.test")}`,
            social("/users/plainld"),
            "application/ld+json",
          ),
          html: { subject: `acct:html@${a("social.test")}`, links: [noSelf] },
          hostless: accountJrd("acct:hostless", social("/users/hostless")),
          wrongid: accountJrd(`acct:wrongid@${a("social.test")}`, social("/users/wrongid")),
          goneactor: accountJrd(`acct:goneactor@${a("social.test")}`, social("/users/goneactor")),
          fallback: accountJrd(`acct:fallback@${a("social.test")}`, social("/users/fallback")),
          ftp: accountJrd(`acct:ftp@${a("social.test")}`, "ftp://social.test/users/ftp"),
        }),
        "/users/alice": json(actor(social("/users/alice"), { preferredUsername: "alice" })),
        "/users/ldjson": json(actor(social("/users/ldjson"), { preferredUsername: "ldjson" })),
        "/users/wrongid": json(actor(social("/users/someone-else"), { preferredUsername: "wrongid" })),
        "/users/goneactor": fixed(410, { "content-type": "application/activity+json" }, "{}"),
        "/users/fallback": json(
          actor(social("/users/fallback"), { preferredUsername: "fallback", webfinger: "not a handle" }),
        ),
      },
      // The handler fills in a missing subject, so a JRD without one is served raw.
      "nosubject.test": {
        "/.well-known/webfinger": json(
          {
            links: [
              { rel: "self", type: "application/activity+json", href: `${o("nosubject.test")}/users/a` },
            ],
          },
          "application/jrd+json",
        ),
      },
      "example.test": {
        "/.well-known/webfinger": webFingerTable({
          alice: accountJrd(`acct:alice@${a("example.test")}`, `${o("ap.example.test")}/users/alice`),
        }),
      },
      "ap.example.test": {
        "/.well-known/webfinger": webFingerTable({
          alice: accountJrd(`acct:alice@${a("example.test")}`, `${o("ap.example.test")}/users/alice`),
        }),
        "/users/alice": json(actor(`${o("ap.example.test")}/users/alice`, { preferredUsername: "alice" })),
      },
      "hop1.test": {
        "/.well-known/webfinger": webFingerTable({ bob: accountJrd(`acct:bob@${a("hop2.test")}`, "x:") }),
      },
      "hop2.test": {
        "/.well-known/webfinger": webFingerTable({ bob: accountJrd(`acct:carol@${a("hop3.test")}`, "x:") }),
      },
      "evil.test": {
        "/.well-known/webfinger": webFingerTable({
          alice: accountJrd(`acct:alice@${a("social.test")}`, `${o("evil.test")}/users/alice`),
          nobody: accountJrd(`acct:nobody@${a("social.test")}`, `${o("evil.test")}/users/nobody`),
        }),
      },
      "spoof.test": {
        "/.well-known/webfinger": webFingerTable({
          mallory: accountJrd(`acct:mallory@${a("spoof.test")}`, social("/users/alice")),
        }),
      },
      "fep.test": {
        "/.well-known/webfinger": webFingerTable({
          evan: accountJrd(`acct:evan@${a("fep.test")}`, `${o("ap.fep.test")}/evanp`),
        }),
      },
      "ap.fep.test": {
        "/evanp": json(
          actor(`${o("ap.fep.test")}/evanp`, {
            preferredUsername: "evanp",
            webfinger: `evan@${a("fep.test")}`,
          }),
        ),
      },
    };
  });
}

import type { Jrd } from "../src/documents/jrd.js";
import { createHostMetaHandler, createHostMetaJsonHandler } from "../src/server/host-meta-handler.js";
import { createWebFingerHandler } from "../src/server/webfinger-handler.js";
import { fixed, json, redirect, startNetwork, type TestNetwork } from "./network.js";

/** alice's JRD on a site. */
export function aliceJrd(authority: string): Jrd {
  return {
    subject: `acct:alice@${authority}`,
    aliases: [`http://${authority}/@alice`, `http://${authority}/users/alice`],
    links: [
      { rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: `http://${authority}/@alice` },
      { rel: "self", type: "application/activity+json", href: `http://${authority}/users/alice` },
      {
        rel: "http://ostatus.org/schema/1.0/subscribe",
        template: `http://${authority}/authorize_interaction?uri={uri}`,
      },
    ],
  };
}

/** A site's WebFinger handler that knows alice (and a deleted account). */
export function webFingerOf(authority: string) {
  return createWebFingerHandler({
    findResource(resource) {
      if (resource.kind === "url")
        return resource.url.href === `http://${authority}/users/alice` ? aliceJrd(authority) : null;
      if (resource.acct.user === "deleted") return "gone";
      return resource.acct.user === "alice" ? aliceJrd(authority) : null;
    },
  });
}

const xrdHeaders = { "content-type": "application/xrd+xml" };
const bomb = `<?xml version="1.0"?><!DOCTYPE XRD [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><XRD><Link rel="lrdd" template="&c;{uri}"/></XRD>`;

function hostile(request: Request): Response {
  const resource = new URL(request.url).searchParams.get("resource") ?? "";
  const user = resource.slice(5, resource.indexOf("@"));
  switch (user) {
    case "huge":
      return json(
        { subject: resource, aliases: Array(40_000).fill("https://hostile.example/aaaaaaaaaaaaaaaa") },
        "application/jrd+json",
      )(request) as Response;
    case "notjson":
      return fixed(
        200,
        { "content-type": "application/jrd+json" },
        "{ subject: 'acct:x' ",
      )(request) as Response;
    case "html":
      return fixed(200, { "content-type": "text/html" }, "<html>login first</html>")(request) as Response;
    case "untyped":
      return fixed(
        200,
        {},
        new TextEncoder().encode(JSON.stringify({ subject: resource })),
      )(request) as Response;
    case "deep":
      return fixed(
        200,
        { "content-type": "application/json" },
        `{"links":${"[".repeat(200)}${"]".repeat(200)}}`,
      )(request) as Response;
    case "badjrd":
      return json({ subject: resource, links: { rel: "self" } }, "application/jrd+json")(request) as Response;
    case "latin1":
      return fixed(
        200,
        { "content-type": "application/jrd+json" },
        new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
      )(request) as Response;
    default:
      return new Response(null, { status: 404 });
  }
}

/**
 * The sites the lookup tests ask: plain WebFinger, host-meta variants, redirects, private
 * addresses and hostile answers, all on one loopback server.
 */
export function startLookupSites(): Promise<TestNetwork> {
  return startNetwork(
    (network) => {
      const a = network.authority;
      const o = network.origin;
      return {
        "social.test": { "/.well-known/webfinger": webFingerOf(a("social.test")) },
        "norel.test": { "/.well-known/webfinger": json(aliceJrd(a("norel.test")), "application/jrd+json") },
        "hostmeta.test": {
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("hostmeta.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("hostmeta.test")),
        },
        "hostmetajson.test": {
          "/.well-known/host-meta.json": createHostMetaJsonHandler({
            origin: o("hostmetajson.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("hostmetajson.test")),
        },
        "legacy.test": {
          "/.well-known/host-meta": fixed(
            200,
            xrdHeaders,
            `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" type="application/xrd+xml" template="${o("legacy.test")}/xrd?q={uri}&amp;v=1"/></XRD>`,
          ),
          "/xrd": (request) => {
            const resource = new URL(request.url).searchParams.get("q");
            return fixed(
              200,
              xrdHeaders,
              `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Subject>${resource}</Subject><Link rel="self" type="application/activity+json" href="${o("legacy.test")}/users/alice"/></XRD>`,
            )(request);
          },
        },
        "html.test": {
          "/.well-known/webfinger": fixed(
            200,
            { "content-type": "text/html" },
            "<!doctype html><p>Welcome!</p>",
          ),
          "/.well-known/host-meta": createHostMetaHandler({ origin: o("html.test"), webFingerPath: "/wf" }),
          "/wf": webFingerOf(a("html.test")),
        },
        "selfref.test": {
          "/.well-known/host-meta": createHostMetaHandler({ origin: o("selfref.test") }),
        },
        "hosted.test": {
          "/.well-known/webfinger": (request) =>
            redirect(`${o("wf.test")}/hosted.test/webfinger${new URL(request.url).search}`)(request),
        },
        "wf.test": { "/hosted.test/webfinger": webFingerOf(a("hosted.test")) },
        "unreachable.test": {
          "/.well-known/webfinger": redirect(`${o("nowhere.test")}/.well-known/webfinger`),
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("unreachable.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("unreachable.test")),
        },
        "private.test": {
          "/.well-known/webfinger": redirect(`${o("intranet.test")}/.well-known/webfinger`),
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("private.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("private.test")),
        },
        "lrddprivate.test": {
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("intranet.test"),
            webFingerPath: "/wf",
          }),
        },
        "literal.test": {
          "/.well-known/webfinger": redirect(`http://127.0.0.3:${network.port}/.well-known/webfinger`),
        },
        "bomb.test": { "/.well-known/host-meta": fixed(200, xrdHeaders, bomb) },
        "hostile.test": { "/.well-known/webfinger": hostile },
        "broken.test": {
          "/.well-known/webfinger": fixed(502, { "content-type": "text/html" }, "Bad Gateway"),
        },
      };
    },
    { "intranet.test": "127.0.0.2" },
  );
}

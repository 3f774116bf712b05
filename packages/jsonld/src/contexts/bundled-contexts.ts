import { text as activityStreams } from "./data/activitystreams.js";
import { text as didV1 } from "./data/did-v1.js";
import { text as fep7aa9 } from "./data/fep-7aa9.js";
import { text as fep5711 } from "./data/fep-5711.js";
import { text as fepEf61 } from "./data/fep-ef61.js";
import { text as funkwhale } from "./data/funkwhale.js";
import { text as gotosocial } from "./data/gotosocial.js";
import { text as identityV1 } from "./data/identity-v1.js";
import { text as joinLemmy } from "./data/join-lemmy.js";
import { text as joinMastodon } from "./data/joinmastodon.js";
import { text as kroeg } from "./data/kroeg.js";
import { text as litepub } from "./data/litepub-0.1.js";
import { text as litepubSocial } from "./data/litepub-social.js";
import { text as mbin } from "./data/mbin.js";
import { text as miscellany } from "./data/miscellany.js";
import { text as schemaOrg } from "./data/schemaorg.js";
import { text as dataIntegrityV1 } from "./data/security-data-integrity-v1.js";
import { text as dataIntegrityV2 } from "./data/security-data-integrity-v2.js";
import { text as multikeyV1 } from "./data/security-multikey-v1.js";
import { text as securityV1 } from "./data/security-v1.js";
import { text as webfinger } from "./data/webfinger.js";
import { deepFreeze } from "./deep-freeze.js";

/** A JSON object, as a context document is. */
export type JsonObject = { readonly [key: string]: unknown };

/** A context document this package carries, and where the copy came from. */
export interface BundledContext {
  /** The URL documents name it by. */
  readonly url: string;
  /** Other URLs that serve the same document (`http:` forms, trailing-slash forms). */
  readonly aliases: readonly string[];
  /** Where the copy was taken from, and its licence. */
  readonly source: string;
}

interface Entry extends BundledContext {
  readonly text: string;
}

/**
 * The URL this package files the Pleroma/Akkoma LitePub context under; documents name it by their
 * own instance's URL, which {@link bundledContextUrl} maps here.
 */
const litepubUrl = "https://litepub.social/schemas/litepub-0.1.jsonld";
/** The same for mbin's context, which every mbin instance serves at `/contexts`. */
const mbinUrl = "https://fedia.io/contexts";

const fedify = "fedify-dev/fedify packages/vocab-runtime/src/contexts/ at ac08358 (MIT)";

const entries: readonly Entry[] = [
  {
    url: "https://www.w3.org/ns/activitystreams",
    aliases: ["http://www.w3.org/ns/activitystreams", "https://www.w3.org/ns/activitystreams.jsonld"],
    source: fedify,
    text: activityStreams,
  },
  {
    url: "https://w3id.org/security/v1",
    aliases: ["http://w3id.org/security/v1"],
    source: fedify,
    text: securityV1,
  },
  { url: "https://w3id.org/security/data-integrity/v1", aliases: [], source: fedify, text: dataIntegrityV1 },
  { url: "https://w3id.org/security/data-integrity/v2", aliases: [], source: fedify, text: dataIntegrityV2 },
  { url: "https://w3id.org/security/multikey/v1", aliases: [], source: fedify, text: multikeyV1 },
  {
    url: "https://w3id.org/identity/v1",
    aliases: ["http://w3id.org/identity/v1"],
    source: fedify,
    text: identityV1,
  },
  { url: "https://www.w3.org/ns/did/v1", aliases: [], source: fedify, text: didV1 },
  { url: "https://purl.archive.org/socialweb/webfinger", aliases: [], source: fedify, text: webfinger },
  {
    url: "http://schema.org/",
    aliases: ["https://schema.org/", "http://schema.org", "https://schema.org"],
    source: fedify,
    text: schemaOrg,
  },
  { url: "https://gotosocial.org/ns", aliases: [], source: fedify, text: gotosocial },
  { url: "https://w3id.org/fep/5711", aliases: [], source: fedify, text: fep5711 },
  { url: "https://w3id.org/fep/7aa9", aliases: [], source: fedify, text: fep7aa9 },
  { url: "https://w3id.org/fep/ef61", aliases: [], source: fedify, text: fepEf61 },
  { url: "https://join-lemmy.org/context.json", aliases: [], source: fedify, text: joinLemmy },
  { url: "http://joinmastodon.org/ns", aliases: [], source: fedify, text: joinMastodon },
  { url: "https://purl.archive.org/miscellany", aliases: [], source: fedify, text: miscellany },
  {
    url: "https://funkwhale.audio/ns",
    aliases: [],
    source:
      "Funkwhale api/funkwhale_api/federation/contexts.py, the FW document (AGPL-3.0 project; term mappings only)",
    text: funkwhale,
  },
  {
    url: litepubUrl,
    aliases: [],
    source:
      "the union of Pleroma's and Akkoma's priv/static/schemas/litepub-0.1.jsonld (AGPL-3.0 projects; term mappings only), which agree on every term both define",
    text: litepub,
  },
  {
    url: "https://litepub.social/litepub/context.jsonld",
    aliases: ["http://litepub.social/litepub/context.jsonld"],
    source:
      "litepub/litepub context.jsonld at 14a6d2ed, the source of https://litepub.social/litepub/ (no licence stated; term mappings only)",
    text: litepubSocial,
  },
  {
    url: "https://puckipedia.com/-/context",
    aliases: [],
    source:
      "Kroeg's server src/context/context.json (DrewMcArthur/kroeg-server at 356c4cc6, a mirror of git.puckipedia.com/kroeg/server; no licence stated; term mappings only)",
    text: kroeg,
  },
  {
    url: mbinUrl,
    aliases: [],
    source:
      "what mbin's ContextsController serves: ContextsProvider::embeddedContexts() with ActivityPubActivityInterface::ADDITIONAL_CONTEXTS (MbinOrg/mbin at e5aba6ee; AGPL-3.0-or-later project; term mappings only)",
    text: mbin,
  },
];

/**
 * Paths at which every instance of a server serves the same context, so that any such URL means
 * the bundled copy: Pleroma's and Akkoma's LitePub context, and mbin's.
 */
const instancePaths: ReadonlyMap<string, string> = new Map([
  ["/schemas/litepub-0.1.jsonld", litepubUrl],
  ["/contexts", mbinUrl],
]);

let byUrl: Map<string, Entry> | undefined;
/** Parsed documents, at most one per bundled context (a fixed bound), deep-frozen. */
const parsed = new Map<Entry, JsonObject>();

function index(): Map<string, Entry> {
  if (byUrl === undefined) {
    const map = new Map<string, Entry>();
    for (const entry of entries) {
      map.set(entry.url, entry);
      for (const alias of entry.aliases) map.set(alias, entry);
    }
    byUrl = map;
  }
  return byUrl;
}

function entryFor(url: string): Entry | undefined {
  const entry = index().get(url);
  if (entry !== undefined) return entry;
  // Pleroma, Akkoma and mbin serve the same context from every instance, at one path.
  if (!(url.startsWith("https://") || url.startsWith("http://"))) return undefined;
  const start = url.indexOf("//") + 2;
  const slash = url.indexOf("/", start);
  if (slash < 0) return undefined;
  const canonical = instancePaths.get(url.slice(slash));
  const host = url.slice(start, slash);
  if (canonical === undefined || host.length === 0 || /[?#@\\\s]/.test(host)) return undefined;
  return index().get(canonical);
}

let ids: Map<Entry, number> | undefined;

/**
 * A small number for the bundled context that `url` names (the same for all its URLs), or -1
 * when none is bundled: a cheap key for the contexts a document names.
 * @internal
 */
export function bundledContextId(url: string): number {
  const entry = entryFor(url);
  if (entry === undefined) return -1;
  ids ??= new Map(entries.map((known, id) => [known, id]));
  return ids.get(entry) ?? -1;
}

/** Every context this package carries, with its aliases and provenance. */
export const bundledContexts: readonly BundledContext[] = entries;

/**
 * The canonical URL of the bundled context that `url` names (itself, an alias, any Pleroma or
 * Akkoma instance's `/schemas/litepub-0.1.jsonld`, any mbin instance's `/contexts`), or
 * `undefined` when none is bundled.
 */
export function bundledContextUrl(url: string): string | undefined {
  return entryFor(url)?.url;
}

/**
 * The bundled context document for `url` (a deep-frozen object, parsed on first use), or
 * `undefined` when no bundled context has that URL. Never touches the network.
 */
export function getBundledContext(url: string): JsonObject | undefined {
  const entry = entryFor(url);
  if (entry === undefined) return undefined;
  let document = parsed.get(entry);
  if (document === undefined) {
    document = deepFreeze(JSON.parse(entry.text) as JsonObject);
    parsed.set(entry, document);
  }
  return document;
}

/**
 * A fresh, mutable copy of the bundled context document for `url`: jsonld.js rewrites the
 * `@context` of the documents its loader returns, so it must not get the shared frozen one.
 * @internal
 */
export function copyBundledContext(url: string): { url: string; document: JsonObject } | undefined {
  const entry = entryFor(url);
  return entry === undefined ? undefined : { url: entry.url, document: JSON.parse(entry.text) as JsonObject };
}

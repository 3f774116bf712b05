import { type KeyResolver, type KeyResolverFunction, verifyRequest } from "@fedikit/http-signatures";
import { idOf } from "@fedikit/vocab";
import { createHostMetaHandler, createWebFingerHandler } from "@fedikit/webfinger";

/** What every Fedikit server-side function is, and what each framework below mounts. */
export type WebHandler = (request: Request) => Promise<Response>;

/** The three endpoints a small fediverse server answers. */
export interface FederationHandlers {
  /** `/.well-known/webfinger` */
  readonly webfinger: WebHandler;
  /** `/.well-known/host-meta` */
  readonly hostMeta: WebHandler;
  /** `/inbox`: verifies the HTTP signature and that the signer is the activity's actor. */
  readonly inbox: WebHandler;
}

/** What the handlers need to know about the server they run in. */
export interface FederationOptions {
  /** The server's public origin, e.g. `https://example.social`: actor ids and the `lrdd` template use it. */
  readonly origin: string;
  /** The local accounts' user names, lowercase. */
  readonly users: ReadonlySet<string>;
  /** Where the inbox finds senders' public keys. */
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  /** Called with every activity whose signature verified, and its confirmed actor. */
  readonly receive: (activity: object, actor: string) => void | Promise<void>;
}

/** Builds the handlers; none of them knows which framework will mount it. */
export function createFederationHandlers(options: FederationOptions): FederationHandlers {
  const { origin, users, keyResolver, receive } = options;
  const host = new URL(origin).host;
  const webfinger = createWebFingerHandler({
    findResource: ({ acct }) => {
      // Mastodon compares user names without case.
      if (acct?.host !== host || !users.has(acct.user.toLowerCase())) return null;
      const user = acct.user.toLowerCase();
      return {
        subject: `acct:${user}@${host}`,
        links: [{ rel: "self", type: "application/activity+json", href: `${origin}/users/${user}` }],
      };
    },
  });
  const hostMeta = createHostMetaHandler({ origin });

  async function inbox(request: Request): Promise<Response> {
    if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "POST" } });
    const result = await verifyRequest(request, { keyResolver });
    if (!result.ok) {
      const status = result.error.code === "invalid_url" || result.error.code === "too_large" ? 400 : 401;
      return new Response(`${result.error.code}: ${result.error.message}`, { status });
    }
    // verifyRequest read at most maxBytes of a clone; a body it accepted is within that bound.
    const activity: unknown = await request.json().catch(() => undefined);
    if (typeof activity !== "object" || activity === null) {
      return new Response("The body is not a JSON object.", { status: 400 });
    }
    const actor = idOf((activity as { actor?: unknown }).actor);
    if (actor === undefined || result.value.owner !== actor) {
      return new Response("The signer is not the activity's actor.", { status: 401 });
    }
    await receive(activity, actor);
    return new Response(null, { status: 202 });
  }

  return { webfinger, hostMeta, inbox };
}

/** A parsed `Content-Type`: the lowercase essence and its parameters (names lowercased). */
export interface MediaType {
  /** `type/subtype`, lowercase, e.g. `application/ld+json`. */
  readonly essence: string;
  /** Parameters such as `charset` or `profile`, unquoted. */
  readonly parameters: ReadonlyMap<string, string>;
}

/**
 * Parses a `Content-Type` header value leniently (quoted parameters, stray spaces).
 * @returns `null` for an absent or empty value.
 */
export function parseMediaType(value: string | null): MediaType | null {
  if (!value) return null;
  const [essence = "", ...rest] = value.split(";");
  const parameters = new Map<string, string>();
  for (const part of rest) {
    const equals = part.indexOf("=");
    if (equals < 0) continue;
    const name = part.slice(0, equals).trim().toLowerCase();
    let parameter = part.slice(equals + 1).trim();
    if (parameter.startsWith('"') && parameter.endsWith('"') && parameter.length >= 2) {
      parameter = parameter.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    if (name && !parameters.has(name)) parameters.set(name, parameter);
  }
  const trimmed = essence.trim().toLowerCase();
  return trimmed ? { essence: trimmed, parameters } : null;
}

/** The `Accept` header ActivityPub requires when fetching objects. */
export const activityStreamsAccept: string =
  'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"';

/** The `Accept` header for WebFinger (RFC 7033 JRD). */
export const jrdAccept: string = "application/jrd+json, application/json";

/**
 * Whether a media type is one ActivityPub objects are served as: `application/activity+json`,
 * or `application/ld+json` (whatever its profile; Pleroma and others omit it).
 */
export function isActivityStreamsMediaType(type: MediaType | null): boolean {
  return type?.essence === "application/activity+json" || type?.essence === "application/ld+json";
}

/** Whether a media type is one JRD documents are served as (`application/jrd+json`, `application/json`). */
export function isJrdMediaType(type: MediaType | null): boolean {
  return type?.essence === "application/jrd+json" || type?.essence === "application/json";
}

/**
 * Parses a URL query into its parameters, decoding percent-escapes as RFC 3986 does: unlike
 * `URLSearchParams`, a `+` stays a `+` (it is a legal character of an acct: user part, not a
 * space).
 *
 * @returns every value of every parameter in order, or `null` when an escape is broken.
 */
export function parseQueryParameters(search: string): Map<string, string[]> | null {
  const parameters = new Map<string, string[]>();
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return parameters;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(equals < 0 ? pair : pair.slice(0, equals));
      value = equals < 0 ? "" : decodeURIComponent(pair.slice(equals + 1));
    } catch {
      return null;
    }
    const values = parameters.get(name);
    if (values) values.push(value);
    else parameters.set(name, [value]);
  }
  return parameters;
}

import type { FetchFunction } from "@fedikit/core";

/** What a fake server answers for one URL. */
export type Page = () => Response;

/** A fetch over a table of pages (URL → answer), recording what it was asked. */
export interface PageFetch {
  readonly fetch: FetchFunction;
  /** Every URL asked, in order. */
  readonly asked: string[];
}

/**
 * A `fetch` that answers from `pages` by exact URL and 404 otherwise, without a network: for
 * tests of what the client does with answers, not of how it connects.
 */
export function pageFetch(pages: Readonly<Record<string, Page>>): PageFetch {
  const table = new Map(Object.entries(pages));
  const asked: string[] = [];
  const fetch: FetchFunction = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url);
    const page = table.get(url);
    return page ? page() : new Response("not here", { status: 404 });
  };
  return { fetch, asked };
}

/** A page answering JSON with the given media type. */
export function jsonPage(value: unknown, type: string): Page {
  return () => new Response(JSON.stringify(value), { headers: { "content-type": type } });
}

/** A page answering a redirect. */
export function redirectPage(location: string, status = 302): Page {
  return () => new Response(null, { status, headers: { location } });
}

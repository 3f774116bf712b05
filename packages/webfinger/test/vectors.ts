import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A JSON file from test/data/. */
export function readTestData<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, "data", path), "utf8")) as T;
}

/** One RFC 7565 edge case of webfinger.json. */
export interface AcctEdgeCase {
  readonly case: string;
  readonly user: string;
  readonly host: string;
  readonly expected_acct: string;
  readonly webfinger_query: string;
}

/** An RFC 7033 example: the raw request and the JRD the server answered. */
export interface RfcExample {
  readonly request: string;
  readonly response_headers: Record<string, string>;
  readonly jrd: Record<string, unknown>;
}

/** The parts of webfinger.json the tests use. */
export interface WebFingerVectors {
  readonly rfc7033: {
    readonly "3.1_openid_connect": RfcExample;
    readonly "3.2_web_page_metadata": RfcExample;
    readonly "4.3_rel_filter": RfcExample;
    readonly "4.4.3_properties_snippet": { readonly properties: Record<string, string> };
    readonly "4.4.4.4_titles_snippet": { readonly titles: Record<string, string> };
    readonly "4.4.4.5_link_properties_snippet": { readonly properties: Record<string, string> };
    readonly "7_hosted_redirect": { readonly request: string; readonly response: string };
    readonly percent_encoding_checks_node: readonly {
      readonly value: string;
      readonly rfc_encoded: string;
    }[];
  };
  readonly rfc7565: { readonly edge_cases: readonly AcctEdgeCase[] };
  readonly mastodon: {
    readonly docs_example: { readonly request: string; readonly jrd: Record<string, unknown> };
    readonly spec_fixture_activitypub_webfinger: {
      readonly content_type: string;
      readonly jrd: Record<string, unknown>;
    };
  };
}

/** test/data/webfinger.json */
export const vectors: WebFingerVectors = readTestData<WebFingerVectors>("webfinger.json");

/** The request line's target of a vector's raw HTTP request, e.g. `/.well-known/webfinger?resource=…`. */
export function requestTarget(rawRequest: string): { readonly target: string; readonly host: string } {
  const [requestLine = "", ...headerLines] = rawRequest.split("\n");
  const target = requestLine.split(" ")[1] ?? "";
  const host =
    headerLines
      .find((line) => /^host:/i.test(line))
      ?.slice(5)
      .trim() ?? "";
  return { target, host };
}

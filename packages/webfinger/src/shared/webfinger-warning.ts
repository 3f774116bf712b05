import type { Warning } from "@fedikit/core";

/**
 * What a {@link WebFingerWarning} is about.
 *
 * - `link_skipped`: a malformed link of a JRD or XRD was left out (Mastodon skips it too); the
 *   rest of the document was used.
 * - `lenient_media_type`: a JRD was served as `text/plain` or `application/octet-stream` (static
 *   hosting of a "own domain" handle) and was read because its body is a valid JRD.
 */
export type WebFingerWarningCode = "link_skipped" | "lenient_media_type";

/** Something a parser or lookup accepted with a remark, inside a successful `Result`. */
export interface WebFingerWarning extends Warning {
  /** What it is about. */
  readonly code: WebFingerWarningCode;
  /** Where it was: a JSON path (`links[2]`) or the URL of the document. */
  readonly where: string;
}

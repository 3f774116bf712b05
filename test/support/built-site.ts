import { existsSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "../../scripts/lib/workspace.js";

/** Where `pnpm run docs` writes the API site. */
export const siteDirectory: string = join(repositoryRoot, "docs", "api");

/** CI (`.ci/run` sets `CI=true`) must run every check; elsewhere a missing tool skips one. */
export const inCi: boolean = process.env.CI === "true" || process.env.CI === "1";

/**
 * Whether a check that needs something outside Node (a built site, Chromium) can run: outside
 * CI a missing prerequisite skips the check with one printed line saying why; in CI it fails.
 */
export function prerequisite(missing: string | undefined): { skip: boolean; reason: string | undefined } {
  if (missing === undefined) return { skip: false, reason: undefined };
  if (inCi) return { skip: false, reason: missing };
  process.stdout.write(`skipped: ${missing}\n`);
  return { skip: true, reason: missing };
}

/** Why the site checks cannot run, or undefined when the site is built. */
export function siteMissing(): string | undefined {
  return existsSync(join(siteDirectory, "index.html"))
    ? undefined
    : "the API site is not built (docs/api/index.html is missing): run `pnpm run docs` first";
}

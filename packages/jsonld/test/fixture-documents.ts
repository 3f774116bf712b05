import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The vendored real-world documents (test/data/fixtures), by path relative to that folder. */
export const fixturesRoot: string = join(import.meta.dirname, "data/fixtures");

/** Every vendored fixture that parses as a JSON object, with its path. */
export function fixtureDocuments(): { readonly name: string; readonly document: Record<string, unknown> }[] {
  const found: { name: string; document: Record<string, unknown> }[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(readFileSync(path, "utf8"));
        } catch {
          continue;
        }
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
          found.push({ name: relative(fixturesRoot, path), document: parsed as Record<string, unknown> });
        }
      }
    }
  };
  walk(fixturesRoot);
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** One vendored fixture, parsed. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(fixturesRoot, name), "utf8")) as Record<string, unknown>;
}

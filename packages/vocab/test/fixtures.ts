import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The folder of the vendored real-world documents. */
export const fixturesDir = join(import.meta.dirname, "data", "fixtures");

/** Every vendored fixture, by path relative to {@link fixturesDir}. */
export function fixtureFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".json")) files.push(relative(fixturesDir, path));
    }
  };
  walk(fixturesDir);
  return files;
}

/** Reads a fixture as JSON. */
export function readFixture(file: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, file), "utf8"));
}

/**
 * What a fixture must parse into: its type, the JSON Pointers of the values a lenient parse
 * drops (and a strict parse rejects the document for), and of the known properties written as
 * IRIs that a parse remarks on (`unnormalized_property`), with a note saying why.
 */
export interface Expectation {
  readonly file: string;
  readonly type: string;
  readonly warnings?: readonly string[];
  readonly notices?: readonly string[];
  readonly note?: string;
}

/** The expectations of `test/data/expected.json`. */
export function expectations(): Expectation[] {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, "data", "expected.json"), "utf8"),
  ) as Expectation[];
}

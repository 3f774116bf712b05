import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages, repositoryRoot } from "../scripts/lib/workspace.js";
import { prerequisite, siteDirectory, siteMissing } from "./support/built-site.js";

/**
 * The API site (`pnpm run docs`): every exported entry point is documented, "Defined in" links
 * open the right file and line on GitHub, and only published declarations appear.
 */

const sourceLinkPrefix = "https://github.com/fedikit/fedikit/blob/main/";

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(folder, file));
}

describe("the API site's entry points", () => {
  it("document every entry point of every published package's exports map", () => {
    for (const pkg of publishedPackages()) {
      const ownConfig = join(pkg.dir, "typedoc.json");
      const documented: string[] = existsSync(ownConfig)
        ? (JSON.parse(readFileSync(ownConfig, "utf8")) as { entryPoints: string[] }).entryPoints
        : ["src/index.ts"];
      const exported = pkg.entries.map((entry) => relative(pkg.dir, entry.source));
      expect(
        [...documented].sort(),
        `${pkg.name}: a package with several entry points lists them in its typedoc.json`,
      ).toEqual([...exported].sort());
    }
  });
});

const { skip, reason } = prerequisite(siteMissing());

describe.skipIf(skip)("the built API site", () => {
  const pages = reason === undefined ? htmlFiles(siteDirectory) : [];
  const links = new Map<string, string>(); // href -> first page it is on
  for (const page of pages) {
    for (const match of readFileSync(page, "utf8").matchAll(
      /href="(https:\/\/github\.com\/fedikit\/[^"]+)"/g,
    )) {
      if (!links.has(match[1]!)) links.set(match[1]!, relative(siteDirectory, page));
    }
  }

  it("exists (CI builds it before the tests)", () => {
    expect(reason).toBeUndefined();
    expect(pages.length).toBeGreaterThan(0);
  });

  it("links every declaration to its file and line under packages/<name>/src on GitHub", () => {
    expect(links.size).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const [href, page] of links) {
      const match =
        /^https:\/\/github\.com\/fedikit\/fedikit\/blob\/main\/(packages\/[^/]+\/src\/[^#]+)#L(\d+)$/.exec(
          href,
        );
      if (!href.startsWith(sourceLinkPrefix)) continue; // the repository link in the header
      if (match === null) {
        wrong.push(`${page}: ${href} is not a line of a file under packages/<name>/src`);
        continue;
      }
      const file = join(repositoryRoot, match[1]!);
      if (!existsSync(file) || !statSync(file).isFile()) {
        wrong.push(`${page}: ${href} names a file that does not exist`);
        continue;
      }
      const lines = readFileSync(file, "utf8").split("\n").length;
      if (Number(match[2]) > lines)
        wrong.push(`${page}: ${href} is past the end of the file (${lines} lines)`);
    }
    expect(wrong).toEqual([]);
  });

  it("links a sample of declarations to the line that declares them", () => {
    // One class, one function and one interface page of core: the first "Defined in" of each
    // page is the declaration itself.
    const samples = [
      { title: "Class FedikitError", declaration: /export class FedikitError\b/ },
      { title: "Function failure", declaration: /export function failure\b/ },
      { title: "Interface TtlCacheOptions", declaration: /export interface TtlCacheOptions\b/ },
    ];
    for (const { title, declaration } of samples) {
      const page = pages.find((file) => readFileSync(file, "utf8").includes(`<h1>${title}`));
      expect(page, title).toBeDefined();
      const href = /Defined in <a href="([^"]+)"/.exec(readFileSync(page!, "utf8"))?.[1];
      const match = /blob\/main\/([^#]+)#L(\d+)$/.exec(href ?? "");
      expect(match, `${title}: ${href}`).not.toBeNull();
      const lines = readFileSync(join(repositoryRoot, match![1]!), "utf8").split("\n");
      expect(lines[Number(match![2]) - 1], `${title}: ${href}`).toMatch(declaration);
    }
  });

  it("stays light enough to browse and host: no page over 1 MB, the whole site under 25 MB", () => {
    // Before typedoc-lean-site.js every vocab actor page repeated ~150 inherited members
    // (460 KB each) and the site was 57 MB; it is about 10 MB now.
    const sizes = readdirSync(siteDirectory, { recursive: true, encoding: "utf8" })
      .map((file) => join(siteDirectory, file))
      .filter((file) => statSync(file).isFile())
      .map((file) => ({ file: relative(siteDirectory, file), bytes: statSync(file).size }));
    expect(sizes.filter(({ file, bytes }) => file.endsWith(".html") && bytes > 1_000_000)).toEqual([]);
    expect(sizes.reduce((sum, { bytes }) => sum + bytes, 0)).toBeLessThan(25_000_000);
  });

  it("shows no declaration from tests, benchmarks or node_modules", () => {
    const leaked = pages.flatMap((page) =>
      [...readFileSync(page, "utf8").matchAll(/Defined in <a[^>]*>([^<]+)<\/a>|Defined in ([^<]+)</g)]
        .map((match) => (match[1] ?? match[2])!)
        .filter((place) => /node_modules|\/test\/|\.test\.ts|\.bench\.ts|\.generated\.ts.*test/.test(place))
        .map((place) => `${relative(siteDirectory, page)}: ${place}`),
    );
    expect(leaked).toEqual([]);
  });
});

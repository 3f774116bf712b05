import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedPackages, repositoryRoot } from "../scripts/lib/workspace.js";
import { prerequisite, siteDirectory, siteMissing } from "./support/built-site.js";
import { type StaticSiteServer, serveStaticSite } from "./support/static-site-server.js";

/**
 * Opens the built API site in headless Chromium (Debian's `chromium`, driven by playwright-core):
 * the index, each package's page and a guide render without console errors, and the links on
 * them that stay inside the site resolve. The site is served over HTTP on 127.0.0.1, as a host
 * would serve it. A screenshot of the index is kept in
 * `.ci/.cache/artifacts/`. Outside CI, no Chromium or no built site skips this with one line.
 */

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = chromiumPath();
const { skip, reason } = prerequisite(
  siteMissing() ??
    (executablePath === undefined ? "Chromium is not installed (`apt-get install chromium`)" : undefined),
);

/** The page of each published package: the module page titled with the package's name. */
function packagePages(): Map<string, string> {
  const modules = join(siteDirectory, "modules");
  const files = existsSync(modules) ? readdirSync(modules).filter((file) => file.endsWith(".html")) : [];
  const titles = new Map(
    files.map((file) => [
      file,
      /<h1>(?:Module|Package) ([^<]+?)(?: - v[^<]*)?<\/h1>/.exec(
        readFileSync(join(modules, file), "utf8"),
      )?.[1],
    ]),
  );
  const pages = new Map<string, string>();
  for (const pkg of publishedPackages()) {
    // A package with several entry points also has a module page per entry (`@fedikit/vocab`
    // inside `@fedikit/vocab`): the package's own page has the shortest name.
    const file = files
      .filter((candidate) => titles.get(candidate) === pkg.name)
      .sort((a, b) => a.length - b.length)[0];
    if (file !== undefined) pages.set(pkg.name, join(modules, file));
  }
  return pages;
}

function guidePage(): string | undefined {
  const documents = join(siteDirectory, "documents");
  if (!existsSync(documents)) return undefined;
  const file = readdirSync(documents).find((name) => name.endsWith(".html"));
  return file === undefined ? undefined : join(documents, file);
}

describe.skipIf(skip)("the API site in Chromium", () => {
  let browser: Browser;
  let server: StaticSiteServer;
  beforeAll(async () => {
    if (reason !== undefined) throw new Error(`CI=true and ${reason}`);
    server = await serveStaticSite(siteDirectory);
    browser = await chromium.launch({
      ...(executablePath === undefined ? {} : { executablePath }),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(file: string, screenshot?: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      // A failed load is reported below with its URL.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        errors.push(message.text());
      }
    });
    page.on("response", (response) => {
      // Chromium asks every site for /favicon.ico; the site has none, which is not an error of its pages.
      if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") {
        errors.push(`${response.status()} for ${response.url()}`);
      }
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    const url = `${server.origin}/${relative(siteDirectory, file).split("\\").join("/")}`;
    await page.goto(url, { waitUntil: "load" });
    // typedoc fills the navigation from a script after load.
    await page.waitForSelector(".tsd-navigation a, #tsd-nav-container a", { timeout: 15_000 });
    const title = (await page.locator("h1").first().textContent())?.trim() ?? "";
    const hrefs = await page.$$eval("a[href]", (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: false });
    await page.close();
    const internal = [...new Set(hrefs.filter((href) => href.startsWith(`${server.origin}/`)))];
    const targets = [...new Set(internal.map((href) => href.split("#")[0]!))];
    const statuses = await Promise.all(
      targets.map(async (target) => {
        const response = await fetch(target, { method: "HEAD" });
        return response.ok ? undefined : `${target} (${response.status})`;
      }),
    );
    return { title, errors, broken: statuses.filter((status) => status !== undefined) };
  }

  it("renders the index with the README, with no console error and no broken link", async () => {
    const artifacts = join(repositoryRoot, ".ci", ".cache", "artifacts");
    mkdirSync(artifacts, { recursive: true });
    const result = await open(join(siteDirectory, "index.html"), join(artifacts, "api-site-index.png"));
    expect(result.title).toBe("Fedikit");
    expect(result.errors).toEqual([]);
    expect(result.broken).toEqual([]);
    expect(existsSync(join(artifacts, "api-site-index.png"))).toBe(true);
  }, 120_000);

  it("renders each package's page, its README, with no console error and no broken link", async () => {
    const pages = packagePages();
    expect([...pages.keys()]).toEqual(publishedPackages().map((pkg) => pkg.name));
    for (const pkg of publishedPackages()) {
      const { name } = pkg;
      const file = pages.get(name)!;
      const result = await open(file);
      expect(result.title, file).toContain(name);
      expect(result.errors, name).toEqual([]);
      expect(result.broken, name).toEqual([]);
      // The package page is its README: its first heading is on the page.
      const readme = readFileSync(join(pkg.dir, "README.md"), "utf8");
      const heading = /^# (.+)$/m.exec(readme)?.[1];
      expect(readFileSync(file, "utf8"), `${name}: README`).toContain(heading ?? name);
    }
  }, 300_000);

  it("renders a guide with no console error and no broken link", async () => {
    const guide = guidePage();
    expect(guide, "docs/api/documents/ has no guide page").toBeDefined();
    const result = await open(guide!);
    expect(result.title.length).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
    expect(result.broken).toEqual([]);
  }, 120_000);
});

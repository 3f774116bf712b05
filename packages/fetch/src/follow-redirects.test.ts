import { expectImportChangesNoGlobal } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { FetchError } from "./fetch-error.js";
import { fetchFollowingRedirects } from "./follow-redirects.js";

/** A fetch over a table of URL → response; records what was asked and with which init. */
function tableFetch(table: Record<string, () => Response>) {
  const asked: { url: string; redirect: RequestRedirect | undefined }[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    asked.push({ url, redirect: init?.redirect });
    const make = Object.hasOwn(table, url) ? table[url] : undefined;
    return make ? make() : new Response("missing", { status: 404 });
  };
  return { asked, fetch };
}

const redirect =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });
const ok =
  (body = "ok") =>
  () =>
    new Response(body);

describe("fetchFollowingRedirects", () => {
  it("follows a chain with redirect: manual on every hop and reports where it ended", async () => {
    const { asked, fetch } = tableFetch({
      "https://a.example/1": redirect("/2", 301),
      "https://a.example/2": redirect("https://b.example/3", 307),
      "https://b.example/3": ok("done"),
    });
    const followed = await fetchFollowingRedirects("https://a.example/1", {}, { fetch });
    expect(await followed.response.text()).toBe("done");
    expect(followed.url).toBe("https://b.example/3");
    expect(followed.redirects).toBe(2);
    expect(asked).toEqual([
      { url: "https://a.example/1", redirect: "manual" },
      { url: "https://a.example/2", redirect: "manual" },
      { url: "https://b.example/3", redirect: "manual" },
    ]);
  });

  it("never requests a plain http: hop when httpsOnly is set", async () => {
    const { asked, fetch } = tableFetch({
      "https://a.example/1": redirect("http://a.example/2"),
      "http://a.example/2": ok(),
    });
    const error = await fetchFollowingRedirects("https://a.example/1", {}, { fetch, httpsOnly: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: "bad_scheme", url: "http://a.example/2" });
    expect((error as Error).message).toMatch(/httpsOnly: false allows http:/);
    expect(asked.map((entry) => entry.url)).toEqual(["https://a.example/1"]);
    // Without httpsOnly the same chain is followed.
    const followed = await fetchFollowingRedirects("https://a.example/1", {}, { fetch });
    expect(followed.url).toBe("http://a.example/2");
  });

  it("refuses other schemes, first URL or hop, before requesting them", async () => {
    const { asked, fetch } = tableFetch({ "https://a.example/1": redirect("data:,hello") });
    await expect(fetchFollowingRedirects("ftp://a.example/x", {}, { fetch })).rejects.toMatchObject({
      code: "bad_scheme",
    });
    await expect(fetchFollowingRedirects("https://a.example/1", {}, { fetch })).rejects.toMatchObject({
      code: "bad_scheme",
      url: "data:",
    });
    await expect(fetchFollowingRedirects("not a url", {}, { fetch })).rejects.toMatchObject({
      code: "bad_scheme",
    });
    expect(asked.map((entry) => entry.url)).toEqual(["https://a.example/1"]);
  });

  it("follows at most maxRedirects, none with 0", async () => {
    const table: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++) table[`https://a.example/${i}`] = redirect(`/${i + 1}`);
    const { asked, fetch } = tableFetch(table);
    await expect(fetchFollowingRedirects("https://a.example/0", {}, { fetch })).rejects.toMatchObject({
      code: "too_many_redirects",
      message: expect.stringMatching(/More than 5 redirects; raise maxRedirects/),
    });
    expect(asked).toHaveLength(6);
    await expect(
      fetchFollowingRedirects("https://a.example/0", {}, { fetch, maxRedirects: 0 }),
    ).rejects.toMatchObject({ code: "too_many_redirects" });
    const short = tableFetch({ "https://a.example/0": redirect("/1"), "https://a.example/1": ok() });
    expect(
      (await fetchFollowingRedirects("https://a.example/0", {}, { fetch: short.fetch, maxRedirects: 1 }))
        .redirects,
    ).toBe(1);
  });

  it("gives bad_scheme for a Location that is not a URL, and a redirect status without Location is final", async () => {
    const { fetch } = tableFetch({
      "https://a.example/1": redirect("https://["),
      "https://a.example/2": () => new Response("no location", { status: 302 }),
    });
    await expect(fetchFollowingRedirects("https://a.example/1", {}, { fetch })).rejects.toMatchObject({
      code: "bad_scheme",
      url: "https://a.example/1",
    });
    const final = await fetchFollowingRedirects("https://a.example/2", {}, { fetch });
    expect(final.response.status).toBe(302);
  });

  it("judges a fetch that followed redirects anyway by the URL it reports", async () => {
    const followingFetch = async () => {
      const response = new Response("landed");
      Object.defineProperty(response, "url", { value: "http://elsewhere.example/x" });
      return response;
    };
    await expect(
      fetchFollowingRedirects("https://a.example/1", {}, { fetch: followingFetch, httpsOnly: true }),
    ).rejects.toMatchObject({ code: "bad_scheme", url: "http://elsewhere.example/x" });
  });

  it("passes the caller's init and signal on, and what the fetch throws as it is", async () => {
    const seen: RequestInit[] = [];
    const controller = new AbortController();
    const failing = async (_input: string | URL | Request, init?: RequestInit) => {
      seen.push(init ?? {});
      throw new TypeError("fetch failed");
    };
    await expect(
      fetchFollowingRedirects(
        "https://a.example/",
        { headers: { accept: "x/y" } },
        {
          fetch: failing,
          signal: controller.signal,
        },
      ),
    ).rejects.toThrow(TypeError);
    expect(seen[0]).toMatchObject({
      headers: { accept: "x/y" },
      redirect: "manual",
      signal: controller.signal,
    });
  });

  it("names maxRedirects when it is out of range", async () => {
    await expect(fetchFollowingRedirects("https://a.example/", {}, { maxRedirects: -1 })).rejects.toThrow(
      /maxRedirects/,
    );
  });

  it("is exported without touching globals", async () => {
    const module = await expectImportChangesNoGlobal(() => import("./index.js"));
    expect(typeof module.fetchFollowingRedirects).toBe("function");
  });
});

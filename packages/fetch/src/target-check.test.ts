import { describe, expect, it } from "vitest";
import { createAddressGuard } from "./address-guard.js";
import { isFetchError } from "./fetch-error.js";
import { checkTarget, isLocalhostName } from "./target-check.js";

const guard = createAddressGuard();

function outcome(url: string, httpsOnly = false): string {
  try {
    checkTarget(new URL(url), guard, httpsOnly);
    return "allowed";
  } catch (error) {
    return isFetchError(error) ? error.code : "threw something else";
  }
}

describe("checkTarget: hosts in every notation URL parsers accept", () => {
  it.each([
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.1/",
    "http://0x7F.0x0.0x0.0x1/",
    "http://0177.0.0.1/",
    "http://0177.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://127.0.1/",
    "http://127.0.0.1./",
    "http://0/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://[::1]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://１２７.０.０.１/",
    "http://169.254.169.254/latest/meta-data/",
    "http://0xa9fea9fe/",
    "http://2852039166/",
    "http://10.1/",
    "http://3232235777/",
    "http://0300.0250.0.1/",
    "http://0xc0.0xa8.0x01.0x01/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://user:secret@127.0.0.1/",
    "https://127.0.0.1:8443/",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://foo.localhost/",
    "http://a.b.localhost./",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
  ])("%s is refused before connecting", (url) => {
    expect(outcome(url)).toBe("ssrf_blocked");
  });

  it.each([
    "https://8.8.8.8/",
    "http://93.184.216.34/",
    "https://[2606:4700:4700::1111]/",
    "https://mastodon.social/",
  ])("%s passes the pre-connection check", (url) => {
    expect(outcome(url)).toBe("allowed");
  });

  it.each([
    "file:///etc/passwd",
    "ftp://example.com/",
    "gopher://example.com/",
    "data:text/plain,hi",
    "ws://example.com/",
  ])("%s is not http(s)", (url) => {
    expect(outcome(url)).toBe("bad_scheme");
  });

  it("refuses http: when httpsOnly is set", () => {
    expect(outcome("http://example.com/", true)).toBe("bad_scheme");
    expect(outcome("https://example.com/", true)).toBe("allowed");
  });

  it("says which rule refused a scheme", () => {
    expect(() => checkTarget(new URL("ftp://example.com/"), guard, false)).toThrow(
      "Only http: and https: URLs can be fetched, not ftp: (ftp://example.com/)",
    );
    expect(() => checkTarget(new URL("http://example.com/"), guard, true)).toThrow(
      "Only https: URLs are allowed (httpsOnly is set on createSafeFetch or for this request) (http://example.com/)",
    );
  });

  it("names localhost and the address to allow for it", () => {
    expect(() => checkTarget(new URL("http://api.localhost/"), guard, false)).toThrow(
      /^Refused to connect to api\.localhost: it is a loopback address.*allowedPrivateAddresses: \["127\.0\.0\.1"\]/,
    );
  });

  it("lets localhost names and IP literals through a guard that allows them", () => {
    const open = createAddressGuard({ allowedPrivateAddresses: ["127.0.0.1", "::1"] });
    expect(() => checkTarget(new URL("http://localhost/"), open, false)).not.toThrow();
    expect(() => checkTarget(new URL("http://[::1]/"), open, false)).not.toThrow();
    expect(() => checkTarget(new URL("http://[::2]/"), open, false)).toThrow(/\[::2\]|::2/);
  });

  it("names the URL and the way out in the message", () => {
    try {
      checkTarget(new URL("http://2130706433/x"), guard, false);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain("http://127.0.0.1/x");
      expect(String(error)).toContain("loopback");
      // The fix: the options of createSafeFetch that open this address, with the address.
      expect(String(error)).toContain('createSafeFetch({ allowedPrivateAddresses: ["127.0.0.1"] })');
      expect(String(error)).toContain("allowPrivateAddress: true");
    }
  });
});

describe("isLocalhostName", () => {
  it("matches localhost and its subdomains only", () => {
    expect(isLocalhostName("localhost")).toBe(true);
    expect(isLocalhostName("Foo.LocalHost.")).toBe(true);
    expect(isLocalhostName("localhost.example")).toBe(false);
    expect(isLocalhostName("notlocalhost")).toBe(false);
    expect(isLocalhostName("localhost..")).toBe(false);
    expect(isLocalhostName(".localhost")).toBe(true);
    expect(isLocalhostName("localhostx")).toBe(false);
    expect(isLocalhostName("x.localhost.x")).toBe(false);
  });
});

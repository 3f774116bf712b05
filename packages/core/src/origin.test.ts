import { describe, expect, it } from "vitest";
import { httpOrigin, mayClaimId, sameOrigin } from "./origin.js";

describe("origins", () => {
  it("compares scheme, host and port", () => {
    expect(sameOrigin("https://a.example/x", "https://A.EXAMPLE:443/y?z")).toBe(true);
    expect(sameOrigin("https://a.example/x", "http://a.example/x")).toBe(false);
    expect(sameOrigin("https://a.example/x", "https://a.example:8443/x")).toBe(false);
    expect(sameOrigin("https://a.example/x", "https://b.a.example/x")).toBe(false);
    expect(sameOrigin("https://xn--mnchen-3ya.example/", "https://münchen.example/")).toBe(true);
  });

  it("refuses anything that is not an absolute http(s) URL", () => {
    expect(httpOrigin("/relative")).toBeNull();
    expect(httpOrigin("mailto:a@b.example")).toBeNull();
    expect(httpOrigin("https://[")).toBeNull();
    expect(sameOrigin("data:,x", "data:,x")).toBe(false);
    expect(httpOrigin(new URL("https://a.example/p"))).toBe("https://a.example");
  });

  it("a document may claim only an id on the origin it was served from", () => {
    expect(mayClaimId("https://victim.example/users/alice", "https://victim.example/users/alice")).toBe(true);
    // An open redirect on the victim's host that lands on the attacker's host.
    expect(mayClaimId("https://victim.example/users/alice", "https://evil.example/alice.json")).toBe(false);
    expect(mayClaimId(undefined, "https://a.example/")).toBe(false);
    expect(mayClaimId({ id: "x" }, "https://a.example/")).toBe(false);
  });
});

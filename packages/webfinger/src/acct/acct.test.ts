import { describe, expect, it } from "vitest";
import { acctAuthority, formatHostAndPort, sameAcct } from "./acct.js";

describe("acctAuthority", () => {
  it("is the host, with the port when there is one", () => {
    expect(acctAuthority({ user: "a", host: "example.com" })).toBe("example.com");
    expect(acctAuthority({ user: "a", host: "example.com", port: 8443 })).toBe("example.com:8443");
    expect(acctAuthority({ user: "a", host: "[::1]", port: 3000 })).toBe("[::1]:3000");
  });
});

describe("sameAcct", () => {
  const alice = { user: "Alice", host: "example.com", port: undefined };

  it("compares user parts without case by default, as Mastodon does", () => {
    expect(sameAcct(alice, { user: "alice", host: "example.com" })).toBe(true);
    expect(sameAcct(alice, { user: "ALICE", host: "example.com", port: undefined })).toBe(true);
  });

  it("compares them with case when asked", () => {
    expect(sameAcct(alice, { user: "alice", host: "example.com" }, { caseSensitiveUser: true })).toBe(false);
    expect(sameAcct(alice, { user: "Alice", host: "example.com" }, { caseSensitiveUser: true })).toBe(true);
  });

  it("tells hosts and ports apart", () => {
    expect(sameAcct(alice, { user: "Alice", host: "example.org" })).toBe(false);
    expect(sameAcct(alice, { user: "Alice", host: "example.com", port: 443 })).toBe(false);
    expect(sameAcct({ ...alice, port: 80 }, { user: "alice", host: "example.com", port: 80 })).toBe(true);
  });

  it("tells different users apart", () => {
    expect(sameAcct(alice, { user: "bob", host: "example.com" })).toBe(false);
  });
});

describe("formatHostAndPort", () => {
  it("writes host:port, or the host alone without a port", () => {
    expect(formatHostAndPort({ host: "example.com", port: 80 })).toBe("example.com:80");
    expect(formatHostAndPort({ host: "example.com", port: undefined })).toBe("example.com");
    expect(formatHostAndPort({ host: "[::1]" })).toBe("[::1]");
  });
});

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

describe("signing and verifying on this Node", () => {
  it("uses no deprecated node:crypto call, with every kind of key (pending deprecations included)", () => {
    const child = spawnSync(
      process.execPath,
      [
        "--pending-deprecation",
        "--throw-deprecation",
        // Workspace packages resolve to their TypeScript sources, as in vitest.
        "--conditions=@fedikit/source",
        "--import",
        "tsx",
        "test/support/deprecation-probe.ts",
      ],
      { cwd: packageRoot, encoding: "utf8", timeout: 60_000 },
    );
    expect(child.stderr).not.toContain("DeprecationWarning");
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toBe("signed and verified with every key kind\n");
  });
});

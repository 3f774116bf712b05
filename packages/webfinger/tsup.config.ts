import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.config.base.js";

// Two entries: the main one needs no Node API (browsers, edge runtimes); the client uses @fedikit/fetch.
export default defineConfig(
  packageBuild(import.meta.dirname, { index: "src/index.ts", client: "src/client/index.ts" }),
);

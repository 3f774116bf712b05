import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.config.base.js";

export default defineConfig(
  packageBuild(import.meta.dirname, { index: "src/index.ts", codegen: "src/codegen/index.ts" }),
);

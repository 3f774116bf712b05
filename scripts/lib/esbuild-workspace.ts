import { build, type Plugin } from "esbuild";
import { workspacePackages } from "./workspace.js";

/**
 * An esbuild plugin that resolves `@fedikit/*` imports inside their own package (a
 * self-reference), so that with the `@fedikit/source` condition they bundle from TypeScript
 * sources without the packages being installed at the importer's location.
 */
export function workspaceSourcesPlugin(): Plugin {
  const packages = workspacePackages();
  return {
    name: "fedikit-workspace-sources",
    setup(context) {
      context.onResolve({ filter: /^@fedikit\// }, async (args) => {
        if (args.pluginData === "self") return undefined;
        const owner = packages.find((pkg) => args.path === pkg.name || args.path.startsWith(`${pkg.name}/`));
        if (owner === undefined) return undefined;
        return context.resolve(args.path, { kind: args.kind, resolveDir: owner.dir, pluginData: "self" });
      });
    },
  };
}

/**
 * Bundles one TypeScript entry for the browser (`platform: "browser"`, from sources); resolves to
 * esbuild's error messages, empty when it bundles.
 */
export async function browserBundleErrors(source: string, version: string): Promise<string[]> {
  try {
    const result = await build({
      entryPoints: [source],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["@fedikit/source", "browser"],
      define: { __FEDIKIT_VERSION__: JSON.stringify(version) },
      plugins: [workspaceSourcesPlugin()],
      logLevel: "silent",
    });
    return result.errors.map((error) => error.text);
  } catch (error) {
    const failure = error as { errors?: { text: string; location?: { file: string } | null }[] };
    return (failure.errors ?? [{ text: String(error) }]).map(
      (message) => `${message.location?.file ?? ""}: ${message.text}`,
    );
  }
}

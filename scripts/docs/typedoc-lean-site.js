// @ts-check
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Converter, ReferenceType, ReflectionKind } from "typedoc";

const root = join(import.meta.dirname, "..", "..");

/**
 * The import specifier of every entry point, by the name typedoc gives its module when paths
 * are shown from the repository root (`packages/vocab/src/codegen` -> `@fedikit/vocab/codegen`).
 *
 * @returns {Map<string, string>}
 */
function specifiersByModuleName() {
  const names = new Map();
  for (const folder of readdirSync(join(root, "packages"))) {
    const manifestFile = join(root, "packages", folder, "package.json");
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = target?.["@fedikit/source"];
      if (typeof source !== "string") continue;
      const name = `packages/${folder}/${source.replace(/^\.\//, "")}`.replace(/(\/index)?\.ts$/, "");
      names.set(name, subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`);
    }
  }
  return names;
}

/**
 * A typedoc plugin for a site light enough to browse and host: an interface page lists the
 * members the interface declares and links to the interfaces it extends for the rest, instead of
 * repeating every inherited member (vocab's actor types inherit some 150 properties each from
 * `ASObjectProperties`, which made each actor page about 460 KB). Members inherited from the
 * platform (`Error.message`, `Map.get`) are dropped from classes too: their "Defined in" would
 * point into TypeScript's own lib files.
 *
 * Source links are rooted at the repository (`displayBasePath` in typedoc.config.js), which
 * makes typedoc name a package's entry modules by path (`packages/vocab/src/codegen`); they are
 * renamed to what a user imports (`@fedikit/vocab/codegen`).
 *
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  const specifiers = specifiersByModuleName();
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const specifier = specifiers.get(module.name);
      if (specifier !== undefined) module.name = specifier;
    }
    /** @type {Map<number, import("typedoc").Reflection>} removed member id -> the member it copies */
    const original = new Map();
    /** @param {import("typedoc").DeclarationReflection | import("typedoc").SignatureReflection} reflection */
    const declaringMember = (reflection) => {
      let current = reflection;
      for (let depth = 0; depth < 64; depth++) {
        const next = current.inheritedFrom?.reflection;
        if (!next || !("inheritedFrom" in next)) break;
        current = /** @type {typeof reflection} */ (next);
      }
      return current;
    };
    for (const owner of project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.Class)) {
      if (!("children" in owner) || !owner.children) continue;
      for (const member of [...owner.children]) {
        if (!member.inheritedFrom) continue;
        const external = (member.sources ?? []).every((source) =>
          source.fullFileName.includes("/node_modules/"),
        );
        if (!owner.kindOf(ReflectionKind.Interface) && !external) continue;
        original.set(member.id, declaringMember(member));
        for (const signature of member.getAllSignatures())
          original.set(signature.id, declaringMember(signature));
        project.removeReflection(member);
      }
    }
    // Members that still point at a removed copy (an override of an inherited member) point at
    // the declaration it copied instead.
    for (const reflection of Object.values(project.reflections)) {
      for (const field of /** @type {const} */ (["inheritedFrom", "overwrites", "implementationOf"])) {
        if (!(field in reflection)) continue;
        const reference = /** @type {ReferenceType | undefined} */ (/** @type {any} */ (reflection)[field]);
        if (!(reference instanceof ReferenceType) || reference.reflection) continue;
        const target = original.get(/** @type {any} */ (reference)._target);
        /** @type {any} */ (reflection)[field] =
          target && project.getReflectionById(target.id)
            ? ReferenceType.createResolvedReference(reference.name, target, project)
            : undefined;
      }
    }
  });
}

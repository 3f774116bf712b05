/** What this package uses of jsonld.js (typed here: the published types describe version 1). */
export interface JsonLdModule {
  expand(input: unknown, options: Record<string, unknown>): Promise<unknown[]>;
  compact(
    input: unknown,
    context: unknown,
    options: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
}

let loading: Promise<JsonLdModule> | undefined;

/**
 * jsonld.js, imported on first use from its package main (`lib/index.js`, never the polyfilled
 * `dist` bundle, which replaces globals), so that importing this package costs nothing and the
 * fast path never loads it. The one module-level value: the import itself.
 */
export function loadJsonLd(): Promise<JsonLdModule> {
  loading ??= import("jsonld").then((module) => {
    const namespace = module as unknown as { default?: JsonLdModule } & JsonLdModule;
    return namespace.default ?? namespace;
  });
  return loading;
}

// jsonld.js ships no types of its own; this package types the few functions it calls in
// jsonld-module.ts.
declare module "jsonld";

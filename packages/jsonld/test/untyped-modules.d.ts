// rdf-canonize ships no types; the W3C test calls it directly as the baseline.
declare module "rdf-canonize";

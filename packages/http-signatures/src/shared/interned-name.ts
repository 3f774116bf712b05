/**
 * The usual covered component and header names as this module's own string literals, which V8
 * has interned; other names come back as they are. Parsers build names out of header text, and
 * the verifier then compares and looks each up several times per request: with interned strings
 * those are pointer comparisons and cached hashes.
 */
export function internedName(name: string): string {
  switch (name) {
    case "(request-target)":
      return "(request-target)";
    case "(created)":
      return "(created)";
    case "(expires)":
      return "(expires)";
    case "@method":
      return "@method";
    case "@target-uri":
      return "@target-uri";
    case "@authority":
      return "@authority";
    case "@scheme":
      return "@scheme";
    case "@request-target":
      return "@request-target";
    case "@path":
      return "@path";
    case "@query":
      return "@query";
    case "@query-param":
      return "@query-param";
    case "@status":
      return "@status";
    case "host":
      return "host";
    case "date":
      return "date";
    case "digest":
      return "digest";
    case "content-digest":
      return "content-digest";
    case "content-type":
      return "content-type";
    case "content-length":
      return "content-length";
    case "accept":
      return "accept";
    default:
      return name;
  }
}

/** The full IRI of the special public collection: addressing an object to it makes it public. */
export const PUBLIC_COLLECTION = "https://www.w3.org/ns/activitystreams#Public";

/**
 * Whether an IRI denotes the public collection in any of the forms real servers send: the full
 * IRI, the compact `as:Public`, or the bare term `Public`.
 */
export function isPublicCollection(iri: unknown): boolean {
  return iri === PUBLIC_COLLECTION || iri === "as:Public" || iri === "Public";
}

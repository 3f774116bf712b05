import { type InnerList, parseDictionary } from "structured-headers";
import { componentFromItem } from "../../src/rfc9421/component-identifier.js";
import { createSignatureBase } from "../../src/rfc9421/signature-base.js";
import { KNOWN_STRUCTURED_FIELDS } from "../../src/rfc9421/structured-field-types.js";
import { headerReader } from "../../src/shared/message.js";
import { requestView } from "../../src/shared/message-view.js";

/** Computes the signature base our code builds for one label of a Signature-Input value. */
export function signatureBaseFor(
  signatureInput: string,
  label: string,
  message: { request?: Request; response?: Response },
): string {
  const member = parseDictionary(signatureInput).get(label) as InnerList;
  const components = member[0].map((item) => componentFromItem(item)!);
  const result = createSignatureBase(components, member[1], {
    request: message.request ? requestView(message.request) : null,
    response: message.response
      ? { status: message.response.status, headers: headerReader(message.response.headers) }
      : null,
    structuredFields: KNOWN_STRUCTURED_FIELDS,
  });
  if (!result.ok) throw new Error(result.message);
  return result.base;
}

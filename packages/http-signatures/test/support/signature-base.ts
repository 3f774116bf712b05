import { type InnerList, parseDictionary } from "structured-headers";
import { componentFromItem } from "../../src/rfc9421/component-identifier.js";
import { createSignatureBase } from "../../src/rfc9421/signature-base.js";
import { structuredFieldTypes } from "../../src/rfc9421/structured-field-types.js";
import { headerReader, type RequestView } from "../../src/shared/message.js";
import { requestView } from "../../src/shared/message-view.js";
import { SignatureError } from "../../src/shared/signature-error.js";

function viewOf(request: Request): RequestView {
  const view = requestView(request);
  if (view instanceof SignatureError) throw view;
  return view;
}

/** Computes the signature base our code builds for one label of a Signature-Input value. */
export function signatureBaseFor(
  signatureInput: string,
  label: string,
  message: { request?: Request; response?: Response },
): string {
  const member = parseDictionary(signatureInput).get(label) as InnerList;
  const components = member[0].map((item) => componentFromItem(item)!);
  const result = createSignatureBase(components, member[1], {
    request: message.request ? viewOf(message.request) : null,
    response: message.response
      ? { status: message.response.status, headers: headerReader(message.response.headers) }
      : null,
    structuredFields: structuredFieldTypes(undefined),
  });
  if (result instanceof SignatureError) throw result;
  return result.base;
}

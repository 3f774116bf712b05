// Types for @digitalbazaar/http-digest-header, which ships none.
declare module "@digitalbazaar/http-digest-header" {
  export function createHeaderValue(options: {
    data: string | Uint8Array | Blob | object;
    algorithm?: "sha256";
    useMultihash?: boolean;
  }): Promise<string>;
  export function verifyHeaderValue(options: {
    data: string | Uint8Array | Blob | object;
    headerValue: string;
  }): Promise<{ verified: boolean; error?: Error }>;
}

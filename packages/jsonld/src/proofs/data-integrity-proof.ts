/**
 * The Data Integrity cryptosuites FEP-8b32 proofs are made with: EdDSA over Ed25519 keys, the
 * document canonicalized with JCS (RFC 8785, what FEP-8b32 recommends and Mitra and Fedify
 * send) or with RDF canonicalization (RDFC-1.0).
 */
export type Cryptosuite = "eddsa-jcs-2022" | "eddsa-rdfc-2022";

/** The cryptosuites this package creates and verifies. */
export const cryptosuites: readonly Cryptosuite[] = Object.freeze(["eddsa-jcs-2022", "eddsa-rdfc-2022"]);

/** An object integrity proof (FEP-8b32): a `DataIntegrityProof` in an object's `proof`. */
export interface DataIntegrityProof {
  /** The object's own `@context`, repeated (written for `eddsa-jcs-2022`, as its spec asks). */
  readonly "@context"?: unknown;
  /** Always `"DataIntegrityProof"`. */
  readonly type: "DataIntegrityProof";
  /** How the proof was made. */
  readonly cryptosuite: Cryptosuite;
  /** The id of the key that signed: a Multikey in the actor's `assertionMethod` (FEP-521a). */
  readonly verificationMethod: string;
  /** Always `"assertionMethod"` (FEP-8b32). */
  readonly proofPurpose: "assertionMethod";
  /** The Ed25519 signature, base58btc multibase (`z…`). */
  readonly proofValue: string;
  /** When the proof was made, XML Schema `dateTime` (`2023-02-24T23:36:38Z`). */
  readonly created: string;
}

/** The one proof type FEP-8b32 uses. */
export const dataIntegrityProof = "DataIntegrityProof";

/** The one proof purpose FEP-8b32 allows. */
export const assertionMethod = "assertionMethod";

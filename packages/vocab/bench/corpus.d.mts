/** One corpus document: its fixture path and JSON text. */
export interface CorpusDocument {
  readonly file: string;
  readonly text: string;
}
/** Every ActivityStreams fixture, as JSON text. */
export function loadCorpus(): CorpusDocument[];
/** Median of numbers. */
export function median(values: readonly number[]): number;

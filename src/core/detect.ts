// Cheap bounce detection used by the content script on every webmail page. It must stay tiny and must
// not import the dataset: the engine and the data load only once this says "bounce".
// STUB: the engine helper implements it.
export interface BounceSignals {
  subject?: string;
  from?: string;
  /** The first few KB of the body text are enough. */
  text?: string;
}

export function looksLikeBounce(_signals: BounceSignals): boolean {
  return false;
}

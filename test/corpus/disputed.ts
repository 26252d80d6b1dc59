// Rows of the Sisimai key that the message's own words contradict. The engine keeps its answer; the
// bench lists these rows with the reason. Keyed by the LF file (CRLF/CR twins share the entry) and
// recipient index; `ours` is the reason the message's words support.
import type { Reason } from '../../src/data/schema';

export interface Dispute {
  ours: Reason;
  why: string;
}

export const DISPUTED: Record<string, Dispute> = {};

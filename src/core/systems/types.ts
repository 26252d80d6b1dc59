// A sending system (MTA or webmail) that lays out recipients and replies its own way. Each system
// contributes the patterns that find the recipients in its layout; the registry runs them all.
import type { Reason } from '../../data/schema';

export interface SendingSystem {
  id: string;
  /** Recognises bounces written by this system (used for notes and tie-breaking, not required). */
  signatures: RegExp[];
  /** Patterns with a named group `addr` marking where a recipient's part of the bounce starts.
   *  They must carry the g flag; all are linear. */
  recipientAnchors: RegExp[];
  /** Also recognised by the bounce's From or Subject header (what a webmail shows above the body). */
  headers?: RegExp[];
  /** This system's own wording for reasons, [reason, patterns] in priority order: consulted before the
   *  general rules when the system wrote the bounce (Sisimai's per-MTA tables work the same way). */
  reasons?: [Reason, RegExp[]][];
  /** Wording that makes a message this system's failure notice even when it quotes no code (a list
   *  server's loop alert): counted as a bounce signal. */
  failureNotice?: RegExp[];
}

// A sending system (MTA or webmail) that lays out recipients and replies its own way. Each system
// contributes the patterns that find the recipients in its layout; the registry runs them all.
export interface SendingSystem {
  id: string;
  /** Recognises bounces written by this system (used for notes and tie-breaking, not required). */
  signatures: RegExp[];
  /** Patterns with a named group `addr` marking where a recipient's part of the bounce starts.
   *  They must carry the g flag; all are linear. */
  recipientAnchors: RegExp[];
}

// The engine's output: what the overlay, the popup and the CLI render. Plain data, JSON-serialisable.
import type { Entry, EntryText, Party, Permanence, Reason, Reference, Retry } from '../data/schema';

export type { Party, Reason, Retry, Permanence, Reference };

/** What kind of message this is. Only bounce and delay carry failures. */
export type MessageKind = 'bounce' | 'delay' | 'autoreply' | 'complaint' | 'delivered' | 'none';

/** An entry with its class-specific words applied (5.7.1 vs 4.7.1), ready to show. */
export interface ResolvedEntry extends EntryText {
  id: string;
  kind: Entry['kind'];
  authority: string;
  /** The code this resolution is for, e.g. "550", "5.7.1", "TSS04". */
  code: string;
  reason: Reason;
  permanence: Permanence;
  references: Reference[];
  /** Provider display name for provider entries. */
  provider?: string;
  /** The reason whose variant of the entry's words was applied (see Entry.byReason). */
  variant?: Reason;
}

/** Facts read from the bounce, each only when the text states it. */
export interface Facts {
  /** The server that refused or reported (from "Remote-MTA", "said:", "Generating server", ...). */
  remoteHost?: string;
  remoteIp?: string;
  /** The server that wrote the bounce (Reporting-MTA). */
  reportingMta?: string;
  /** The organisation that refused, when named (e.g. "Google", "Microsoft"). */
  organisation?: string;
  /** The sending IP the receiver complained about. */
  sendingIp?: string;
  /** Blocklists named in the reply (e.g. "Spamhaus ZEN", "zen.spamhaus.org", "Microsoft S3150"). */
  blocklists?: string[];
  spf?: string;
  dkim?: string;
  dmarc?: string;
  /** SMTP command the refusal answered, e.g. "RCPT TO", "DATA". */
  command?: string;
  /** DSN Action field: failed, delayed, delivered, relayed, expanded. */
  action?: string;
  originalSubject?: string;
  originalDate?: string;
  /** Date the bounce was written (Arrival-Date / Last-Attempt-Date). */
  lastAttempt?: string;
  /** A complaint report's Feedback-Type (RFC 5965): abuse, fraud, virus, not-spam, other. */
  feedbackType?: string;
  /** The domain a complaint report is about (its Reported-Domain field). */
  reportedDomain?: string;
}

export interface Finding {
  /** The recipient this finding is about, lower-cased address, or null when the bounce does not say. */
  recipient: string | null;
  /** Basic reply code, e.g. "550". */
  reply: string | null;
  /** Enhanced status code, e.g. "5.7.26". */
  status: string | null;
  /** Provider token, e.g. "TSS04", "AS(201806281)". */
  token: string | null;
  /** Provider id when a provider entry matched (e.g. "google"). */
  provider: string | null;
  reason: Reason;
  permanent: boolean;
  retry: Retry;
  party: Party;
  /** The most specific matching entry. */
  entry: ResolvedEntry | null;
  /** Less specific entries that also apply: the standard meaning of the reply code and of the status. */
  related: ResolvedEntry[];
  facts: Facts;
  /** The text the finding was read from (the server's reply or diagnostic), trimmed. */
  evidence: string;
  /** True when the bounce wrote no code and `status` is the standard code for the reason (e.g. Gmail's
   *  "The email account that you tried to reach does not exist" without 550 5.1.1). */
  inferred?: boolean;
}

export interface Report {
  kind: MessageKind;
  findings: Finding[];
  /** Subject of the bounce itself when known. */
  subject?: string;
  /** Said when part of the input was skipped (too large) so the card can say so. */
  notes: string[];
}

/** What the caller knows besides the body text (the webmail shows these separately). */
export interface MessageContext {
  subject?: string;
  from?: string;
}

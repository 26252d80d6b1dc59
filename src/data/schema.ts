// The shape of every reference entry. Each data file (one per authority: an RFC family, the enhanced
// status registry, a provider or a filter) exports entries of this shape; test/data/*.test.ts checks them.

/** Sisimai 5's reason names, so the engine can be scored against its corpus. */
export const REASONS = [
  'userunknown', 'hostunknown', 'mailboxfull', 'suspend', 'hasmoved', 'notaccept', 'exceedlimit',
  'systemfull', 'rejected', 'blocked', 'badreputation', 'requireptr', 'authfailure', 'notcompliantrfc',
  'policyviolation', 'filtered', 'spamdetected', 'virusdetected', 'contenterror', 'securityerror',
  'failedstarttls', 'norelaying', 'mesgtoobig', 'syntaxerror', 'speeding', 'toomanyconn', 'suppressed',
  'expired', 'networkerror', 'systemerror', 'mailererror', 'delivered', 'vacation', 'feedback', 'onhold',
  'undefined',
] as const;
export type Reason = (typeof REASONS)[number];

/** Who has to do something about it. */
export type Party = 'sender' | 'sender-admin' | 'recipient' | 'recipient-admin';
/** Whether sending again helps: never, later by itself, or only once something was fixed. */
export type Retry = 'no' | 'later' | 'after-fix';
export type Permanence = 'success' | 'transient' | 'permanent';
/** How much the bounce says about (or costs) the sender's reputation: a full mailbox is none, a blocklisting high. */
export type Reputation = 'none' | 'low' | 'medium' | 'high';
/** For basic reply codes: where the code comes from (some codes have a standard and a folklore meaning). */
export type Standing = 'standard' | 'registry' | 'draft' | 'obsolete' | 'nonstandard';

export interface Reference {
  /** What the link is, e.g. "RFC 5321 §4.2.3" or "Google: Email sender guidelines". */
  title: string;
  /** Always https. Shown as a link, never fetched. */
  url: string;
  /** A self-service page (postmaster, delisting, lookup) rather than documentation. */
  tool?: boolean;
}

/** The words of an entry. Enhanced-code entries may override parts of it per class digit. */
export interface EntryText {
  /** Short title, sentence case, no trailing period. */
  title: string;
  /** Two or three plain sentences for the person who sent the mail. Jargon is glossed. */
  meaning: string;
  /** For the admin: the standard or provider system behind it, what the receiving server checked. */
  details: string;
  /** Likely causes, most likely first. */
  causes: string[];
  /** What the person who sent the mail can do, concrete. At least two steps (with adminSteps). */
  senderSteps: string[];
  /** What whoever runs the sending domain or server can do: DNS records, settings, delisting pages. */
  adminSteps: string[];
  retry: Retry;
  /** When and whether to try again, in one or two sentences. */
  retryAdvice: string;
  party: Party;
  reputation: Reputation;
}

/** A variant's words and advice, and the classes it is for. */
export type ReasonVariant = Partial<EntryText> & { classes?: ('4' | '5')[]; references?: Reference[] };

export interface Entry extends EntryText {
  /** Unique across the dataset, e.g. "reply-550", "status-X.1.1", "google-550-5.7.26". */
  id: string;
  kind: 'basic' | 'enhanced-class' | 'enhanced-subject' | 'enhanced' | 'provider';
  /** Who defines it: "RFC 5321", "IANA SMTP Enhanced Status Codes", "Google". */
  authority: string;
  /** Basic reply code this entry is about, e.g. "550". */
  reply?: string;
  /** Enhanced status, e.g. "X.7.26" for registry entries (X = any class) or "5.7.26" for provider entries;
   *  a provider range is written "4.7.500-699" (detail 500 to 699). */
  status?: string;
  /** A provider's own token, e.g. "TSS04", "AS(201806281)", "CS01", "IB007", or a blocklist zone. */
  token?: string;
  /** Other names the entry is found by: token variants, blocklist zones and return codes ("127.0.0.2"). */
  aliases?: string[];
  /** For basic codes: standard, registry-associated, draft, obsolete or non-standard. */
  standing?: Standing;
  /** Class digits this enhanced entry is registered for ('2', '4', '5'). */
  classes?: ('2' | '4' | '5')[];
  /** Class-specific advice for X.* entries: 4.7.1 and 5.7.1 are the same subject with different advice. */
  byClass?: Partial<Record<'2' | '4' | '5', Partial<EntryText> & { reason?: Reason }>>;
  /** Variants of a catch-all status for what the reply's words said: 5.7.1 is sent for spam, for a
   *  blocklisted IP and for relay denied alike, and one card cannot give the right steps for all three.
   *  Keyed by the reason the engine read from the words; applied on top of byClass, for the classes the
   *  variant lists (the permanent class when it lists none). */
  byReason?: Partial<Record<Reason, ReasonVariant>>;
  /** Default reason class when this entry is the best match. */
  reason: Reason;
  permanence: Permanence;
  references: Reference[];
}

/** A provider or filter entry: picked when the provider's reply carries this code and wording. */
export interface ProviderEntry extends Entry {
  kind: 'provider';
  /** Patterns for the family of replies this entry explains (case-insensitive, linear). */
  match: RegExp[];
}

export interface ProviderFile {
  /** Short id, e.g. "google", "microsoft-365", "spamhaus". */
  id: string;
  /** Display name, e.g. "Google Gmail / Workspace". */
  name: string;
  /** The provider names of ../shared/reference/checklist.json rows this file covers (coverage test). */
  covers: string[];
  /** Where the provider documents its codes or offers self-service (postmaster, delisting). */
  home?: Reference;
  /** Patterns that tell a reply came from this provider (host names, signatures like "gsmtp"). */
  signatures: RegExp[];
  entries: ProviderEntry[];
}

/** Everything the engine looks up, injected so that a caller can load only the parts it needs. */
export interface Dataset {
  replies: Entry[];
  statuses: Entry[];
  providers: ProviderFile[];
}

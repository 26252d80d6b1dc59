// Reason classification: the status code says what kind of failure it is, the wording says which one.
// Wording beats a generic status (5.0.0, 5.7.1); a specific status (5.2.2) holds unless the words
// clearly say another reason that outranks it.
import type { Reason } from '../data/schema';
import { reasonModules, type ModuleName } from './reasons';
import { TEMPORARY_DNS_FAILURE } from './reasons/networkerror';

/** Status code -> reason, for codes whose meaning is specific (facts from RFC 3463 / the IANA registry). */
const STATUS_REASON: Record<string, Reason> = {
  'X.1.0': 'userunknown', 'X.1.1': 'userunknown', 'X.1.2': 'hostunknown', 'X.1.3': 'userunknown',
  'X.1.4': 'filtered', 'X.1.6': 'hasmoved', 'X.1.7': 'rejected', 'X.1.8': 'rejected', 'X.1.9': 'systemerror',
  'X.1.10': 'notaccept', 'X.2.0': 'filtered', 'X.2.1': 'suspend', 'X.2.2': 'mailboxfull', 'X.2.3': 'exceedlimit',
  'X.2.4': 'filtered', 'X.3.0': 'systemerror', 'X.3.1': 'systemfull', 'X.3.2': 'notaccept', 'X.3.3': 'systemerror',
  'X.3.4': 'mesgtoobig', 'X.3.5': 'systemerror', 'X.4.0': 'networkerror', 'X.4.1': 'networkerror', 'X.4.2': 'networkerror',
  'X.4.3': 'systemerror', 'X.4.4': 'hostunknown', 'X.4.5': 'systemfull', 'X.4.6': 'networkerror', 'X.4.7': 'expired',
  'X.5.3': 'toomanyconn', 'X.5.4': 'systemerror', 'X.5.5': 'systemerror', 'X.5.6': 'securityerror',
  'X.6.0': 'contenterror', 'X.6.1': 'contenterror', 'X.6.2': 'contenterror', 'X.6.3': 'contenterror',
  'X.6.5': 'contenterror', 'X.6.6': 'contenterror', 'X.6.7': 'contenterror', 'X.6.8': 'contenterror',
  'X.6.9': 'contenterror', 'X.7.0': 'securityerror', 'X.7.1': 'securityerror', 'X.7.2': 'securityerror',
  'X.7.3': 'securityerror', 'X.7.4': 'securityerror', 'X.7.5': 'securityerror', 'X.7.6': 'securityerror',
  'X.7.7': 'securityerror', 'X.7.8': 'securityerror', 'X.7.9': 'securityerror', 'X.7.10': 'securityerror',
  'X.7.11': 'securityerror', 'X.7.13': 'suspend', 'X.7.14': 'securityerror', 'X.7.15': 'securityerror',
  'X.7.16': 'mesgtoobig', 'X.7.17': 'hasmoved', 'X.7.18': 'hasmoved', 'X.7.19': 'securityerror',
  'X.7.20': 'authfailure', 'X.7.21': 'authfailure', 'X.7.22': 'authfailure', 'X.7.23': 'authfailure',
  'X.7.24': 'authfailure', 'X.7.25': 'requireptr', 'X.7.26': 'authfailure', 'X.7.27': 'notaccept',
  'X.7.28': 'spamdetected', 'X.7.29': 'authfailure', 'X.7.30': 'authfailure',
};
/** Class-specific exceptions: a temporary 4.2.1 or 4.7.1 is not the permanent reason. */
const STATUS_REASON_BY_CLASS: Record<string, Reason> = {
  '4.2.1': 'suspend', '5.2.1': 'filtered', '4.7.1': 'blocked', '4.7.2': 'blocked', '5.2.0': 'filtered',
  '5.1.0': 'userunknown', '4.3.0': 'systemerror', '4.4.0': 'networkerror', '4.5.0': 'networkerror',
};

/** The server says a retry cannot help, whatever its 4xx code ("421 4.7.0 [TSS09] All messages from
 *  198.51.100.9 will be permanently deferred; Retrying will NOT succeed"): not "try later". */
export const RETRY_FUTILE = /\bretrying will not succeed\b|\bwill be permanently deferred\b|\bdo not (?:retry|try again)\b/i;

/** Reasons a status decides only weakly: the wording is checked first. */
const GENERIC: ReadonlySet<Reason> = new Set<Reason>([
  'securityerror', 'systemerror', 'networkerror', 'hostunknown', 'userunknown', 'onhold', 'undefined',
]);

export function statusReason(status: string | null | undefined): Reason | null {
  if (!status) return null;
  if (STATUS_REASON_BY_CLASS[status]) return STATUS_REASON_BY_CLASS[status]!;
  const x = `X${status.slice(1)}`;
  const r = STATUS_REASON[x];
  if (!r) return null;
  if (status[0] === '4' && r === 'mailboxfull') return 'mailboxfull';
  return r;
}

/** First pass: each reason holds when its status says so or its words appear, in this order. */
const FIRST_PASS: ModuleName[] = [
  'mailererror', 'mailboxfull', 'exceedlimit', 'mesgtoobig', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'requireptr',
  'speeding', 'notcompliantrfc', 'userunknown', 'filtered', 'rejected', 'hostunknown', 'virusdetected', 'badreputation', 'spamdetected',
  'toomanyconn', 'blocked',
];
/** Second pass: wording only, for what the status leaves open. */
const SECOND_PASS: ModuleName[] = [
  'mailboxfull', 'spamdetected', 'policyviolation', 'virusdetected', 'norelaying', 'failedstarttls',
  'notcompliantrfc', 'securityerror', 'systemerror', 'networkerror', 'suspend', 'expired', 'contenterror',
  'systemfull', 'notaccept', 'mailererror', 'suppressed', 'syntaxerror',
];
/** When the status says userunknown but the words say one of these, the words win. */
const OVERRIDES_USERUNKNOWN: ModuleName[] = ['mailererror', 'speeding', 'norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept', 'authfailure', 'requireptr', 'spamdetected', 'policyviolation'];

export interface ClassifyInput {
  /** The server's reply / diagnostic text. */
  diagnostic: string;
  /** Surrounding human-readable explanation (webmail text), consulted when the diagnostic says nothing. */
  context?: string;
  status: string | null;
  reply: string | null;
  command?: string | null;
  action?: string | null;
  /** Every enhanced code quoted in the reply, besides the chosen one ("550 #5.1.0" under Status: 5.0.0). */
  quoted?: string[];
}

/** Each module's verdict on one text, asked once: the passes below ask several modules more than once. */
function tester(text: string): (name: ModuleName) => boolean {
  const seen = new Map<ModuleName, boolean>();
  return (name) => {
    let v = seen.get(name);
    if (v === undefined) seen.set(name, (v = reasonModules[name].test(text)));
    return v;
  };
}


/** "The email address you entered couldn't be found" (and its French), from Exchange Online. */
const ADDRESS_ENTERED_NOT_FOUND = /\b(?:e-?mail )?address you entered (?:couldn't|could not|can't|cannot) be found|\badresse (?:e-mail|de messagerie) que vous avez (?:entrée|saisie) est introuvable/i;

/** "Recipient address rejected: Access denied" is Postfix's stock access(5) refusal (a policy), except under
 *  Exchange Online's 5.4.1, its directory-based edge blocking: the address does not exist in the tenant. */
const ACCESS_DENIED_AT_RCPT = /\brecipient address rejected: access denied/i;
const DIRECTORY_EDGE_BLOCK = /\b5\.4\.1 (?:<[^>\s]{1,300}>:? )?recipient address rejected: access denied/i;

/** "Service unavailable" is the stock text of 554/421 that many servers put before the real reason
 *  ("554 5.7.1 Service unavailable; Client host blocked", Microsoft's "5.7.708 Service unavailable. Access
 *  denied"): under a security/policy status (X.7.x) it says nothing of a system fault. */
const SERVICE_UNAVAILABLE = /\bservice (?:currently )?(?:unavailable|not available)\b/gi;

/** The TCP connection to the receiving host failed: no SMTP reply was ever read ("connect to
 *  mx.example.org[192.0.2.81]:25: Connection refused", Postfix). A network failure, not a refusal of the
 *  sender; a final bounce for it means the sending server gave up retrying (Sisimai reads Postfix's
 *  final "Connection timed out" bounces as expired). */
const CONNECT_FAILED = /\bconnect to\s{1,10}\S{1,300}\s{1,10}(?:connection\s{1,10}(?:refused|timed\s{1,10}out)|no route to host|network is unreachable)/i;
/** Wording of a delay notice (the message is still queued): a failure there is not yet "expired". */
const DELAY_NOTICE = /\bthis is a warning only\b|\bwill be retried until\b|\bdelivery attempts will continue\b|\bwill keep trying\b|\bstill trying to deliver\b|\bstill undelivered after\b|\btransient non-fatal errors\b/i;
/** Any system's words for a connection that failed below SMTP ("Deferred: Connection timed out with mx"). */
const CONNECTION_FAILURE = /\bconnection (?:timed out|refused)\b|\bno route to host\b|\bnetwork is unreachable\b|\btimed out while connecting\b/i;
/** Statuses a connection failure is written with (or a vague one): others name their own reason. */
const CONNECT_STATUS = /^[45]\.(?:4\.[0-27]|0\.0)$/;

function holds(name: ModuleName, input: ClassifyInput, byStatus: Reason | null, says: (name: ModuleName) => boolean, text: string): boolean {
  const mod = { reason: reasonModules[name].reason, test: () => says(name) };
  const statusSays = byStatus === mod.reason;
  if (name === 'hostunknown' && !statusSays && TEMPORARY_DNS_FAILURE.test(text)) return false;
  if (name === 'userunknown') {
    if (statusSays) return !OVERRIDES_USERUNKNOWN.some((o) => says(o));
    // Exchange Online's code-less NDR says the address itself was not found: no filter speaks like that.
    if (ADDRESS_ENTERED_NOT_FOUND.test(text)) return true;
    if (DIRECTORY_EDGE_BLOCK.test(text) || (/^[45]\.4\.1$/.test(input.status ?? '') && ACCESS_DENIED_AT_RCPT.test(text))) return true;
    // An addressing status (X.1.x) with user-unknown wording is a missing mailbox whatever the command.
    if ([input.status, ...(input.quoted ?? [])].some((s) => !!s && /^[45]\.1\./.test(s)) && mod.test()) return true;
    // Wording alone is trusted only for a refusal at RCPT TO; elsewhere a recipient filter said it (as Sisimai
    // reads it). A sending system's own local delivery ("<ed@box>: unknown user" from Postfix local(8)) is
    // read by that system's own wording (systems/postfix.ts), before these general rules.
    return mod.test() && input.command === 'RCPT TO' && !says('blocked');
  }
  if (name === 'rejected') {
    if (statusSays) return true;
    if (!mod.test()) return false;
    return !input.command || input.command === 'MAIL FROM' || input.command === 'DATA' || !byStatus || GENERIC.has(byStatus);
  }
  if (name === 'filtered') {
    if (statusSays) return true;
    if (input.command && ['CONNECT', 'EHLO', 'MAIL FROM', 'RCPT TO'].includes(input.command)) return false;
    return mod.test() || says('userunknown');
  }
  if (statusSays && !GENERIC.has(mod.reason)) return true;
  return mod.test();
}

const GREYLISTED = /\bgr[ae]y-?list(?:ed|ing)?\b/i;

export function classify(input: ClassifyInput): Reason {
  const { status, reply } = input;
  if (status?.startsWith('2.') || (!status && reply?.startsWith('2'))) return 'delivered';
  const byStatus = statusReason(status);
  const texts = [input.diagnostic, input.context ?? ''].filter((t) => t.trim() !== '');
  if (!reply && (!status || CONNECT_STATUS.test(status))) {
    // Still queued: the network failure (in the reply or this recipient's part) is the reason. Given up:
    // Postfix's form reads as expired; other systems' final notices keep their own wording below
    // (Sisimai's keys for those vary).
    const delayed = input.action === 'delayed' || DELAY_NOTICE.test(input.diagnostic) || DELAY_NOTICE.test(input.context ?? '');
    // This recipient's part is consulted only when the reply itself names no reason.
    const context = () => !FIRST_PASS.some((n) => reasonModules[n].test(input.diagnostic)) && CONNECTION_FAILURE.test(input.context ?? '');
    if (delayed && (CONNECTION_FAILURE.test(input.diagnostic) || context())) return 'networkerror';
    if (!delayed && CONNECT_FAILED.test(input.diagnostic)) return 'expired';
  }
  const policyClass = !!status && /^[45]\.7\./.test(status);
  for (const text of texts.length ? texts : ['']) {
    // Greylisting is a deliberate first refusal of an unknown sender, whatever status carries it ("450 4.2.0
    // Recipient address rejected: Greylisted"): a temporary block on the sending side, not a mailbox or a
    // filter problem at the recipient (the 4.7.1 card explains it and says to wait).
    if (GREYLISTED.test(text)) return 'blocked';
    const says = tester(text);
    for (const name of FIRST_PASS) if (holds(name, input, byStatus, says, text)) return reasonModules[name].reason;
    if (byStatus && !GENERIC.has(byStatus)) return byStatus;
    for (const name of SECOND_PASS) {
      const said = name === 'systemerror' && policyClass ? reasonModules.systemerror.test(text.replace(SERVICE_UNAVAILABLE, '')) : says(name);
      if (said) return reasonModules[name].reason;
    }
  }
  if (byStatus) return byStatus;
  if (status && /^[45]\.6\./.test(status)) return 'contenterror';
  if (status && /^[45]\.7\./.test(status)) return 'securityerror';
  if (input.action === 'delayed' || status?.startsWith('4.') || reply?.startsWith('4')) return 'expired';
  if (input.command === 'EHLO' || input.command === 'HELO' || input.command === 'CONNECT') return 'blocked';
  if (input.diagnostic.trim()) return 'onhold';
  return 'undefined';
}

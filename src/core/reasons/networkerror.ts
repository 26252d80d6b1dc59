// Network or DNS trouble reaching the receiver.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

/** A DNS lookup that failed for now (Postfix "Host not found, try again": SERVFAIL or a timeout), not a
 *  domain that does not exist. classify.ts keeps it from reading as hostunknown; analyze.ts infers X.4.3. */
export const TEMPORARY_DNS_FAILURE = /\bhost not found, try again\b|\btemporary (?:dns|lookup) failure\b|\bSERVFAIL\b/i;

export const networkerror = defineReason('networkerror', [
  /(?:host|server|network) (?:is )?unreachable/i,
  /no route to host/i,
  /(?:mail )?(?:forwarding )?loop (?:detected|for)/i,
  /(?:too many|maximum) hops/i,
  /host name lookup failure/i,
  /(?:malformed|unexpected) (?:or unexpected )?name server reply/i,
  /could not connect/i,
  /dns (?:error|failure|timeout|lookup failure)/i,
  /temporary (?:dns|lookup) failure/i,
  /unrouteable mail domain/i,
  /unable to resolve/i,
  /name service error/i,
  /host not found, try again/i,
  /maximum hop count exceeded/i,
  /ma ?ximum hop count/i,
  /dns query failed/i,
  // A session that was made and then broke off or stalled (Postfix's code-less "lost connection with
  // mx[ip] while sending RCPT TO", "conversation with mx[ip] timed out while sending end of data", both
  // dsn=4.4.2; Exchange's "421 4.4.2 Connection dropped due to timeout"): the network, not a refusal.
  /\blost connection with\b/i,
  /\bconversation with \S{1,300} timed out\b/i,
  /\bconnection (?:was )?(?:dropped|lost|reset)\b/i,
  // Not "responded with code NXDOMAIN": an NXDOMAIN answer says the domain does not exist (hostunknown.ts);
  // only a lookup that failed for now (SERVFAIL, a timeout: TEMPORARY_DNS_FAILURE) is a network fault.
]);

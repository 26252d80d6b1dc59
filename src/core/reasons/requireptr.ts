// The sending IP has no valid reverse DNS (PTR) name.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const requireptr = defineReason('requireptr', [
  /(?:reverse|rdns|ptr)[^\n]{0,40}(?:missing|not found|required|failed|lookup|record|mismatch|dns entry|does not match)/i,
  /(?:no|missing|invalid|bad) (?:reverse dns|rdns|ptr|dns ptr)/i,
  // Postfix's reject_unknown_reverse_client_hostname: "cannot find your reverse hostname".
  /cannot (?:find|resolve) your (?:reverse )?(?:hostname|host name|address)/i,
  /ip name lookup failed/i,
  /name lookup failed/i,
  /client host rejected: cannot find your hostname/i,
  /hostname (?:lookup|verification) failed/i,
  /does not have a valid (?:reverse|ptr)/i,
  /fix reverse dns/i,
  /unverifi?y?able sending ips?/i,
  /mismatches client ip/i,
]);

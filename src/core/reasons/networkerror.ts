// Network or DNS trouble reaching the receiver.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

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
  /responded with code nxdomain/i,
]);

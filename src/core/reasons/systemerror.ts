// The receiving system failed internally.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const systemerror = defineReason('systemerror', [
  /(?:internal|system|server|local) (?:server )?(?:error|failure|configuration error|config error|problem)/i,
  /mail system configuration error/i,
  /aliasing\/forwarding loop/i,
  /loops back to myself/i,
  /interrupted system call/i,
  /temporary (?:local )?(?:problem|failure)/i,
  /service (?:currently )?unavailable/i,
  /timeout waiting for input/i,
  /error while being processed/i,
  /transaction failed/i,
  /could not load drd/i,
  /unable to contact ldap server/i,
  /insufficient permission/i,
]);

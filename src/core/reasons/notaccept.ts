// The domain does not accept any mail (null MX or closed).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const notaccept = defineReason('notaccept', [
  /does not accept (?:mail|any mail|e-?mail)/i,
  /(?:host|domain)\/?(?:domain)? does not accept mail/i,
  /null ?mx/i,
  /no mx record found for domain/i,
  // "not accepting messages from 198.51.100.7" names the sender: blocked.ts has it.
  /not accepting (?:network )?messages(?! from)/i,
  /host not found(?!, try again)/i,
  /smtp protocol returned a permanent error/i,
  /no route for current request/i,
  /(?:mx|srv) record indicated no smtp service/i,
  /doesn'?t receive email/i,
  /couldn'?t find a mail exchanger/i,
]);

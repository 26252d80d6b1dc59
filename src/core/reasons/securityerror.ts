// A security or authentication check on the sending side failed.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const securityerror = defineReason('securityerror', [
  /authentication (?:required|credentials invalid|failed;)/i,
  /(?:tls|starttls|encryption) (?:required|is required|needed)/i,
  /must (?:issue|use) a starttls/i,
  /you are not authorized to send mail/i,
  /verification failure/i,
  /unauthenticated senders not allowed/i,
  /account not subscribed to ses/i,
]);

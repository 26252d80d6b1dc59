// The server refused to relay to a domain it does not serve.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const norelaying = defineReason('norelaying', [
  /relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)/i,
  /(?:unable|not allowed|not permitted) to relay/i,
  /not (?:an open relay|a gateway|local host)/i,
  /as a relay/i,
  /(?:we|i) don'?t handle mail for/i,
  /isn'?t in my list of allowed rcpthosts/i,
  /not configured to relay/i,
  /relaying mail to/i,
  /\bno relaying\b/i,
  /insecure mail relay/i,
]);

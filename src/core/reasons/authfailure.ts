// Sender authentication (SPF, DKIM, DMARC) failed.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const authfailure = defineReason('authfailure', [
  // "softfail" too: \bfail does not match inside it ("451 4.7.1 SPF softfail for a@b").
  /\b(?:spf|dkim|dmarc)\b[^\n]{0,80}\b(?:fail|failed|failure|reject|rejected|not pass|did not pass|hardfail|softfail|check)/i,
  // The check itself could not be completed: "554 5.7.5 Permanent error evaluating DMARC policy", "451 4.7.24
  // temporary error looking up SPF" (RFC 7372's X.7.24 and kin).
  /\b(?:permanent|temporary) (?:error|failure) (?:evaluating|checking|looking up|validating|verifying) (?:the )?(?:spf|dkim|dmarc)\b/i,
  /(?:fail|failed|failure|did not pass)[^\n]{0,40}\b(?:spf|dkim|dmarc)\b/i,
  /unauthenticated (?:email|mail|message)/i,
  /is not allowed to send (?:mail )?from [^\n]{0,80}spf/i,
  /does not (?:pass|meet) (?:the )?(?:required )?authentication/i,
  /(?:sender|message) (?:is )?not authenticated/i,
  /no (?:passing|valid|acceptable) dkim/i,
  /domain owner'?s? (?:dmarc )?policy/i,
  /(?:due to|per) [^\n]{0,60}dmarc policy/i,
  /does not have authentication information/i,
  /authentication (?:checks? )?(?:failed|failure)/i,
  /not authorized to send on behalf/i,
]);

// The server gave up after retrying for too long.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const expired = defineReason('expired', [
  /(?:delivery time|message) (?:has )?expired/i,
  /giving up on/i,
  /(?:been|was) (?:delayed|in the queue too long|retried)/i,
  /retry timeout exceeded/i,
  /unable to deliver (?:message )?after (?:multiple|several) (?:retries|attempts)/i,
  /(?:not|could not be) (?:reachable|delivered) within/i,
  /(?:message|mail) timed out/i,
  /connection timed out/i,
  /retry time not reached/i,
  /have been failing for a long time/i,
  /delivery attempts will continue/i,
  /could not be delivered for more than/i,
  /it has not been collected after/i,
  /queue (?:period|lifetime|time) (?:expired|exceeded)/i,
  /did not accept our requests to connect/i,
  /will be retried for/i,
  /delivery failed \d{1,4} attempts/i,
  /was aborted after/i,
  /not delivered within/i,
]);

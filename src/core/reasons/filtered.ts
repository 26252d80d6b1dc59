// A filter on the recipient's side refused it (rules, allow-list, inactive mailbox).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const filtered = defineReason('filtered', [
  /(?:refused|rejected) due to recipient preferences/i,
  /only accepting mail from specific email addresses/i,
  /message rejected due to user rules/i,
  /user reject/i,
  /is not accepting any mail/i,
  /due to extended inactivity new mail is not currently being accepted/i,
  /resolver\.rst\.notauthorized/i,
  /you have been blocked by the recipient/i,
  /this account is protected by/i,
  /has restricted sms e-mail/i,
  /bounced address/i,
  /not found recipient account/i,
  /recipient (?:has )?(?:blocked|filtered)/i,
]);

// The sending service suppressed the address because of earlier bounces or complaints.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const suppressed = defineReason('suppressed', [
  /suppress(?:ed|ion) list/i,
  /on (?:the |our |an? )?(?:account-level |global )?suppression list/i,
  /previously (?:bounced|hard bounced|complained)/i,
]);

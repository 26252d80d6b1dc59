// The message exceeds a limit other than size (headers, recipients).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const exceedlimit = defineReason('exceedlimit', [
  /message header size exceeds limit/i,
  /exceeds? (?:the )?(?:maximum )?(?:header|recipient) (?:size|count|limit)/i,
  /message length exceeds (?:the )?(?:administrative )?limit/i,
]);

// The recipient's address changed and the server says where to.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const hasmoved = defineReason('hasmoved', [
  /has been replaced by/i,
  /(?:has|have) moved/i,
  /address (?:has )?changed to/i,
  /(?:mailbox|domain) owner has changed/i,
  /no longer (?:at|with) this (?:address|company)/i,
]);

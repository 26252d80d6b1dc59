// The message content or format was refused.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const contenterror = defineReason('contenterror', [
  /(?:invalid|improper|bad) (?:mime|content|header|8-bit)/i,
  /header size exceeds/i,
  /mime complexity/i,
  /content (?:error|not acceptable)/i,
  /unnecessary base64/i,
]);

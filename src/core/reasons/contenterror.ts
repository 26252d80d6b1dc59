// The message content or format was refused.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const contenterror = defineReason('contenterror', [
  /(?:invalid|improper|bad) (?:mime|content|header|8-bit)/i,
  /header size exceeds/i,
  /mime complexity/i,
  /content (?:error|not acceptable)/i,
  /unnecessary base64/i,
  // A content filter or content rules refused it ("rejected due to content restrictions" (Sophos),
  // "rejected by the recipient's content filter"). Spam wording, when present, is read first.
  /\bcontent (?:restrictions?|filter(?:s|ing)?)\b/i,
  // Refused for what the message holds, without naming spam or a virus: "554 5.7.1 Message rejected due to
  // its content" (Seznam and others), "refused because of the message content".
  /\b(?:rejected|refused|blocked|not accepted) (?:due to|because of|for) (?:its|the|the message'?s?|this message'?s?|message) content\b/i,
]);

// Too many messages in a short time (rate limiting).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const speeding = defineReason('speeding', [
  /(?<!connection )rate limit(?:ed|ing)?\b(?! due to (?:ip|domain) reputation)/i,
  /(?:sending|message) rate (?:exceeded|too high)/i,
  /(?:too many|unusual (?:rate|volume)) (?:messages|emails|mails)/i,
  /try again later[^\n]{0,40}(?:too (?:fast|many))/i,
  /throttl/i,
  /exceeded the max emails per hour/i,
  /daily (?:sending |message )?(?:quota|limit)/i,
  /receiving mail at a rate that/i,
  /has sent to too many recipients/i,
  // A throttle on the sending IP: "Server busy. Please try again later from [198.51.100.1]" (Microsoft 4.7.5xx).
  /\btry (?:again )?later from \[?(?:\d{1,3}\.){3}\d{1,3}\b/i,
]);

// An automatic out-of-office reply.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const vacation = defineReason('vacation', [
  /out of (?:the )?office/i,
  /on (?:vacation|holiday|leave)/i,
  /away from (?:the office|my desk)/i,
  /automatic reply/i,
  /auto-?reply/i,
  /abwesenheit/i,
]);

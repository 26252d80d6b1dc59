// The message carried a virus or a dangerous attachment.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const virusdetected = defineReason('virusdetected', [
  /virus(?:es)? (?:detected|found|infected)/i,
  /(?:infected|contains?) (?:with )?(?:a )?virus/i,
  /potentially executable attachment/i,
  /prohibited virus/i,
  /malware/i,
  /used by recent viruses/i,
]);

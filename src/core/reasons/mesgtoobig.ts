// The message is bigger than the receiver accepts.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const mesgtoobig = defineReason('mesgtoobig', [
  /(?:message|mail|file) (?:size )?(?:too big|too large|exceeds|is larger)/i,
  /size (?:limit|exceeds)/i,
  /exceeded maximum (?:inbound )?message size/i,
  /max(?:imum)? message size/i,
  /line limit exceeded/i,
  /taille limite du message/i,
]);

// The message breaks the message format standard (RFC 5322).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const notcompliantrfc = defineReason('notcompliantrfc', [
  /rfc ?5322/i,
  /rfc ?2822/i,
  /not (?:rfc|standards?)[ -]?compliant/i,
  /(?:duplicate|multiple) (?:from|date|subject|message-id) headers?/i,
  /(?:missing|invalid) (?:message-id|date|from) header/i,
  /improperly formatted/i,
  /multiple (?:addresses|sender addresses) in (?:the )?from:? header/i,
]);

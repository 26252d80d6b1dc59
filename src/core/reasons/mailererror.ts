// A local delivery program (procmail, a pipe) failed.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const mailererror = defineReason('mailererror', [
  /procmail:/i,
  /maildrop/i,
  /mailer error/i,
  /command (?:failed|died with status|output)/i,
  /pipe to \|/i,
  /x-unix; ?\d/i,
  /exit \d/i,
]);

// The receiver's policy refused it (attachment type, list membership, local rule).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const policyviolation = defineReason('policyviolation', [
  /policy (?:violation|reasons|rejection)/i,
  /(?:denied|rejected|refused|blocked) (?:by|for|due to) (?:local |organizational |security )?(?:policy|policies|organization policy)/i,
  /local policy/i,
  /illegal attachment/i,
  /(?:members-only|closed mailing) list/i,
  /not subscribed to this group/i,
  /organizational settings/i,
  /not accepted for policy reasons/i,
  /message given low priority/i,
  /header (?:error|are not accepted)/i,
  /content presents a potential security issue/i,
]);

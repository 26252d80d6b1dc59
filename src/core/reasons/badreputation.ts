// The sender's IP or domain reputation is too low.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const badreputation = defineReason('badreputation', [
  /(?:low|bad|poor) (?:ip |domain |sending |sender )?reputation/i,
  /reputation (?:of|is too low|problem)/i,
  /ip\/domain reputation problems/i,
  /very low reputation/i,
  /due to (?:ip|domain) reputation/i,
  /deferred due to (?:unexpected volume or )?user complaints/i,
]);

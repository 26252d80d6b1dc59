// Too many connections or recipients at once.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const toomanyconn = defineReason('toomanyconn', [
  /too many (?:connections|concurrent|smtp sessions|recipients|errors from your ip)/i,
  /connection (?:rate )?limit/i,
  /exceeds per-domain connection limit/i,
  /maximum connection limit/i,
  /trop de connexions/i,
  /(?:ip|connection|frequency) (?:frequency )?limited/i,
]);

// The TLS handshake failed or TLS was required but unavailable.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const failedstarttls = defineReason('failedstarttls', [
  /starttls (?:failed|negotiation failed|error)/i,
  /tls (?:handshake|negotiation) failed/i,
  /(?:cannot|could not|unable to) (?:start|establish|negotiate) (?:a )?tls/i,
  /tls required but not supported/i,
  /does not support (?:tls|starttls)/i,
]);

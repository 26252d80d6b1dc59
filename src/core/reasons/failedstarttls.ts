// The TLS handshake failed or TLS was required but unavailable.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const failedstarttls = defineReason('failedstarttls', [
  /starttls (?:failed|negotiation failed|error)/i,
  /tls (?:handshake|negotiation) failed/i,
  /(?:cannot|could not|unable to) (?:start|establish|negotiate) (?:a )?tls/i,
  /tls required but not supported/i,
  /does not support (?:tls|starttls)/i,
  // The receiver requires encryption the connection did not have: "530 5.7.0 Must issue a STARTTLS command
  // first", "STARTTLS is required", "TLS required", Postfix's own "TLS is required, but was not offered by host".
  /must issue a starttls command first/i,
  /\b(?:starttls|tls|encryption) (?:is )?required\b/i,
  /\bmust use (?:tls|starttls|an encrypted connection)\b/i,
]);

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
  // The recipient side's access rule said no: Postfix's stock access(5) REJECT text at RCPT TO ("554 5.7.1
  // <a@b>: Recipient address rejected: Access denied"). Exchange Online's 5.4.1 directory-based edge
  // blocking says the same words; classify.ts reads that one as userunknown by its status.
  /recipient address rejected: access denied/i,
  // Forwarding forbidden by the sender's organisation (Microsoft 5.7.520 "does not allow external forwarding").
  /does not allow (?:external |automatic |auto-?)?forwarding/i,
  // An attachment type the receiver refuses: "contains prohibited attachment type (.exe)".
  /\b(?:prohibited|forbidden|banned|blocked|disallowed|unacceptable|dangerous|not allowed) (?:file )?attachments?\b/i,
  /\battachments? (?:type |types )?(?:is |are )?(?:not allowed|not permitted|prohibited|forbidden|blocked)/i,
  // A filtering gateway refusing the message by its host name ("Message rejected by mx0a-....pphosted.com.
  // Contact your administrator"): the receiver's policy, neither a verdict on the sender nor on the address.
  /\bmessage (?:was )?rejected by (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/i,
]);

// Sender verification (callout) refusals, whichever server wrote them and whichever MTA relays them: Exim's
// and cPanel's "550-Verification failed for <our-sender@...>\n550-No Such User Here\n550 Sender verify failed",
// other servers' "550 5.7.1 Sender verification failed". The receiving server called back OUR envelope
// sender's domain and could not verify the sender address; the lines in the middle ("No Such User Here",
// "Unrouteable address") are the answer about the sender, not about the recipient, who may well exist. Its
// reason is read here, before the general rules would read those middle lines as the recipient's.
import type { SendingSystem } from './types';

const SENDER_VERIFY_FAILED = /\bsender (?:address )?verif(?:y|ication) failed\b/i;

export const senderverify: SendingSystem = {
  id: 'senderverify',
  signatures: [SENDER_VERIFY_FAILED],
  recipientAnchors: [],
  reasons: [['rejected', [SENDER_VERIFY_FAILED]]],
};

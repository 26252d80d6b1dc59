// The recipient's mailbox is out of space.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const mailboxfull = defineReason('mailboxfull', [
  /mailbox (?:is )?full/i,
  /mail ?box (?:is )?(?:over|exceeds?|exceeded) (?:its |the )?(?:quota|storage|size|disk)/i,
  /(?:quota|storage) (?:exceeded|full|limit)/i,
  /over (?:the )?(?:allowed )?(?:disk )?quota/i,
  /(?:is|are|user|account|mailbox|recipient) (?:is )?over (?:disk |the )?quota/i,
  /exceed(?:ed|s|ing)? (?:the |their |its )?(?:mailbox |storage |disk |mail )?(?:quota|storage allocation|storage limit|disk space)/i,
  /insufficient storage/i,
  /user mailbox exceeds allowed size/i,
  /not enough (?:storage|space|disk)/i,
  /does not have enough space/i,
  /mailbox size limit exceeded/i,
  /full mailbox/i,
  /inbox is full/i,
  /mailfolder is full/i,
  /userdisk quota/i,
  /domaindisk quota/i,
  /disk quota exceeded/i,
  /quota violation/i,
  /the user'?s space has been used up/i,
  /too much mail data/i,
  /too many messages (?:on the server|in (?:the )?mailbox)/i,
  /boite (?:du destinataire )?pleine/i,
  /out of storage/i,
  /mailbox has exceeded/i,
]);

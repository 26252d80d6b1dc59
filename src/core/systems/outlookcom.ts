// Outlook.com / Hotmail (consumer): bounces from postmaster@hotmail.com or @outlook.com; its servers answer
// "550 Requested action not taken: mailbox unavailable" for an address that does not exist.
import type { SendingSystem } from './types';

export const outlookcom: SendingSystem = {
  id: 'outlookcom',
  signatures: [],
  headers: [/postmaster@(?:hotmail|outlook|live|msn)\.[a-z.]{2,10}/i],
  recipientAnchors: [],
  reasons: [['userunknown', [/Requested action not taken: mailbox unavailable/i]]],
};

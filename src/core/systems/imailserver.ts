// Ipswitch IMail: one line per recipient, "<reason>: a@b", then "Original message follows."
import type { SendingSystem } from './types';

export const imailserver: SendingSystem = {
  id: 'imailserver',
  signatures: [/^Original message follows\.?$/m, /Body of message generated response:/i],
  headers: [/SMTP32/],
  recipientAnchors: [],
  reasons: [
    ['hostunknown', [/^[ \t]{0,4}Unknown host/im]],
    ['userunknown', [/^[ \t]{0,4}(?:Unknown user|Invalid final delivery userid)/im]],
    ['mailboxfull', [/^[ \t]{0,4}User mailbox exceeds allowed size/im]],
    ['virusdetected', [/Requested action not taken: virus detected/i]],
    ['expired', [/^[ \t]{0,4}Delivery failed \d{1,4} attempts/im]],
  ],
};

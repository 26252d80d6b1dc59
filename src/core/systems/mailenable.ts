// MailEnable: "MailEnable: Message could not be delivered to some recipients. The following recipient(s)
// could not be reached:" then per recipient, indented, "Recipient: [SMTP:a@b]" and "Reason: ...", the reason
// either the remote server's reply ("Remote SMTP Server Returned: 550 ...") or MailEnable's own sentence.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const mailenable: SendingSystem = {
  id: 'mailenable',
  // Literal first, so that the scan for them skips ahead instead of trying every line start.
  signatures: [/MailEnable: Message could not be delivered/i, /\bRecipient:[ \t]{0,4}\[SMTP:/i],
  recipientAnchors: [
    // The address tagged with its address type, as Exchange writes it: "[SMTP:a@b]".
    new RegExp(String.raw`^[ \t]{0,8}Recipient:[ \t]{0,4}\[SMTP:(?<addr>${ADDR})\]`, 'gim'),
  ],
  reasons: [
    // "The message could not be delivered because the domain name (example.org) does not appear to be registered."
    ['hostunknown', [/\bdomain name \([^)\n]{1,253}\) does not appear to be registered\b/i]],
    // MailEnable's (and IIS SMTP's) own reply for an address it does not host: "550 Requested action not
    // taken: mailbox unavailable or not local".
    ['userunknown', [/\bmailbox unavailable or not local\b/i]],
  ],
  failureNotice: [/MailEnable: Message could not be delivered/i],
};

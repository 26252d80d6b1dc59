// Postfix: "<a@b>: host mx.example.com[192.0.2.1] said: 550 5.1.1 ... (in reply to RCPT TO command)"
// and "<a@b> (expanded from <c@d>): ...", one paragraph per recipient.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const postfix: SendingSystem = {
  id: 'postfix',
  signatures: [/This is the mail system at host/i, /Undelivered Mail Returned to Sender/i, /\(in reply to [A-Z ]{4,12} command\)/i],
  recipientAnchors: [
    new RegExp(String.raw`^<(?<addr>${ADDR})>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:`, 'gim'),
    // A log line pasted into a ticket: "postfix/smtp[123]: 4ABCD: to=<a@b>, relay=..., status=bounced (...)".
    new RegExp(String.raw`\bto=<(?<addr>${ADDR})>,[^\n]{0,600}?\bstatus=(?:bounced|deferred|expired)\b`, 'gi'),
  ],
};

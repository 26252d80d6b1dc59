// Postfix: "<a@b>: host mx.example.com[192.0.2.1] said: 550 5.1.1 ... (in reply to RCPT TO command)"
// and "<a@b> (expanded from <c@d>): ...", one paragraph per recipient.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

/** User-unknown wording a local delivery agent writes (English, French, German, Spanish, Portuguese, Italian). */
const LOCAL_USER_UNKNOWN = String.raw`(?:unknown user|user unknown|no such (?:user|mailbox|recipient)|unknown (?:local[- ])?recipient|utilisateur inconnu|(?:benutzer|empf(?:ä|ae)nger) unbekannt|unbekannter (?:benutzer|empf(?:ä|ae)nger)|usuario desconocido|usu[aá]rio desconhecido|utente sconosciuto)\b`;

export const postfix: SendingSystem = {
  id: 'postfix',
  signatures: [/This is the mail system at host/i, /Undelivered Mail Returned to Sender/i, /\(in reply to [A-Z ]{4,12} command\)/i],
  recipientAnchors: [
    new RegExp(String.raw`^<(?<addr>${ADDR})>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:`, 'gim'),
    // A log line pasted into a ticket: "postfix/smtp[123]: 4ABCD: to=<a@b>, relay=..., status=bounced (...)".
    new RegExp(String.raw`\bto=<(?<addr>${ADDR})>,[^\n]{0,600}?\bstatus=(?:bounced|deferred|expired)\b`, 'gi'),
  ],
  reasons: [
    // Postfix's own delivery agents (local(8), virtual(8)) report on the recipient's line itself, with no
    // "host ... said:" and no SMTP command: '<ed@box.example.com>: unknown user: "ed"' is the mailbox lookup
    // of the final destination (DSN 5.1.1), not a remote filter. Also in a pasted log line ("status=bounced
    // (unknown user: ...)") and in translated templates.
    ['userunknown', [
      new RegExp(String.raw`(?:^<[^>\s]{1,300}>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:|\bstatus=bounced \()[ \t]{0,4}${LOCAL_USER_UNKNOWN}`, 'im'),
    ]],
  ],
};

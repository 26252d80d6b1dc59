// NTT DOCOMO: refuses by domain filter after DATA with the same words it uses for unknown users, so
// the SMTP command, not the wording, tells the reason.
import type { ReceivingSystem } from './types';

export const nttdocomo: ReceivingSystem = {
  id: 'nttdocomo',
  hosts: [/\bdocomo\.ne\.jp\b/i, /\bmfsmax\.docomo\b/i, /ntt\.docomo/i],
  reasonOf({ reply, status, command }) {
    if (/552 too much mail data/i.test(reply)) return 'mailboxfull';
    if (/552 too many recipients/i.test(reply)) return 'toomanyconn';
    if (/503 bad sequence of commands|504 command parameter not implemented/i.test(reply)) return 'syntaxerror';
    if (status === '5.1.1') return 'userunknown';
    if (status === '5.2.0') return 'filtered';
    if (command === 'RCPT TO' && /unknown user|user unknown/i.test(reply)) return 'userunknown';
    if (command === 'DATA' && /unknown user|user unknown/i.test(reply)) return 'rejected';
    return null;
  },
};

// OpenSMTPD: "a@b: 550 5.1.1 ..." or "a@b: Envelope expired", one line per recipient, after
// "Hi! This is the MAILER-DAEMON".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const opensmtpd: SendingSystem = {
  id: 'opensmtpd',
  signatures: [/This is the MAILER-DAEMON, please DO NOT REPLY/i],
  recipientAnchors: [new RegExp(String.raw`^[ \t]{0,4}(?<addr>${ADDR}):[ \t]{1,4}(?=[2-5]\d\d[ \t]|[A-Z])`, 'gm')],
  reasons: [
    ['expired', [/:[ \t]{1,4}Envelope expired/i]],
    ['networkerror', [/:[ \t]{1,4}Network error/i]],
    ['notaccept', [/:[ \t]{1,4}No MX found for domain/i]],
  ],
};

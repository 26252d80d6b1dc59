// Sendmail: a transcript (">>> RCPT To:<a@b>", "<<< 550 5.1.1 <a@b>... User unknown") and a summary
// line "550 5.1.1 <a@b>... User unknown" per recipient.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const sendmail: SendingSystem = {
  id: 'sendmail',
  signatures: [/-----\s?Transcript of session follows\s?-----/i, /The original message was received at/i],
  recipientAnchors: [
    new RegExp(String.raw`^[ \t]{0,8}-{2,6}[ \t]{0,2}The following addresses had (?:permanent |transient )?(?:fatal |delivery )?errors[ \t]{0,2}-{2,6}[ \t]{0,4}\n[ \t\n]{0,8}<?(?<addr>${ADDR})`, 'gim'),
    new RegExp(String.raw`RCPT[ \t]TO:[ \t]{0,4}<?(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`^[ \t]{0,8}(?:<<<[ \t]{0,3})?(?:[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}[ \t]{1,3})?)?<?(?<addr>${ADDR})>?\.\.\.[ \t]`, 'gim'),
  ],
};

// Exim: "The following address(es) failed:" then each address indented on its own line, the SMTP
// error on the indented lines below it ("host mx.example.com [192.0.2.1]: 550 ...").
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const exim: SendingSystem = {
  id: 'exim',
  signatures: [/This message was created automatically by mail delivery software/i, /following address\(es\) failed/i],
  recipientAnchors: [
    new RegExp(String.raw`^[ \t]{1,12}<?(?<addr>${ADDR})>?(?:[ \t]{0,4}\n[ \t]{2,16}(?:host|SMTP error|\(generated|retry|all hosts|all relevant|Unrouteable|Mailbox|unknown|[A-Za-z])|:?[ \t]{0,4}$)`, 'gim'),
  ],
};

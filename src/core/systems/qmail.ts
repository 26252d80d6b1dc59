// qmail and its descendants (netqmail, vpopmail, DragonFly dma): "<a@b>:" on its own line, then the
// remote server's words; the copy of the message follows "--- Below this line is a copy".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const qmail: SendingSystem = {
  id: 'qmail',
  signatures: [/This is the qmail-send program/i, /I'm afraid I wasn't able to deliver your message/i],
  recipientAnchors: [new RegExp(String.raw`^<(?<addr>${ADDR})>:[ \t]{0,4}$`, 'gim')],
  // qmail-remote says which command the refusal answered in its own sentence before the reply: "Connected
  // to 192.0.2.1 but sender was rejected." then a permanent "Remote host said: 5xx" is a refusal of the
  // envelope sender (MAIL FROM), whatever the status's subject says. A 4xx there is a deferral of the
  // sending host (Yahoo's [TSS04]), which its own words explain.
  reasons: [['rejected', [/\bConnected to [^\n]{1,80} but sender was rejected\.?[ \t]{0,4}\n[ \t]{0,4}Remote host said:[ \t]{0,4}5\d\d\b/i]]],
};

// qmail and its descendants (netqmail, vpopmail, DragonFly dma): "<a@b>:" on its own line, then the
// remote server's words; the copy of the message follows "--- Below this line is a copy".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const qmail: SendingSystem = {
  id: 'qmail',
  signatures: [/This is the qmail-send program/i, /I'm afraid I wasn't able to deliver your message/i],
  recipientAnchors: [new RegExp(String.raw`^<(?<addr>${ADDR})>:[ \t]{0,4}$`, 'gim')],
};

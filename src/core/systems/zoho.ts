// Zoho Mail: one line per recipient. The raw notice writes "a@b Invalid Address, ERROR_CODE :550,
// ERROR_CODE :5.1.1 <a@b>... text"; the notice as a webmail renders it (and Zoho's newer notices) write
// "a@b, ERROR CODE :552 - 5.2.2 Mailbox size limit exceeded": a comma right after the address, the label
// with a space, the reply and its status after " - ".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const zoho: SendingSystem = {
  id: 'zoho',
  signatures: [/ERROR[_ ]CODE ?:[ \t]{0,3}[245]\d\d/],
  recipientAnchors: [new RegExp(String.raw`^[ \t]{0,4}<?(?<addr>${ADDR})>?,?[ \t]{1,4}(?:[A-Za-z][^\n]{0,60})?ERROR[_ ]CODE ?:`, 'gim')],
};

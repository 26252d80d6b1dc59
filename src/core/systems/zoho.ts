// Zoho Mail: one line per recipient, "a@b Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... text".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const zoho: SendingSystem = {
  id: 'zoho',
  signatures: [/ERROR_CODE ?:[ \t]{0,3}[245]\d\d/],
  recipientAnchors: [new RegExp(String.raw`^[ \t]{0,4}<?(?<addr>${ADDR})>?[ \t]{1,4}[A-Za-z][^\n]{0,60}ERROR_CODE ?:`, 'gim')],
};

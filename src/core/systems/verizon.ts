// Verizon Wireless's mail-to-SMS gateway (vtext.com, vzwpix.com): "Error: <what went wrong>", then
// "Error message below:" with the server's reply, then "Message details:" with the envelope.
import type { SendingSystem } from './types';

export const verizon: SendingSystem = {
  id: 'verizon',
  signatures: [/^Error message below:[ \t]{0,4}$/m, /\b(?:vtext|vzwpix)\.com\b/i],
  headers: [/@(?:vtext|vzwpix)\.com\b/i],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/^Error:[ \t]{0,4}Invalid user address/im]],
    ['mesgtoobig', [/^Error:[ \t]{0,4}Message (?:size|too large)/im]],
  ],
};

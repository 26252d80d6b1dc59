// Microsoft Exchange / Microsoft 365 / Outlook.com: "Your message to a@b couldn't be delivered",
// "Delivery has failed to these recipients or groups:" then each address, and in the diagnostic part
// the address on its own line followed by "Remote Server returned '550 5.1.1 ...'" or "#550 5.1.1 ...".
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const exchange: SendingSystem = {
  id: 'exchange',
  signatures: [/Diagnostic information for administrators/i, /Delivery has failed to these recipients/i, /Remote Server returned/i],
  recipientAnchors: [
    new RegExp(String.raw`Your message to <?(?<addr>${ADDR})>? couldn't be delivered`, 'gi'),
    // "Your message to Carol Smith couldn't be delivered": the display name only; the Error line names the
    // address ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient carol@example.net not found by ...").
    new RegExp(String.raw`\bRecipient[ \t]{1,3}<?(?<addr>${ADDR})>?[ \t]{1,3}not found by`, 'gi'),
    new RegExp(String.raw`^[ \t]{0,8}<?(?<addr>${ADDR})>?[ \t]{0,4}(?:\(${ADDR}\)|<mailto:[^>\n]{1,200}>|on [^\n]{1,80})?[ \t]{0,4}$`, 'gim'),
  ],
};

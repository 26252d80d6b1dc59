// Layouts shared by many smaller systems (Domino, IMail, MessagingServer, Courier, filters...):
// "Recipient address: a@b", "Failed Recipient: a@b", "Could not deliver to a@b", an address alone
// on a line, and a quoted "a@b" in a "to ... :" sentence.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const generic: SendingSystem = {
  id: 'generic',
  signatures: [],
  recipientAnchors: [
    new RegExp(String.raw`^[ \t]{0,8}(?:Failed |Original |Invalid |Unknown )?(?:Recipient|Recipient address|Recipient\(s\)|Addressed To|Address|To address)[ \t]{0,4}:[ \t]{0,8}<?(?<addr>${ADDR})`, 'gim'),
    new RegExp(String.raw`(?:deliver(?:y)?(?: the)?(?: message| mail)? to|delivering to|deliver mail to|message to|sent to|send to|failed for|rejected for|address)[ \t]{1,4}['"<]{1,2}(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`^[ \t]{0,12}["']?<?(?<addr>${ADDR})>?["']?[ \t]{0,4}:?[ \t]{0,4}$`, 'gim'),
    // Gmail, Exchange and others open with the recipient: "Your message to a@b has been blocked",
    // "... couldn't be delivered", "... wasn't delivered", "... was rejected".
    new RegExp(String.raw`Your (?:message|e-?mail) to <?(?<addr>${ADDR})>?,? (?:has been (?:blocked|rejected|bounced)|was (?:blocked|rejected|not delivered)|wasn't delivered|couldn't be delivered|could not be delivered|cannot be delivered|can't be delivered|has not been delivered|hasn't been delivered)`, 'gi'),
    // The same in the languages the detector reads: "n'a pas pu être remis à <a@b>", "wurde nicht an a@b
    // zugestellt", "no se ha podido entregar a a@b", "non è stato consegnato a a@b".
    new RegExp(String.raw`(?:remis|remise|délivré|délivrée|distribué|distribuée|entregado|entregada|entregar|consegnato|consegnata|recapitato|recapitata|entregue)[ \t]{1,4}(?:à|a)[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`\b(?:Votre message|Ihre Nachricht|Su mensaje|Tu mensaje|Il tuo messaggio|Il messaggio|A sua mensagem|Sua mensagem|Uw bericht|Je bericht) (?:à|an|a|para|aan)[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`\bnicht an[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})>?['"]?[ \t]{1,4}(?:zugestellt|übermittelt|ausgeliefert)`, 'gi'),
    // A bare reply naming its recipient: "550 5.1.1 <a@b>: Recipient address rejected".
    new RegExp(String.raw`^[ \t]{0,8}[45]\d\d[ -](?:#?[45]\.\d{1,3}\.\d{1,3}[ \t]{1,3})?<(?<addr>${ADDR})>:`, 'gim'),
  ],
};

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
    // The localised notice opens with its own sentence ("No se pudo entregar el mensaje a a@b.", "Não foi
    // possível entregar a mensagem para a@b", "Impossibile recapitare il messaggio a a@b", "Het bericht kan niet
    // worden bezorgd bij a@b"), and its "Original message details" table gives the recipient by a label
    // ("Dirección del destinatario:", "Endereço do destinatário:", "Indirizzo destinatario:", "Adresse du
    // destinataire :", "Empfängeradresse:", "Adres van ontvanger:"), next to the sender's, which is not one.
    new RegExp(String.raw`\b(?:No se (?:pudo|ha podido|puede) entregar (?:el|tu|su) (?:mensaje|correo)|Não (?:foi|é) possível entregar (?:a )?(?:sua )?mensagem|Impossibile (?:recapitare|consegnare) il (?:tuo )?messaggio|(?:Het|Je|Uw) bericht kan niet worden bezorgd)[ \t]{1,4}(?:a|para|bij|aan)[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`^[ \t]{0,8}(?:Direcci[oó]n del destinatario|Endere[cç]o do destinat[aá]rio|Indirizzo (?:del )?destinatario|Adresse du destinataire|Empf[aä]ngeradresse|Adres van (?:de )?ontvanger|Ontvangeradres)[ \t\u00A0\u202F]{0,2}:[ \t]{0,8}<?(?<addr>${ADDR})`, 'gim'),
  ],
};

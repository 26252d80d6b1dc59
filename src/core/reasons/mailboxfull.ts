// The recipient's mailbox is out of space.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const mailboxfull = defineReason('mailboxfull', [
  /mailbox (?:is )?full/i,
  /mail ?box (?:is )?(?:over|exceeds?|exceeded) (?:its |the )?(?:quota|storage|size|disk)/i,
  /(?:quota|storage) (?:exceeded|full|limit)/i,
  /over (?:the )?(?:allowed )?(?:disk )?quota/i,
  /(?:is|are|user|account|mailbox|recipient) (?:is )?over (?:disk |the )?quota/i,
  /exceed(?:ed|s|ing)? (?:the |their |its )?(?:mailbox |storage |disk |mail )?(?:quota|storage allocation|storage limit|disk space)/i,
  /insufficient storage/i,
  /user mailbox exceeds allowed size/i,
  /not enough (?:storage|space|disk)/i,
  /does not have enough space/i,
  /mailbox size limit exceeded/i,
  /full mailbox/i,
  /inbox is full/i,
  /mailfolder is full/i,
  /userdisk quota/i,
  /domaindisk quota/i,
  /disk quota exceeded/i,
  /quota violation/i,
  /the user'?s space has been used up/i,
  /too much mail data/i,
  /too many messages (?:on the server|in (?:the )?mailbox)/i,
  /boite (?:du destinataire )?pleine/i,
  /out of storage/i,
  /mailbox has exceeded/i,
  // Postfix local(8) maps a write that fails with EFBIG (the mailbox file hit its size limit) like EDQUOT:
  // "cannot update mailbox /var/mail/x for user x. error writing message: File too large" is a full mailbox.
  /error writing message: (?:file too large|disk quota exceeded)/i,
  // Other languages' wording for a full mailbox.
  /\bpostfach (?:des empf(?:ä|ae)ngers )?(?:ist )?(?:voll|(?:ü|ue)berf(?:ü|ue)llt)/i,
  /\b(?:speicherplatz|quota|kontingent) (?:ist )?(?:ü|ue)berschritten/i,
  /\bbo[iî]te (?:aux lettres |de r[ée]ception |mail |(?:e-?)?mail )?(?:du destinataire )?(?:est )?pleine/i,
  /\bquota (?:de [^\n]{1,20} )?(?:d[ée]pass[ée]|atteint|excédé)/i,
  /\bbuz[oó]n\b[^\n]{0,40}\blleno\b/i,
  /\bcuota (?:de [^\n]{1,20} )?(?:excedida|superada)/i,
  /\bcaixa (?:postal|de correio|de entrada)\b[^\n]{0,40}\bcheia\b/i,
  /\bcota (?:de [^\n]{1,20} )?(?:excedida|ultrapassada)/i,
  /\bcasella (?:di posta )?(?:[^\n]{0,20} )?piena\b/i,
  /容量(?:超過|オーバー|不足)|メールボックスが(?:いっぱい|満杯)|邮箱(?:已满|空间不足)/,
]);

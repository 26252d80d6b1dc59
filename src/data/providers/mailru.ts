// Mail.ru (VK group; also inbox.ru, list.ru, bk.ru, internet.ru): replies without enhanced status codes,
// naming the local mailbox and its state, and spam refusals with a help.mail.ru/notspam-support link.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const POSTMASTER: Reference = { title: 'Mail.ru Postmaster (sender statistics)', url: 'https://postmaster.mail.ru/', tool: true };
const HELP: Reference = { title: 'Mail.ru help', url: 'https://help.mail.ru/' };
const REFS = [HELP, POSTMASTER];
const base = { kind: 'provider' as const, authority: 'Mail.ru (VK)' };
const TELL_RECIPIENT = 'Reach the recipient another way (phone, chat, another address) and tell them about the bounce';

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'mailru-550-account-disabled',
    reply: '550',
    match: [/local mailbox [^\n]{1,120}is unavailable:? account is (?:disabled|blocked|frozen)/i],
    title: "Mail.ru: recipient's account is disabled",
    meaning: 'The recipient\'s Mail.ru mailbox exists but is disabled, usually after long inactivity or a security block, so it does not take mail.',
    details: 'Mail.ru answers 550 "Message was not accepted -- invalid mailbox. Local mailbox <address> is unavailable: account is disabled" for suspended accounts; the same frame with another reason after the colon covers other states.',
    causes: ['The account was not used for a long time and was frozen', 'Mail.ru blocked the account for security reasons'],
    senderSteps: [TELL_RECIPIENT, 'Ask the recipient for a current address'],
    adminSteps: ['Remove the address from mailing lists'],
    retry: 'no',
    retryAdvice: 'Resending fails until the recipient restores the account.',
    party: 'recipient',
    reputation: 'none',
    reason: 'suspend',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'mailru-550-user-not-found',
    reply: '550',
    match: [/local mailbox [^\n]{1,120}is unavailable:? user (?:not found|doesn'?t exist|does not exist)/i, /\buser not found\b/i],
    title: 'Mail.ru: address does not exist',
    meaning: 'There is no Mail.ru mailbox for this address. Check the spelling, including the domain (mail.ru, inbox.ru, list.ru and bk.ru are different).',
    details: 'Mail.ru uses the "invalid mailbox. Local mailbox <address> is unavailable: user not found" frame for unknown recipients.',
    causes: ['A typo in the name or in the domain', 'The account was deleted'],
    senderSteps: ['Check the spelling of the address and its domain', TELL_RECIPIENT],
    adminSteps: ['Remove the address from mailing lists after this bounce'],
    retry: 'no',
    retryAdvice: 'Resending to the same address fails again; use a corrected address.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'mailru-550-invalid-mailbox',
    reply: '550',
    match: [/\binvalid mailbox\b/i],
    title: 'Mail.ru: mailbox cannot take mail',
    meaning: 'Mail.ru did not accept your message because the recipient\'s mailbox is not usable right now. The text after "is unavailable:" says why.',
    details: 'The general form of Mail.ru\'s recipient refusal; the reason after the colon distinguishes unknown, disabled and over-quota mailboxes.',
    causes: ['The address does not exist or is misspelled', 'The account is disabled or full'],
    senderSteps: ['Check the address', TELL_RECIPIENT],
    adminSteps: ['Remove the address if it keeps failing'],
    retry: 'no',
    retryAdvice: 'Resending fails until the mailbox is usable again.',
    party: 'recipient',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'mailru-550-spam-rejected',
    reply: '550',
    match: [/spam message (?:was )?rejected/i, /notspam-support/i],
    title: 'Mail.ru: message refused as spam',
    meaning: "Mail.ru's spam filter judged your message to be spam and refused it. The link in the reply leads to a form to dispute the verdict.",
    details: 'Mail.ru answers 550 "spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=..." with a case code; the form accepts disputes from the sender or its administrator.',
    causes: ['Content or links that look like spam', 'Complaints from Mail.ru users about earlier mail', 'SPF, DKIM or DMARC not passing'],
    senderSteps: ['Open the notspam-support link in the reply and file the dispute form', USE_OTHER_ACCOUNT],
    adminSteps: ['Check authentication and the domain\'s statistics in Mail.ru Postmaster', FORWARD_TO_ADMIN],
    retry: 'after-fix',
    retryAdvice: 'Resend after the dispute is answered or the content is changed.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: REFS,
  },
];

export const mailru: ProviderFile = {
  id: 'mailru',
  name: 'Mail.ru (VK)',
  covers: [],
  home: POSTMASTER,
  signatures: [/\bmail\.ru\b/i, /@(?:inbox|list|bk|internet)\.ru\b/i, /\bnotspam-support\b/i, /invalid mailbox\.? local mailbox\b/i],
  entries,
};

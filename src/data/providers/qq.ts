// Tencent QQ Mail and Tencent Exmail (enterprise mail on qq.com's platform): short English replies from
// mx*.qq.com, many with a help link on service.mail.qq.com or service.exmail.qq.com. The replies carry no
// enhanced status codes; the wording names the situation.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { DMARC, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const HELP: Reference = { title: 'QQ Mail help centre (bounce explanations)', url: 'https://service.mail.qq.com/' };
const EXMAIL: Reference = { title: 'Tencent Exmail help centre', url: 'https://service.exmail.qq.com/' };
const REFS = [HELP, EXMAIL];

const base = { kind: 'provider' as const, authority: 'Tencent (QQ Mail / Exmail)' };
const TELL_RECIPIENT = 'Reach the recipient another way (phone, WeChat, another address) and check the address with them';
const SLOW_DOWN = 'Send to QQ addresses in smaller batches over a longer time and keep connections to QQ hosts few';

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'qq-550-mailbox-not-found',
    reply: '550',
    match: [/\bmailbox not found\b/i, /is a deactivated mailbox/i],
    title: 'QQ Mail: address does not exist',
    meaning:
      'There is no QQ Mail or Exmail mailbox for this address, or it has been deactivated. QQ addresses are often numbers, so a single wrong digit is enough.',
    details:
      'Tencent\'s MX answers 550 "Mailbox not found" (with a help link, number 1000728 on the Exmail site) for unknown recipients, and "is a deactivated mailbox" for closed accounts.',
    causes: ['A typo, often a wrong or missing digit in a numeric QQ address', 'The account was closed or deactivated', 'The company removed the Exmail user'],
    senderSteps: ['Check the address letter by letter and digit by digit', TELL_RECIPIENT],
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
    id: 'qq-550-mailbox-unavailable-or-access-denied',
    reply: '550',
    match: [/mailbox unavailable or access deni?n?ed/i],
    title: 'QQ Mail: mailbox unavailable or access denied',
    meaning:
      'QQ Mail would not deliver to this mailbox. Usually the address does not exist or is frozen; QQ also says this when one mailbox has been getting too much mail from your side in a short time.',
    details:
      'A catch-all refusal of Tencent\'s MX at RCPT TO: it covers unknown and suspended recipients and a per-recipient receiving limit. Sisimai files it under rate limiting; check the address first.',
    causes: ['The address does not exist or the account is frozen', 'Too many messages to this one mailbox in a short time'],
    senderSteps: ['Check the address, and reach the recipient another way if it is right', 'If you sent the recipient many messages recently, wait a day before sending again'],
    adminSteps: [SLOW_DOWN, 'Remove the address if it keeps failing for several days'],
    retry: 'later',
    retryAdvice: 'If the address is right, try once more after several hours; repeated failures mean the mailbox is gone.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-501-bad-address-syntax',
    reply: '501',
    match: [/bad address syntax/i],
    title: 'QQ Mail: address is malformed',
    meaning:
      'The address your message was sent to is not written in a valid form (a stray character, a space, a missing part), so QQ Mail refused it before looking it up.',
    details:
      'Tencent\'s MX answers 501 "Bad address syntax" (help number 1000730) when the RCPT TO or MAIL FROM argument does not parse as an address.',
    causes: ['A typo or stray character in the address', 'An application that writes the address without angle brackets or with extra text'],
    senderSteps: ['Retype the address and remove spaces or extra characters', TELL_RECIPIENT],
    adminSteps: ['If an application sent it, check how it writes the RCPT TO and MAIL FROM addresses'],
    retry: 'after-fix',
    retryAdvice: 'Resend with the corrected address.',
    party: 'sender',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-550-rejected-by-recipients',
    reply: '550',
    match: [/mail is rejected by recipients?/i],
    title: 'QQ Mail: the recipient blocks your mail',
    meaning:
      'The recipient has set QQ Mail to refuse mail from you: your address or domain is on their block list, or their settings only accept mail from known contacts.',
    details:
      'Tencent\'s MX returns "Mail is rejected by recipients" when the mailbox owner\'s own filter (blocked senders, whitelist-only mode) refuses the sender. It is a personal setting, not a platform verdict.',
    causes: ['The recipient blocked your address or domain', 'The recipient accepts mail only from contacts or an allow list'],
    senderSteps: ['Ask the recipient through another channel to unblock you or add you to their contacts', USE_OTHER_ACCOUNT],
    adminSteps: ['Nothing to change on the server; only the recipient can lift the block'],
    retry: 'after-fix',
    retryAdvice: 'Resend only after the recipient confirms they changed their settings.',
    party: 'recipient',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-550-mail-content-denied',
    reply: '550',
    match: [/mail content denied/i, /spam is embedded in the e-?mail/i],
    title: 'QQ Mail: message content refused as spam',
    meaning:
      "QQ Mail's filter judged the content of your message (text, links or attachments) to be spam and refused it.",
    details:
      'Tencent\'s content filter answers "Mail content denied" (help number 1000726) or "spam is embedded in the email" after DATA. Links to domains with poor reputation and bulk-style HTML are common triggers.',
    causes: ['Links to domains with a poor reputation, or link shorteners', 'Bulk-looking content, many images, little text', 'Attachments of risky types'],
    senderSteps: ['Send a short plain message without links or attachments and see whether it passes', USE_OTHER_ACCOUNT],
    adminSteps: ['Check linked domains on public block lists and remove shortened or tracking links', 'Make sure SPF, DKIM and DMARC pass for mail to QQ'],
    retry: 'after-fix',
    retryAdvice: 'Resend only after changing the content; the same message is refused again.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-550-suspected-spam-ip',
    reply: '550',
    match: [/suspected spam ip/i, /suspected bounce attacks?/i, /\bconnection denied\b/i],
    title: 'QQ Mail: sending server refused',
    meaning:
      'QQ Mail refused the server that sent your message because that server looks like a source of spam or of bounce floods. It is about the sending server, not your text.',
    details:
      'Tencent scores connecting IPs; "Suspected spam ip", "Suspected bounce attacks" (many bounces to QQ users) or "Connection denied" mean the IP is blocked for now.',
    causes: ['Spam or a burst of mail from the sending IP', 'Many bounces or auto-replies sent to QQ addresses', 'A shared IP with bad neighbours'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['Stop the source of unwanted mail or backscatter from the IP', SLOW_DOWN],
    retry: 'after-fix',
    retryAdvice: 'The block usually lapses after some hours to days once the traffic stops; send through another server meanwhile.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-550-suspected-spam',
    reply: '550',
    match: [/suspected spam(?! ?ip)(?: sender| mail)?/i],
    title: 'QQ Mail: you were judged a spam sender',
    meaning:
      'QQ Mail treats the sending address or the message as probable spam and refused it. Complaints from QQ users or sending patterns typical of bulk mail are the usual reasons.',
    details:
      'Tencent answers "Suspected spam" or "Suspected spam sender" when its sender or message scoring crosses its threshold; unlike "Suspected spam ip" it concerns the sender address or the message more than the server.',
    causes: ['QQ users marked earlier mail from you as spam', 'Bulk-looking content or sending pattern', 'Missing SPF, DKIM or DMARC'],
    senderSteps: ['Send only to people who expect your mail, and try again later with a short personal message', USE_OTHER_ACCOUNT],
    adminSteps: ['Make sure SPF, DKIM and DMARC pass', SLOW_DOWN],
    retry: 'after-fix',
    retryAdvice: 'Resend after some hours with changed content; repeated identical attempts keep failing.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 'qq-550-auth-check-failed',
    reply: '550',
    match: [/\bdmarc check failed/i, /\bspf check failed/i],
    title: 'QQ Mail: SPF or DMARC check failed',
    meaning:
      'Your domain publishes SPF or DMARC rules (DNS records that say which servers may send as it), and this message did not pass them, so QQ Mail refused it.',
    details:
      'Tencent enforces SPF hard fails and DMARC reject policies: "SPF check failed" or "DMARC check failed" with a help link. DMARC needs SPF or DKIM to pass for a domain aligned with the From address.',
    causes: ['A service sends as your domain without being in SPF or signing with your DKIM key', 'Forwarding broke SPF and there is no DKIM signature', 'The domain was forged'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['List every sending service in the SPF record and sign mail with DKIM for your own domain', 'Read DMARC aggregate reports to find sources that fail alignment'],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF or DKIM passes and aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [...REFS, DMARC],
  },
  {
    ...base,
    id: 'qq-550-frequency-limited',
    reply: '550',
    match: [/\b(?:ip|domain|sender|connection) frequency limited/i, /frequency of receiving messages is limited/i],
    title: 'QQ Mail: too much mail too fast',
    meaning:
      'QQ Mail limits how often one server, domain or sender may deliver to it, and your side went over that limit. The message was refused for now.',
    details:
      'Tencent rate-limits per IP ("Ip frequency limited"), sender domain, sender address and connection count, and per receiving mailbox. Although the reply is 550, it clears once the rate drops.',
    causes: ['A large send to QQ addresses in a short time', 'Many parallel connections from one IP', 'A new IP without sending history'],
    senderSteps: ['Wait a few hours, then send again', FORWARD_TO_ADMIN],
    adminSteps: [SLOW_DOWN, 'Warm new IPs up gradually before large sends to QQ'],
    retry: 'later',
    retryAdvice: 'Resend after a few hours at a lower rate; the limit resets by itself.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'permanent',
    references: REFS,
  },
];

export const qq: ProviderFile = {
  id: 'qq',
  name: 'Tencent QQ Mail / Exmail',
  covers: [],
  home: HELP,
  signatures: [
    /\bqq\.com\b/i,
    /\bfoxmail\.com\b/i,
    /\btencent\b/i,
    /\bmail is rejected by recipients?\b/i,
    /\bmailbox unavailable or access deni?n?ed\b/i,
    /\bsuspected (?:spam (?:sender|ip)|bounce attacks?)\b/i,
    /\b(?:ip|domain|sender|connection) frequency limited\b/i,
  ],
  entries,
};

// Zoho Mail (mailboxes, inbound mx.zoho.com / smtpin.zoho.com) and ZeptoMail (Zoho's transactional sending
// service): what their servers mean by their replies. Inbound refusals say "detected by Zoho Mail" or name a
// Zoho host; ZeptoMail documents its SMTP submission errors (530, 535, 553).
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { RFC3463_ADDRESS } from '../shared';

const ZEPTO_ERRORS: Reference = {
  title: 'Zoho ZeptoMail Help: SMTP error codes',
  url: 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html',
};
const ZOHO_MAIL_HELP: Reference = { title: 'Zoho Mail Help', url: 'https://www.zoho.com/mail/help/' };
const SPAM_REASONS: Reference = {
  title: 'Zoho Mail Help: Reasons an email is marked as spam',
  url: 'https://www.zoho.com/mail/help/spam-reason.html',
};

const FORWARD_TO_ADMIN = 'Forward this bounce to whoever runs your email domain or sending service; the fix is a setting on the sending side';
const ASK_RECIPIENT = 'Contact the recipient another way (phone, chat) and ask them to have their mail administrator allow your address';

const base = { kind: 'provider' as const, authority: 'Zoho' };

// 554 5.2.3 and 554 5.7.7 are two wordings of the recipient organisation's mail policy refusing the message.
const mailPolicy = {
  ...base,
  reply: '554',
  title: "Zoho: blocked by the recipient organisation's mail policy",
  meaning:
    "The recipient's organisation hosts its mail at Zoho and has rules about what mail its users may receive; your message broke one of them. It is the recipient side's setting, not a fault in your account.",
  details:
    'Zoho Mail lets an organisation restrict inbound mail per user or group (allowed sender domains, external mail, attachment types, size). A message outside those rules is refused at delivery: "MailPolicy violation Error delivering to mailboxes" (5.2.3) or "Email policy violation detected" (5.7.7).',
  causes: [
    'The recipient (or their group) may only receive mail from inside the organisation or from listed domains',
    'An attachment type or size that the organisation does not allow',
    'A content rule set by the recipient\'s administrator',
  ],
  senderSteps: [ASK_RECIPIENT, 'Try again without attachments, or share the file by link'],
  adminSteps: ["On the recipient side: review the mail policy and restrictions of the user or group in Zoho Mail's admin console"],
  retry: 'after-fix' as const,
  retryAdvice: "Resending unchanged fails again; resend after the recipient's administrator changes the policy or with the offending part removed.",
  party: 'recipient-admin' as const,
  reputation: 'none' as const,
  reason: 'policyviolation' as const,
  permanence: 'permanent' as const,
  references: [ZOHO_MAIL_HELP],
};

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'zoho-541-5.4.1-destination-domain',
    reply: '541',
    status: '5.4.1',
    match: [/mail rejected by destination domain/i, /rejected by (?:the )?destination domain/i],
    title: "Zoho: rejected by the recipient domain's filters",
    meaning:
      "The recipient's organisation, which uses Zoho Mail, refused your message with its own filters. Usually your address or domain is on their block list, or their spam settings reject mail like yours.",
    details:
      'Zoho answers RCPT TO with 541 5.4.1 "Mail rejected by destination domain" when the receiving organisation\'s spam control refuses the sender: a blocked address or domain, or a strict setting for failed SPF/DKIM/DMARC. The reply code 541 is Zoho\'s own.',
    causes: [
      "Your address or domain is on the recipient organisation's block list in Zoho",
      "Their spam control is set to reject mail that fails SPF, DKIM or DMARC, and yours failed",
      'Your sending IP or domain has a poor reputation',
    ],
    senderSteps: [ASK_RECIPIENT, FORWARD_TO_ADMIN],
    adminSteps: [
      'Check that SPF and DKIM pass and align with the From domain for this route',
      "On the recipient side: remove the sender from the block list in Zoho Mail's spam control, or add it to the allow list",
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient has allowed you or your authentication is fixed.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'rejected',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP, SPAM_REASONS],
  },
  {
    ...base,
    id: 'zoho-452-policy-restricted',
    reply: '452',
    match: [/mailbox delivery restricted by policy/i],
    title: "Zoho: recipient's mailbox restricted by policy",
    meaning:
      "Zoho is holding back delivery to this mailbox because of a restriction on the recipient's account. It is a temporary refusal: the sending server keeps trying for a while, and the recipient or their administrator has to lift the restriction.",
    details:
      'A 452 "Mailbox delivery restricted by policy error" from mx.zoho.com: the address exists, but incoming delivery to it is restricted, for example a mailbox being set up, blocked by the organisation, or locked by Zoho until the owner acts.',
    causes: [
      "The recipient's administrator restricted incoming mail to this account",
      'The account is new, suspended or locked and not yet allowed to receive',
    ],
    senderSteps: [
      'Wait: the sending server retries by itself',
      'If it still bounces after a day, tell the recipient another way that their mailbox refuses mail',
    ],
    adminSteps: ["On the recipient side: check the user's status and receiving restrictions in Zoho Mail's admin console"],
    retry: 'later',
    retryAdvice: 'Automatic retries may succeed once the restriction is lifted; if it lasts more than a day, contact the recipient.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'transient',
    references: [ZOHO_MAIL_HELP],
  },
  {
    ...base,
    id: 'zoho-452-4.3.1-temporary-system-error',
    reply: '452',
    status: '4.3.1',
    match: [/temporary system error/i],
    title: 'Zoho: temporary system error',
    meaning:
      'A Zoho server had a passing fault while taking your message and asked for it to be sent again later. Nothing is wrong with your message or the address; the sending server retries automatically.',
    details:
      'Zoho answers 452 4.3.1 "Temporary System Error" when a component behind its MX (storage, a filter) is briefly unavailable. X.3.1 in RFC 3463 is "mail system full"; Zoho uses it for a general temporary fault.',
    causes: ['A short outage or overload at Zoho', 'Maintenance on the storage that holds the recipient mailbox'],
    senderSteps: ['Wait for the automatic retry', 'If the message bounces for good after several hours, send it again'],
    adminSteps: ['Keep normal retry intervals; check Zoho\'s service status if many Zoho-hosted domains defer at once'],
    retry: 'later',
    retryAdvice: 'Usually clears within minutes to an hour; retries handle it.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ZOHO_MAIL_HELP],
  },
  {
    ...base,
    id: 'zoho-550-5.7.1-dmarc',
    reply: '550',
    status: '5.7.1',
    match: [/rejected per dmarc policy/i],
    title: "Zoho: rejected under the sender domain's DMARC policy",
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks) set to reject, and your message failed it. Zoho followed the domain owner's instruction.",
    details:
      'Zoho checked DMARC for the From domain: neither SPF nor DKIM passed for a domain aligned with From, and the policy says reject. The reply reads "Email rejected per DMARC policy for <domain>".',
    causes: [
      'A sending service signs with its own domain, so DKIM does not align with your From address',
      'The message was forwarded and lost its SPF pass, with no valid DKIM signature to fall back on',
      'Someone forged your domain; then the rejection is working as intended',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If you did not send this message, your domain is being spoofed; tell your administrator'],
    adminSteps: [
      'Enable DKIM with your own domain in every service that sends as you, and include those services in SPF',
      'Use DMARC aggregate reports to find unaligned sources before tightening the policy',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF or DKIM passes and aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  },
  {
    ...base,
    id: 'zoho-550-5.1.1',
    reply: '550',
    status: '5.1.1',
    match: [/user unknown/i, /user does not exist/i],
    title: 'Zoho: no such user',
    meaning:
      'The recipient domain uses Zoho Mail, and Zoho has no mailbox or alias with this address. It is mistyped, was never created, or was deleted.',
    details:
      'Zoho answered RCPT TO with 550 5.1.1 ("User unknown" or "User does not exist - <address>") after looking the address up in the organisation\'s users, aliases and groups.',
    causes: ['A typo in the part before the @', 'The user left the organisation and the account was deleted', 'An old address from a list or contact card'],
    senderSteps: ['Check the address against a recent message from this person, or ask them for it another way', 'Remove the address from your lists if it is right but gone'],
    adminSteps: ['On the recipient side: if the address should exist, add it as a user or alias in Zoho Mail\'s admin console'],
    retry: 'no',
    retryAdvice: 'Sending again to the same address fails the same way; only a corrected address helps.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP, RFC3463_ADDRESS],
  },
  {
    ...base,
    id: 'zoho-552-5.1.1-policy-failure',
    reply: '552',
    status: '5.1.1',
    match: [/mailbox delivery failure policy error/i],
    title: 'Zoho: mailbox cannot receive (delivery failure by policy)',
    meaning:
      'Zoho refused to deliver to this mailbox. The wording mentions policy, but in practice the address is usually inactive, blocked or otherwise unable to receive, so treat it like an address that no longer works.',
    details:
      'Zoho answers RCPT TO with 552 5.1.1 "<address> Mailbox delivery failure policy error". The 5.1.1 detail marks the mailbox as unusable rather than full, although 552 is normally the storage code.',
    causes: ['The account was deactivated or blocked by its organisation', 'The address was kept as a reserved name or alias that is not allowed to receive mail'],
    senderSteps: ['Confirm the address with the recipient another way', 'Stop sending to it if it keeps failing'],
    adminSteps: ["On the recipient side: check in Zoho Mail's admin console that the user is active and allowed to receive"],
    retry: 'no',
    retryAdvice: 'Do not resend to the same address unless the recipient confirms it works again.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP, RFC3463_ADDRESS],
  },
  {
    ...base,
    id: 'zoho-552-5.7.1-virus',
    reply: '552',
    status: '5.7.1',
    match: [/virus [^\n]{1,80} detected by zoho mail/i, /detected by zoho mail/i],
    title: 'Zoho: virus detected in the message',
    meaning:
      "Zoho's virus scanner found malware (or a test signature) in the message, usually in an attachment, and refused it. Your device or a file you forwarded may be infected.",
    details:
      'The reply names the signature, e.g. "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail". Zoho scans inbound mail and ZeptoMail submissions alike; the whole message is refused.',
    causes: [
      'An infected attachment (often an Office file with macros, an archive or an executable)',
      'A file forwarded from someone else that carried malware',
      'A test file such as EICAR sent on purpose',
    ],
    senderSteps: ['Scan your computer and the attached file with up-to-date antivirus software', 'Send the message again without the attachment, or share a clean copy by link'],
    adminSteps: ['Check the sending machine or application for malware and scan outgoing mail before it leaves'],
    retry: 'after-fix',
    retryAdvice: 'Resend only without the infected content.',
    party: 'sender',
    reputation: 'medium',
    reason: 'virusdetected',
    permanence: 'permanent',
    references: [ZEPTO_ERRORS],
  },
  {
    ...base,
    id: 'zoho-553-relaying-disallowed',
    reply: '553',
    match: [/relaying disallowed/i],
    title: 'Zoho: relaying disallowed for this address',
    meaning:
      'Zoho would not send or accept the message for this address. When you send through Zoho or ZeptoMail it means your From address or its domain is not set up (verified) in your account; when you send to a Zoho domain it means that domain is not set up in Zoho.',
    details:
      'ZeptoMail and Zoho SMTP answer "553 Relaying disallowed as <address>" when the From address is outside the account\'s verified domains. Zoho\'s MX (mx.zoho.com) says "553 Relaying disallowed" when the recipient domain points its MX at Zoho but is not added to any Zoho organisation.',
    causes: [
      'The From address uses a domain that is not added and verified in ZeptoMail or Zoho Mail',
      'The app sends with a From address different from the logged-in Zoho account',
      "The recipient's domain points its MX records at Zoho without being set up there",
    ],
    senderSteps: ["Send from the address your Zoho account or ZeptoMail agent is set up for", FORWARD_TO_ADMIN],
    adminSteps: [
      'Add and verify the sending domain in ZeptoMail (Domains) or Zoho Mail, then use an address on it',
      'On the recipient side: add the domain to Zoho Mail or point its MX records at the provider that hosts it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the From domain is verified in the Zoho account, or after the recipient fixes their domain.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [ZEPTO_ERRORS],
  },
  { ...mailPolicy, id: 'zoho-554-5.2.3-mail-policy', status: '5.2.3', match: [/mailpolicy violation/i, /mail ?policy violation/i] },
  { ...mailPolicy, id: 'zoho-554-5.7.7-mail-policy', status: '5.7.7', match: [/email policy violation detected/i] },
  {
    ...base,
    id: 'zoho-554-5.7.1-spam',
    reply: '554',
    status: '5.7.1',
    match: [/email flagged as spam/i, /email cannot be delivered\. reason: [^\n]{0,20}spam/i],
    title: 'Zoho: message flagged as spam',
    meaning:
      "Zoho's spam filter judged your message to be spam and refused it. This concerns the message and how it was sent (content, links, authentication, sender reputation), not the recipient's address.",
    details:
      'Zoho answered "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam" after its filter scored the message. Zoho lists common reasons: failed SPF/DKIM/DMARC, listed IPs or domains, suspicious links and bulk-mail traits.',
    causes: [
      "SPF or DKIM failing for the From domain",
      'The sending IP or a linked domain is on a public blocklist',
      'Content that reads like bulk mail: many links, link shorteners, mostly images, misleading subject',
    ],
    senderSteps: ['Send a short plain message without links or attachments to see whether content is the trigger', FORWARD_TO_ADMIN],
    adminSteps: [
      'Make SPF and DKIM pass with your own domain and publish DMARC',
      'Check the sending IP and link domains on public blocklists (for example Spamhaus) and fix any listing',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same message from the same setup is refused again; resend after changing content or fixing authentication.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [SPAM_REASONS, ZOHO_MAIL_HELP],
  },
  {
    ...base,
    id: 'zoho-550-5.4.6-unusual-activity',
    reply: '550',
    status: '5.4.6',
    match: [/unusual sending activity/i],
    title: 'Zoho: your account is blocked from sending (unusual activity)',
    meaning:
      'Zoho stopped outgoing mail from your own account because it saw unusual sending, such as a burst of messages or many new recipients. This protects against hijacked accounts; nothing was wrong with the recipient.',
    details:
      "Zoho's outbound protection blocks an account (or its SMTP access) when its sending pattern looks abusive or compromised: volume spikes, many bounces, or logins from unexpected places. The block stays until the owner or the organisation's admin clears it.",
    causes: [
      'A large mailing or many messages in a short time from a normal mailbox',
      'Someone else got the password and used the account to send spam',
      'An app or device sending repeatedly in a loop',
    ],
    senderSteps: [
      'Sign in to Zoho Mail on the web and follow the notice about the sending block; change your password if you did not send the burst',
      'If you belong to an organisation, ask your Zoho Mail administrator to review and lift the block',
    ],
    adminSteps: [
      "Check the user's recent logins and sent mail in Zoho Mail's admin console, reset credentials, then restore sending",
      'Send bulk or marketing mail through a bulk-mail service instead of a normal mailbox',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending stays blocked until Zoho or your administrator lifts it; resend afterwards.',
    party: 'sender',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP],
  },
  {
    ...base,
    id: 'zoho-554-5.1.8-sender-blocked',
    reply: '554',
    status: '5.1.8',
    match: [/sender address (?:is )?blocked/i],
    title: 'Zoho: sender address blocked from sending',
    meaning:
      'Zoho refused the message because the sending address itself is blocked, by Zoho after abuse reports or by your organisation\'s administrator. The recipient is not the problem.',
    details:
      'RFC 3463 uses X.1.8 for a bad sender\'s system address; Zoho answers 554 5.1.8 "Sender address blocked" when the From or envelope sender is barred from sending through its servers.',
    causes: [
      'Your administrator restricted this address from sending outside the organisation',
      'Zoho blocked the address after spam or abuse was sent from it',
    ],
    senderSteps: ['Ask your Zoho Mail administrator why the address is blocked', 'Send urgent mail from another address meanwhile'],
    adminSteps: ["Review the user's sending restrictions and any abuse notices in Zoho Mail's admin console; contact Zoho support if Zoho set the block"],
    retry: 'after-fix',
    retryAdvice: 'Resend after the block on the address is lifted.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'rejected',
    permanence: 'permanent',
    references: [ZOHO_MAIL_HELP, { title: 'RFC 3463 §3.2 Address status (X.1.8)', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2' }],
  },
  {
    ...base,
    id: 'zoho-530-starttls-required',
    reply: '530',
    match: [/must issue a starttls command first/i],
    title: 'Zoho: STARTTLS required before sending',
    meaning:
      "Your mail program or app tried to send through Zoho's server without encrypting the connection first, and Zoho requires encryption. It is a setting in the app, not a problem with the message.",
    details:
      'Zoho and ZeptoMail SMTP refuse MAIL FROM and AUTH on an unencrypted session with 530 "Must issue a STARTTLS command first". Use port 587 with STARTTLS or port 465 with implicit TLS.',
    causes: ['The app is set to port 25 or 587 without TLS/STARTTLS', 'An old library or device that does not support TLS'],
    senderSteps: ['In the app\'s outgoing-server settings, turn on TLS/STARTTLS (port 587) or SSL (port 465)'],
    adminSteps: ['Update the sending library or device so it negotiates TLS 1.2 or later with Zoho\'s SMTP host'],
    retry: 'after-fix',
    retryAdvice: 'Resend after switching the connection to TLS.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'failedstarttls',
    permanence: 'permanent',
    references: [ZEPTO_ERRORS, { title: 'RFC 3207 SMTP STARTTLS', url: 'https://www.rfc-editor.org/rfc/rfc3207' }],
  },
  {
    ...base,
    id: 'zoho-535-authentication-failed',
    reply: '535',
    match: [/authentication failed/i],
    title: 'Zoho: SMTP authentication failed',
    meaning:
      "Zoho did not accept the login your app used to send. The username, password or ZeptoMail sending token is wrong, or the account cannot send right now (for example ZeptoMail credits used up or the account blocked).",
    details:
      'ZeptoMail answers 535 "Authentication Failed" for an invalid Send Mail token or username, and also when the account has no credits or is suspended. Zoho Mail SMTP gives the same reply for a wrong password or when an app-specific password is required.',
    causes: [
      'Wrong username or an expired, deleted or mistyped ZeptoMail Send Mail token',
      'Two-factor authentication is on and the app uses the normal password instead of an app-specific one',
      'ZeptoMail credits exhausted or the account suspended',
    ],
    senderSteps: ['Re-enter the SMTP username and password or token exactly as shown in your Zoho or ZeptoMail settings', 'If two-factor sign-in is on, create an application-specific password for the app'],
    adminSteps: ['In ZeptoMail, check the Mail Agent\'s SMTP credentials, the remaining credits and the account status'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the credentials or account status are fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ZEPTO_ERRORS, { title: 'RFC 4954 SMTP AUTH', url: 'https://www.rfc-editor.org/rfc/rfc4954' }],
  },
  {
    ...base,
    id: 'zoho-451-4.7.1-greylisted',
    reply: '451',
    status: '4.7.1',
    match: [/greylisted, try again after some time/i, /greylisted/i],
    title: 'Zoho: greylisted, retry shortly',
    meaning:
      'Zoho briefly turned the message away because it had not seen this sender before; this is called greylisting. Proper mail servers retry after a few minutes and are then accepted.',
    details:
      'A 451 4.7.1 "Greylisted, try again after some time" from mx.zoho.com. Greylisting rejects the first attempt from an unknown sender/IP/recipient combination and accepts a retry after a short wait.',
    causes: ['First message from this sending IP or address to this recipient', 'A sending pool that retries from a different IP each time'],
    senderSteps: ['Nothing to do: the message is retried and normally delivered within minutes'],
    adminSteps: ['Make sure the server retries 4xx replies (most do) and, with IP pools, retries from the same IP'],
    retry: 'later',
    retryAdvice: 'The automatic retry after 5–30 minutes usually succeeds.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'blocked',
    permanence: 'transient',
    references: [ZOHO_MAIL_HELP],
  },
];

export const zoho: ProviderFile = {
  id: 'zoho',
  name: 'Zoho Mail / ZeptoMail',
  covers: ['Zoho Mail / ZeptoMail'],
  home: ZEPTO_ERRORS,
  signatures: [/\bzoho(?:mail)?\.(?:com|eu|in|jp|sa|ca|uk|com\.au|com\.cn)\b/i, /\bzeptomail\b/i, /\bzoho mail\b/i],
  entries,
};

// Comcast (comcast.net / xfinity mailboxes): Comcast's servers name themselves "… comcast <IP>" in their
// replies and link an anchor on postmaster.comcast.net/smtp-error-codes.php (#BL000000, #DM000001, #554).
// Comcast has been moving its mailboxes to Yahoo's platform (2025); bounces from there follow Yahoo's codes.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN } from '../shared';

const POSTMASTER: Reference = { title: 'Comcast Postmaster', url: 'https://postmaster.comcast.net/' };
const ERROR_CODES: Reference = {
  title: 'Comcast Postmaster: SMTP error codes',
  url: 'https://postmaster.comcast.net/smtp-error-codes.php',
};

const YAHOO_NOTE = 'If the recipient\'s comcast.net mail has moved to Yahoo\'s platform, check Yahoo\'s sender requirements too';

const base = { kind: 'provider' as const, authority: 'Comcast' };

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'comcast-BL000000',
    token: 'BL000000',
    reply: '554',
    match: [/\bBL000000\b/i, /comcast block for spam/i],
    title: 'Comcast: sending IP blocked for spam [BL000000]',
    meaning:
      "Comcast refused the connection because the IP address of the server that sent your message sent mail in patterns Comcast associates with spam. It is a block on the server, not a verdict on your message.",
    details:
      'Seen as "554 … comcast <IP> Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000" at connection time. BL000000 is Comcast\'s own block (other BL codes name third-party lists such as Spamhaus ZEN or Cloudmark CSI).',
    causes: [
      'Spam, complaints or a sudden burst of mail from the sending IP',
      'A compromised account or web form on a shared server',
      'A new IP sending high volume without history',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If the message is urgent, send it from a different email account meanwhile'],
    adminSteps: [
      'Find and stop the source of unwanted mail from the IP, then follow the block-removal route on Comcast\'s postmaster site',
      YAHOO_NOTE,
    ],
    retry: 'after-fix',
    retryAdvice: 'Mail from this IP keeps failing until Comcast lifts the block; resend afterwards or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, POSTMASTER],
  },
  {
    ...base,
    id: 'comcast-DM000001',
    token: 'DM000001',
    reply: '550',
    status: '5.2.0',
    match: [/\bDM000001\b/i, /message rejected due to dmarc/i],
    title: 'Comcast: rejected for DMARC failure [DM000001]',
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks) set to reject, and this message failed it. Comcast followed the domain owner's instruction.",
    details:
      'Seen as "550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001". Neither SPF nor DKIM passed for a domain aligned with From, and the policy is reject.',
    causes: [
      'A sending service signs with its own domain, so DKIM does not align with your From address',
      'Forwarding broke SPF and there was no valid DKIM signature',
      'Someone forged your domain; then the refusal is working as intended',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If you never sent this message, your domain is being spoofed; tell your administrator'],
    adminSteps: [
      'Set up DKIM with your own domain in every service that sends as you and include them in SPF',
      'Read DMARC aggregate reports to find unaligned sources before tightening the policy',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF or DKIM passes and aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  },
  {
    ...base,
    id: 'comcast-554-ptr-required',
    reply: '554',
    match: [/requires that all mail servers/i, /must have a ptr record with a valid reverse dns/i],
    title: 'Comcast: sending server has no reverse DNS (PTR)',
    meaning:
      "Comcast refused the connection because the IP address of the server that sent your message has no valid name in reverse DNS (a PTR record). Comcast requires one from every mail server that delivers to it.",
    details:
      'Seen at connection time as "554 … comcast <IP> Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement." with a link to the #554 anchor of the error-code page.',
    causes: [
      'The sending IP has no PTR record (common for new cloud servers)',
      'The PTR name does not resolve, or points to a generic name for a home or dynamic address',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'Have the IP owner (hosting provider or ISP) set a PTR record to the server\'s hostname, with an A record pointing back to the same IP',
      "Home or dynamic IPs should relay through their provider's outgoing server instead",
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the PTR record is in place (allow for DNS caching).',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'requireptr',
    permanence: 'permanent',
    references: [ERROR_CODES, POSTMASTER],
  },
];

export const comcast: ProviderFile = {
  id: 'comcast',
  name: 'Comcast (xfinity)',
  covers: ['Comcast (xfinity)'],
  home: POSTMASTER,
  signatures: [/\bcomcast\.net\b/i, /\bcomcast\b/i, /\bxfinity\b/i],
  entries,
};

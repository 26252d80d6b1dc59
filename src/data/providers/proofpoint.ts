// Proofpoint (Protection Server / PPS, Essentials, and its Dynamic Reputation service PDR): what the
// gateways in front of many companies' mailboxes mean by their replies. Hosted inbound servers are named
// *.pphosted.com (enterprise) and *.ppe-hosted.com (Essentials); reputation blocks point to ipcheck.proofpoint.com.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { RFC3463_ADDRESS, DMARC } from '../shared';

const IPCHECK: Reference = {
  title: 'Proofpoint IP reputation check and dispute (ipcheck)',
  url: 'https://ipcheck.proofpoint.com/',
  tool: true,
};
const PROOFPOINT_SUPPORT: Reference = { title: 'Proofpoint (email security provider)', url: 'https://www.proofpoint.com/' };
const CLOUDMARK_CSI: Reference = {
  title: 'Cloudmark Sender Intelligence: lookup and reset request',
  url: 'https://csi.cloudmark.com/',
  tool: true,
};

const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider: the fix is on the sending server or in DNS';
const DISPUTE_AT_IPCHECK =
  'Look the sending IP up at ipcheck.proofpoint.com; once the cause is fixed, file a dispute there with the full rejection text';
const FIND_SPAM_SOURCE =
  'Find what sent unwanted mail from that IP (a compromised account, a web form, a purchased list) and stop it before asking for removal';

const pp = { kind: 'provider' as const, authority: 'Proofpoint' };

const entries: ProviderEntry[] = [
  {
    ...pp,
    id: 'proofpoint-554-5.7.0-blocked',
    reply: '554',
    status: '5.7.0',
    aliases: ['ipcheck.proofpoint.com', 'Proofpoint Dynamic Reputation'],
    match: [
      /blocked\s?-\s?see\s?:?\s?https?:\/\/(?:ipcheck\.proofpoint\.com|support\.proofpoint\.com\/dnsbl-lookup)/i,
      /ipcheck\.proofpoint\.com/i,
      /proofpoint\.com\/dnsbl-lookup/i,
    ],
    title: 'Proofpoint: sending IP blocked for poor reputation',
    meaning:
      "The organisation you wrote to is protected by Proofpoint, and Proofpoint refused the connection because the server your mail comes from has a bad reputation with it. Your message was not looked at; the block is on the server's address.",
    details:
      'Proofpoint Dynamic Reputation (PDR) scores connecting IPs from what Proofpoint sees across its customers (spam, spam traps, attacks). A listed IP is refused at connect or RCPT TO with "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=…" (older gateways link to support.proofpoint.com/dnsbl-lookup.cgi).',
    causes: [
      'Spam or malware was sent from the same IP (a compromised account, a hacked website form)',
      'A shared IP at a hosting or email service with badly behaved neighbours',
      'Mail to old lists that hit spam traps',
    ],
    senderSteps: [FORWARD_TO_IT, 'Until it is cleared, reach the recipient from another provider or by phone'],
    adminSteps: [DISPUTE_AT_IPCHECK, FIND_SPAM_SOURCE],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails while it is listed; retry after the dispute is granted or the listing ages out.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [IPCHECK],
  },
  {
    ...pp,
    id: 'proofpoint-421-4.1.1-unverified',
    reply: '421',
    status: '4.1.1',
    match: [/unverified address/i],
    title: 'Proofpoint: recipient address not verified yet',
    meaning:
      "Proofpoint could not confirm yet that the address you wrote to exists, so it asked your server to try again later. It checks addresses with the recipient's own mail server, which did not give a clear answer this time.",
    details:
      "Proofpoint verifies recipients by asking the customer's downstream mail server (an address-verification probe). While that probe has no definite result, the gateway answers 4xx \"unverified address\"; a later retry gets either acceptance or a permanent user-unknown reply.",
    causes: [
      "The recipient organisation's own mail server did not answer the verification probe in time",
      'The address does not exist and the verification result is not final yet',
    ],
    senderSteps: ['Wait for your server to retry', 'If it ends in a bounce, check the address with the recipient another way'],
    adminSteps: [
      'Nothing to change on your side if your queue retries 4xx replies',
      "Recipient side: check that the downstream server answers Proofpoint's recipient verification quickly",
    ],
    retry: 'later',
    retryAdvice: 'Your server retries by itself; the result is usually final within an hour.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [PROOFPOINT_SUPPORT, RFC3463_ADDRESS],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.1.1',
    reply: '550',
    status: '5.1.1',
    match: [/user unknown/i, /no such user/i],
    title: 'Proofpoint: recipient address does not exist',
    meaning:
      'The organisation you wrote to has no mailbox with this address. Proofpoint, the filtering service in front of their mail, refused it on their behalf. The address is probably mistyped or no longer used.',
    details:
      'The Proofpoint gateway checked the recipient against the customer\'s user list or by asking its mail server, found no such user and replied 550 5.1.1 "User unknown" at RCPT TO.',
    causes: ['A typo in the address', 'The person left the organisation and the mailbox was removed', 'An old address from a list'],
    senderSteps: [
      'Check the address against a recent message from this person, or confirm it by phone',
      'Remove it from your lists if it no longer exists',
    ],
    adminSteps: ['Suppress addresses that hard-bounce: repeated unknown users count against your reputation with Proofpoint'],
    retry: 'no',
    retryAdvice: 'Do not resend to this address; use a corrected one.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT, RFC3463_ADDRESS],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.1.8-sender-domain',
    reply: '550',
    status: '5.1.8',
    match: [/sender address rejected:? domain not found/i, /sender domain (?:not found|does not exist)/i],
    title: "Proofpoint: sender's domain not found in DNS",
    meaning:
      'Proofpoint refused the message because the domain in your sending address does not exist in DNS, or has no records a mail server can reply to. Receivers refuse such senders because replies could never reach them.',
    details:
      'The gateway looked up the envelope sender (MAIL FROM) domain and found no A, AAAA or MX record (NXDOMAIN or empty answer), so it replied 550 5.1.8 "Sender address rejected: Domain not found".',
    causes: [
      'The sending domain expired or its DNS zone is broken',
      'An application uses a made-up or internal domain (example.local) as envelope sender',
      'A temporary DNS outage at the sender\'s DNS host',
    ],
    senderSteps: [FORWARD_TO_IT, 'Check that your domain registration has not expired'],
    adminSteps: [
      'Make sure the envelope sender domain resolves publicly with an MX or A record',
      'Configure applications to send with a real, public domain as envelope sender',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the domain resolves in public DNS.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT, RFC3463_ADDRESS],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.5.2-not-fully-qualified',
    reply: '550',
    status: '5.5.2',
    match: [/need (?:a )?fully[- ]qualified (?:address|domain)/i],
    title: 'Proofpoint: sender address is not complete',
    meaning:
      'Your sending address was not a complete email address (it lacked the @domain part, or used a bare local name), so Proofpoint refused it. This is usually a setting in the program or device that sent the mail.',
    details:
      'Proofpoint requires a fully qualified address (local-part@domain.tld) in MAIL FROM; a bare name such as "scanner" or "user@server" without a public domain gets 550 5.5.2 "need fully-qualified address".',
    causes: [
      'A device or script sends with just a user name as sender',
      'A mail server that does not append its domain to local senders',
    ],
    senderSteps: ['Tell your IT team which program or device sent the message', 'Set a complete sender address in its email settings'],
    adminSteps: [
      'Set the sender address of the device or application to a full address at a public domain',
      'Make your MTA qualify bare sender names with your domain (masquerading)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the sender address is complete.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT, { title: 'RFC 5321 §4.1.2 Command argument syntax', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2' }],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.7.0-dmarc',
    reply: '550',
    status: '5.7.0',
    match: [/dmarc policy/i, /\bdmarc\b[^\n]{0,40}\b(?:fail|reject)/i],
    title: "Proofpoint: rejected by the sender domain's DMARC policy",
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks) set to reject, and this message failed it. Proofpoint applied the rule for the recipient.",
    details:
      'Proofpoint evaluated DMARC for the header From domain: neither SPF nor DKIM passed for an aligned domain, and the _dmarc record asks for rejection, so the gateway refused the message with 550 5.7.0.',
    causes: [
      'A service sends as your domain without DKIM for your domain, so nothing aligns',
      'The message was forwarded and SPF broke while DKIM was absent',
      'Someone forges your domain (then the rejection is doing its job)',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you did not send this message, your domain is being spoofed: no reply is needed'],
    adminSteps: [
      'Set up DKIM with your own domain in every service that sends as you',
      'Use your DMARC aggregate reports to find sources that fail before tightening the policy further',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once SPF or DKIM aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT, DMARC],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.7.1-marked-invalid',
    reply: '550',
    status: '5.7.1',
    match: [/marked as invalid/i],
    title: 'Proofpoint: recipient marked invalid',
    meaning:
      'The organisation you wrote to has flagged this address as invalid in Proofpoint, so mail to it is refused. Usually the mailbox no longer exists or was never meant to receive outside mail.',
    details:
      "Proofpoint keeps a list of the customer's valid and invalid recipients (from directory sync or admin settings). An address marked invalid gets 550 5.7.1 at RCPT TO without asking the customer's mail server.",
    causes: ['The mailbox was removed or disabled', 'The address is internal-only or a retired alias', 'A typo that matches an address flagged invalid'],
    senderSteps: [
      'Check the address with the recipient another way',
      'Remove it from your lists if the person has left',
    ],
    adminSteps: ["If the address should work, ask the recipient's IT team to check its status in Proofpoint and their directory sync"],
    retry: 'no',
    retryAdvice: 'Resending to this address fails until the recipient organisation re-enables it.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.7.1-relay',
    reply: '550',
    status: '5.7.1',
    match: [/relaying denied/i, /relay(?:ing)? (?:access )?(?:not permitted|not allowed)/i],
    title: 'Proofpoint: relaying denied',
    meaning:
      "Proofpoint refused to carry your message because it does not handle mail on this route. Usually the recipient domain points its mail to Proofpoint without being set up there, or a Proofpoint customer's outgoing server is not registered.",
    details:
      'Proofpoint relays only for domains and sending IPs configured for a customer. Inbound mail for a domain missing from the customer configuration, or outbound mail from an unregistered IP, gets 550 5.7.1 "Relaying denied".',
    causes: [
      "The recipient domain's MX records point to Proofpoint, but the domain is not (or no longer) configured there",
      "The sending organisation relays outbound mail through Proofpoint from an IP that is not allowed",
      'A typo in the recipient domain that happens to point to Proofpoint',
    ],
    senderSteps: [
      'Check the domain part of the recipient address for typos',
      'Tell the recipient another way: their mail setup refuses mail for their own domain',
    ],
    adminSteps: [
      "Recipient side: add the domain to the Proofpoint configuration or point its MX records to the service in use",
      'Sending side: register the outbound IP or smart host with your Proofpoint account',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the domain or route is configured in Proofpoint.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [PROOFPOINT_SUPPORT],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.7.1-prs',
    reply: '550',
    status: '5.7.1',
    token: 'prs.proofpoint.com',
    aliases: ['PDR', 'Proofpoint Dynamic Reputation', 'Proofpoint PDR'],
    match: [
      /prs\.proofpoint\.com/i,
      /proofpoint dynamic reputation/i,
      // Proofpoint named as the list that refused ("listed by Proofpoint", or the name alone at the end).
      /\b(?:listed|blocked|rejected|refused) (?:at|by|on|in) proofpoint\b/i,
      /\bproofpoint\s*$/i,
    ],
    title: "Proofpoint: sending IP on Proofpoint's reputation list",
    meaning:
      "The server your mail comes from is on Proofpoint's reputation block list (Proofpoint Dynamic Reputation), which the recipient's mail system consults. The refusal is about that server's address, not about your message.",
    details:
      'Proofpoint publishes its Dynamic Reputation data as the DNS zone prs.proofpoint.com, used by its own gateways and by other mail servers. Replies name the zone ("… listed at prs.proofpoint.com") and commonly use 550 5.7.1. Listings come from spam and attack traffic Proofpoint observes and age out once it stops.',
    causes: [
      'Spam or malware was sent from that IP recently',
      'A shared IP whose other users send unwanted mail',
      'Mail to addresses that have become spam traps',
    ],
    senderSteps: [FORWARD_TO_IT, 'Until it is cleared, contact the recipient by another channel'],
    adminSteps: [DISPUTE_AT_IPCHECK, FIND_SPAM_SOURCE],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails while it is listed; try again after Proofpoint clears it.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [IPCHECK],
  },
  {
    ...pp,
    id: 'proofpoint-550-5.7.1-cloudmark',
    reply: '550',
    status: '5.7.1',
    // No aliases: without a Proofpoint signature the Cloudmark file's own entry explains this better.
    match: [/cloudmark sender intelligence/i, /csi\.cloudmark\.com/i],
    title: 'Proofpoint: sending IP has a poor Cloudmark reputation',
    meaning:
      "The recipient's mail system (using Proofpoint) refused your message because Cloudmark Sender Intelligence, a reputation service owned by Proofpoint, rates the server your mail comes from as a spam source.",
    details:
      'Cloudmark Sender Intelligence (CSI) scores IPs from spam reports and traffic seen by the many providers using Cloudmark. The reply names it ("… Cloudmark Sender Intelligence") and often links a reset request at csi.cloudmark.com.',
    causes: [
      'Recent spam or complaint-heavy mail from that IP',
      'A shared IP at a hosting or email service with poor neighbours',
    ],
    senderSteps: [FORWARD_TO_IT, 'Contact the recipient by another channel for now'],
    adminSteps: [
      'Look the IP up at csi.cloudmark.com and submit a reset request once the cause is fixed',
      FIND_SPAM_SOURCE,
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails until Cloudmark rates it better.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [CLOUDMARK_CSI, IPCHECK],
  },
];

export const proofpoint: ProviderFile = {
  id: 'proofpoint',
  name: 'Proofpoint (PPS / Essentials / PDR)',
  covers: ['Proofpoint (PPS / Essentials / PDR)', 'Proofpoint PDR'],
  home: IPCHECK,
  // Not the bare word: forwarded originals carry X-Proofpoint-* headers from the sender's own gateway.
  signatures: [/\bpphosted\.com\b/i, /\bppe-hosted\.com\b/i, /\b(?:ipcheck|prs|support)\.proofpoint\.com\b/i, /\bproofpoint essentials\b/i],
  entries,
};

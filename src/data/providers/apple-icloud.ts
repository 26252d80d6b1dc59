// Apple iCloud Mail (icloud.com, me.com, mac.com and custom domains on iCloud+): what Apple's mail servers
// mean by their replies. Apple publishes no code table; the bracketed labels ([CS01], [HME1]) and wordings
// are known from real bounces. Inbound hosts are mx0N.mail.icloud.com; replies often link the postmaster page.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { RFC3463_ADDRESS, SPAMHAUS_CHECK } from '../shared';

const POSTMASTER: Reference = {
  title: 'Apple Support: Postmaster information for iCloud Mail',
  url: 'https://support.apple.com/en-us/102322',
};
const PROOFPOINT_IPCHECK: Reference = {
  title: 'Proofpoint: IP reputation lookup and dispute',
  url: 'https://ipcheck.proofpoint.com/',
  tool: true,
};
const DMARC_RFC: Reference = { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' };

const FORWARD_TO_ADMIN = 'Forward this bounce to whoever runs your email domain or sending service; the fix is on the sending side';
const CHECK_ADDRESS = 'Check the address letter by letter against a recent message from this person, or ask them for it another way';

const base = { kind: 'provider' as const, authority: 'Apple' };

// iCloud sends [CS01] with 550 and with 554; both replies mean the same refusal.
const localPolicy = {
  ...base,
  status: '5.7.1',
  token: 'CS01',
  match: [/\[CS01\]/i, /message rejected due to local policy/i],
  title: 'iCloud: refused by local policy [CS01]',
  meaning:
    "iCloud Mail refused the message under its own filtering rules. Apple does not say which rule fired: it is usually a judgement on the message's content or on the reputation of the server or domain that sent it, not a problem with the recipient's address.",
  details:
    "[CS01] is the label Apple's inbound servers (mx0N.mail.icloud.com) attach to a policy refusal, with a link to the iCloud Mail postmaster page. Apple publishes no detail; in practice it follows spam-like content or links, missing or failing SPF/DKIM/DMARC, or a poor reputation of the sending IP or domain.",
  causes: [
    'Content or links that look like bulk mail or spam (link shorteners, domains with a poor reputation)',
    'The sending IP or domain has a poor reputation at Apple, for example after complaints or a sudden jump in volume',
    'SPF, DKIM or DMARC missing or failing for the From domain',
  ],
  senderSteps: [
    'Send a short plain message without links or attachments; if it arrives, something in the original content tripped the filter',
    FORWARD_TO_ADMIN,
  ],
  adminSteps: [
    'Make SPF and DKIM pass and align with the From domain, and publish a DMARC record',
    'Check the sending IP and the domains in links at Spamhaus and Proofpoint; if refusals continue, contact Apple through the iCloud Mail postmaster page',
  ],
  retry: 'after-fix' as const,
  retryAdvice: 'The same message from the same server is usually refused again; send again after changing the content or fixing authentication and reputation.',
  party: 'sender-admin' as const,
  reputation: 'medium' as const,
  reason: 'policyviolation' as const,
  permanence: 'permanent' as const,
  references: [POSTMASTER, SPAMHAUS_CHECK, PROOFPOINT_IPCHECK],
};

// Apple's inbound MX consults Proofpoint's IP reputation; the block text has carried 550 and 554.
const proofpointBlock = {
  ...base,
  status: '5.7.0',
  match: [/ipcheck\.proofpoint\.com/i, /proofpoint\.com\/dnsbl-lookup/i, /blocked - see https?:\/\/[^\s]{0,40}proofpoint/i],
  title: "iCloud: sending IP blocked by Proofpoint's reputation service",
  meaning:
    "iCloud refused to talk to the server that sent your message because Proofpoint, a reputation service Apple uses, rates that server's IP address as a source of spam. Your message was never looked at; every message from that server is refused until the rating improves.",
  details:
    "The refusal comes at connection (greeting) time with 5.7.0 and a Proofpoint lookup link (support.proofpoint.com/dnsbl-lookup.cgi?ip=… or ipcheck.proofpoint.com). It concerns the connecting IP only: a shared hosting or ESP IP can be listed because of other customers.",
  causes: [
    'The sending IP sent spam or was part of a compromised machine or account',
    'A shared IP (web host, small ESP) is listed because of another customer on it',
    'A new or rarely used IP without sending history',
  ],
  senderSteps: [
    'Forward this bounce to your email provider or IT team: only whoever runs the sending server can get the IP delisted',
    'Meanwhile, write from another account (for example a large webmail provider) if the message is urgent',
  ],
  adminSteps: [
    "Look the IP up on Proofpoint's IP check page and submit a dispute there once the cause is fixed",
    'Find and stop the source of bad mail (compromised accounts, open forms, unmaintained lists) before asking for removal',
  ],
  retry: 'after-fix' as const,
  retryAdvice: 'Mail from this IP keeps failing until Proofpoint lifts the listing; resend after the dispute succeeds or through another server.',
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
  permanence: 'permanent' as const,
  references: [PROOFPOINT_IPCHECK, POSTMASTER],
};

const entries: ProviderEntry[] = [
  { ...localPolicy, id: 'apple-icloud-550-5.7.1-cs01', reply: '550' },
  { ...localPolicy, id: 'apple-icloud-554-5.7.1-cs01', reply: '554' },
  {
    ...base,
    id: 'apple-icloud-554-5.7.1-hme1',
    reply: '554',
    status: '5.7.1',
    token: 'HME1',
    match: [/\[HME1\]/i, /failing both spf and dkim/i],
    title: 'iCloud: failed both SPF and DKIM [HME1]',
    meaning:
      "iCloud refused the message because it could not confirm that it really came from your domain: it failed SPF (the DNS list of servers allowed to send for the domain) and had no valid DKIM signature (a cryptographic seal added by the sending server).",
    details:
      "Apple labels this refusal [HME1] and links its postmaster page. Both checks failed: the connecting IP is not authorised by the envelope domain's SPF record, and no DKIM signature verified. Passing either one is enough to get past this check.",
    causes: [
      "The message went out through a service or server that is not in the domain's SPF record",
      'DKIM signing is not enabled for this sending service, or its public key is missing from DNS',
      'The message was forwarded or altered on the way, breaking DKIM while the forwarder is not in SPF',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'Tell them which app or service you sent from, so they can authorise that exact route'],
    adminSteps: [
      "Add the sending service to the SPF TXT record of the envelope domain (one v=spf1 record, at most 10 DNS lookups)",
      'Turn on DKIM signing with your own domain in the sending service and publish its selector record; check the result in the headers of a test message',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying unchanged fails again; resend once SPF or DKIM passes for the domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [POSTMASTER, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  },
  {
    ...base,
    id: 'apple-icloud-550-5.7.1-dmarc',
    reply: '550',
    status: '5.7.1',
    match: [/rejected due to [^\n]{1,80}dmarc policy/i, /dmarc policy/i],
    title: "iCloud: rejected under the sender domain's DMARC policy",
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks) set to reject, and this message failed it. iCloud followed the domain owner's instruction and refused it.",
    details:
      "iCloud evaluated DMARC for the From domain: neither SPF nor DKIM passed for a domain aligned with From, and the _dmarc record asks for reject. The reply names the domain, e.g. \"rejected due to example.com's DMARC policy\".",
    causes: [
      'A sending service signs with its own domain instead of yours, so DKIM passes but does not align with From',
      'The message was forwarded and lost its SPF pass while DKIM was missing or broken',
      'Someone forged your domain; then the refusal is working as intended',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If you never sent this message, your domain is being spoofed; tell your administrator and ignore the bounce'],
    adminSteps: [
      'Set up DKIM with your own domain in every service that sends as you, so the signature aligns with the From domain',
      'Read your DMARC aggregate reports to find unaligned senders before or after changing the policy',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend only once SPF or DKIM passes and aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [POSTMASTER, DMARC_RFC],
  },
  {
    ...base,
    id: 'apple-icloud-550-5.7.1-spamhaus-dbl',
    reply: '550',
    status: '5.7.1',
    match: [/domain present in the spamhaus dbl/i, /spamhaus dbl/i],
    title: 'iCloud: a domain in the message is on the Spamhaus DBL',
    meaning:
      'iCloud refused the message because it contains a domain name, usually in a link, that Spamhaus lists as used for spam or abuse. The domain may be your own, your link-tracking service, or a site you linked to.',
    details:
      "Apple checks the domains found in the message (links, sometimes the From or Return-Path domain) against the Spamhaus Domain Block List and rejects a hit with 550 5.7.1 and a link to spamhaus.org/dbl. The sending IP is not the problem here.",
    causes: [
      'A link points to a domain listed on the DBL (a compromised site, a cheap link shortener, a tracking domain shared with spammers)',
      'Your own domain or its tracking subdomain is listed after abuse or because it is newly registered and used in bulk',
    ],
    senderSteps: [
      'Remove links one by one (or send without them) to find the listed domain, and avoid link shorteners',
      'If the listed domain is yours, forward the bounce to whoever manages it',
    ],
    adminSteps: [
      "Look the domains up on Spamhaus's checker; if one of yours is listed, fix the cause and use the removal request offered there",
      'Use a custom link-tracking domain of your own in your sending service instead of a shared one',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once the listed domain is removed from the message or delisted.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER, SPAMHAUS_CHECK],
  },
  {
    ...base,
    id: 'apple-icloud-550-5.7.1-spamhaus-ip',
    reply: '550',
    status: '5.7.1',
    match: [/rejected due to listing in spamhaus/i],
    title: 'iCloud: sending IP listed by Spamhaus',
    meaning:
      "iCloud refused the message because the IP address of the server that sent it is on a Spamhaus blocklist. It says nothing about your message itself: every message from that server is refused while the listing lasts.",
    details:
      'The reply names the list (SBL, XBL/CSS or PBL) and links the Spamhaus lookup for the IP. SBL means a known spam source, XBL/CSS a compromised or abused host, PBL an address range that should not send mail directly.',
    causes: [
      'The server or another customer on the same IP sent spam or was compromised',
      'The mail was sent straight from a home or dynamic IP address (PBL) instead of through a mail provider',
    ],
    senderSteps: [FORWARD_TO_ADMIN, "If you run your own small server at home, send through your provider's outgoing server instead"],
    adminSteps: [
      "Look the IP up on Spamhaus's checker; it states which list and why, and offers removal once the cause is fixed",
      'Secure compromised accounts or machines and stop the bad traffic first, or relayed mail will be listed again',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the IP is delisted, or through a different, clean server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER, SPAMHAUS_CHECK],
  },
  { ...proofpointBlock, id: 'apple-icloud-550-5.7.0-proofpoint', reply: '550' },
  { ...proofpointBlock, id: 'apple-icloud-554-5.7.0-proofpoint', reply: '554' },
  {
    ...base,
    id: 'apple-icloud-421-4.7.1-excessive-volume',
    reply: '421',
    status: '4.7.1',
    match: [/deferred due to excessive volume/i, /excessive volume/i],
    title: 'iCloud: deferred because of excessive volume',
    meaning:
      'iCloud asked the sending server to slow down: too much mail arrived from it, or for this recipient, in a short time. The message is not refused; your server should try again by itself.',
    details:
      'A 421 4.7.1 rate limit from iCloud\'s inbound MX ("Messages to … deferred due to excessive volume. Try again later"). Apple sets the thresholds from the sender\'s volume and reputation; new or bursty senders hit them first.',
    causes: [
      'A bulk send or burst of messages to iCloud addresses from the same IP or domain',
      'A new IP without sending history, or a reputation that recently dropped',
      'One recipient getting many messages at once (notifications, a loop)',
    ],
    senderSteps: [
      'Nothing to do for a single message: it is normally delivered on a later attempt',
      'If it finally bounced, send it again in an hour or two',
    ],
    adminSteps: [
      'Lower the sending rate and parallel connections towards icloud.com and me.com, and spread campaigns over several hours',
      'Warm up new IPs gradually and watch complaint and bounce rates',
    ],
    retry: 'later',
    retryAdvice: 'Let the server retry; back off for 15–60 minutes between attempts and the mail usually goes through within a few hours.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'transient',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'apple-icloud-421-4.7.0-too-many-errors',
    reply: '421',
    status: '4.7.0',
    match: [/error: too many errors/i, /too many errors/i],
    title: 'iCloud: connection dropped after too many errors',
    meaning:
      'The iCloud server closed the connection because the sending server made too many failed commands in one session, for example many unknown recipients in a row. The message itself is not refused; it is retried on a new connection.',
    details:
      'This is the standard "Error: too many errors" reply of a Postfix-style SMTP server (shown as "me.com Error: too many errors") when a client passes its error limit. Every rejected RCPT or malformed command in the session counts.',
    causes: [
      'A batch of messages to many addresses that do not exist (an outdated or bought list)',
      'A misbehaving client sending malformed or out-of-order commands',
    ],
    senderSteps: ['Usually nothing: the server retries and delivers', 'If you send lists, remove addresses that bounced as unknown'],
    adminSteps: [
      'Look in the logs for the errors that came before the disconnect (often 550 5.1.1 unknown users) and fix or suppress them',
      'Send fewer recipients per connection to icloud.com so one bad batch does not end the session',
    ],
    retry: 'later',
    retryAdvice: 'Retrying on a new connection normally works; persistent errors point to list quality or a client bug.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'apple-icloud-451-4.7.1-service-unavailable',
    reply: '451',
    status: '4.7.1',
    match: [/service unavailable - try again later/i, /service (?:is )?(?:temporarily )?unavailable[^\n]{0,20}try again later/i],
    title: 'iCloud: service temporarily unavailable',
    meaning:
      'iCloud could not take the message at that moment and asked the sending server to try again later. Nothing is wrong with the address; the message is queued and retried automatically.',
    details:
      'A 451 4.7.1 temporary refusal without further detail. It appears during load or maintenance on Apple\'s side and, less often, as a soft throttle for senders with little history; the 4.7.x subject hints at a policy deferral.',
    causes: ['Load or maintenance on iCloud Mail servers', 'A soft rate limit on a new or low-volume sending IP'],
    senderSteps: ['Wait: the message is retried automatically', 'If it finally bounces after hours, send it again later'],
    adminSteps: [
      'Keep normal retry intervals (do not hammer the MX) and check that other iCloud deliveries from the same IP succeed',
      'If it lasts more than a day for one IP only, treat it as a reputation throttle and lower volume',
    ],
    retry: 'later',
    retryAdvice: 'Normally clears within minutes to a few hours; the sending server retries by itself.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'apple-icloud-550-5.1.1',
    reply: '550',
    status: '5.1.1',
    match: [/user does not exist/i, /inactive email address/i, /unknown or illegal alias/i],
    title: 'iCloud: no such account, or the address is inactive',
    meaning:
      'iCloud has no active mailbox at this address. It was mistyped, never existed, or the Apple Account behind it was closed or its address deactivated (iCloud says "inactive email address" then).',
    details:
      "Apple's inbound servers answered RCPT TO with 550 5.1.1 (\"user does not exist\", \"inactive email address\" or \"unknown or illegal alias\"). An alias or Hide My Email address that the owner deleted gives the same result.",
    causes: [
      'A typo in the part before the @',
      'The iCloud account was closed or the address deactivated',
      'A deleted alias or disposable forwarding address',
    ],
    senderSteps: [CHECK_ADDRESS, 'Remove the address from your contacts and lists if it was right'],
    adminSteps: ['Suppress the address: repeated sends to unknown iCloud users hurt your sending reputation at Apple'],
    retry: 'no',
    retryAdvice: 'Sending again to the same address fails the same way; only a corrected address helps.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [POSTMASTER, RFC3463_ADDRESS],
  },
  {
    ...base,
    id: 'apple-icloud-550-5.1.6',
    reply: '550',
    status: '5.1.6',
    match: [/recipient no longer on server/i, /no longer on server/i],
    title: 'iCloud: recipient no longer on this server',
    meaning:
      'The address used to belong to an iCloud mailbox that no longer exists there. iCloud does not say where the person went, so you need a new address from them.',
    details:
      'RFC 3463 defines X.1.6 as "destination mailbox has moved, no forwarding address". Apple sends 550 5.1.6 "recipient no longer on server" for accounts that were removed or moved away.',
    causes: ['The person closed their iCloud account or switched to another provider', 'An old address kept in a contact list or CRM'],
    senderSteps: ['Ask the person for their current address another way (phone, chat, a shared contact)', 'Update or delete the old address in your contacts'],
    adminSteps: ['Mark the address as permanently invalid in your lists so it is not mailed again'],
    retry: 'no',
    retryAdvice: 'The old address will not work again; write to the new one.',
    party: 'sender',
    reputation: 'low',
    reason: 'hasmoved',
    permanence: 'permanent',
    references: [POSTMASTER, RFC3463_ADDRESS],
  },
  {
    ...base,
    id: 'apple-icloud-552-5.2.2',
    reply: '552',
    status: '5.2.2',
    match: [/over ?quota/i],
    title: "iCloud: recipient's storage is full",
    meaning:
      "The recipient's iCloud storage is full, so their mailbox cannot take new mail. iCloud Mail shares its space with photos, backups and files, so this often happens without the person noticing. Nothing is wrong on your side.",
    details:
      "Apple's MX answered RCPT TO with 552 5.2.2 \"user is over quota\" (also written \"overquota\"). Mail stays refused until the owner frees space or buys more iCloud storage.",
    causes: ["The recipient's iCloud storage (shared by Mail, Photos, backups and Drive) is used up", 'An abandoned account that keeps filling with mail'],
    senderSteps: [
      'Let the person know another way that their iCloud storage is full',
      'Send the message again after they free space, and keep large attachments out (share a link instead)',
    ],
    adminSteps: ['If the same address stays full for weeks, treat it as abandoned and stop mailing it'],
    retry: 'later',
    retryAdvice: 'Try again after the recipient has freed space; automatic retries do not help with a 5xx refusal.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: [POSTMASTER, { title: 'RFC 3463 §3.3 Mailbox status', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.3' }],
  },
  {
    ...base,
    id: 'apple-icloud-554-5.7.1-relay',
    reply: '554',
    status: '5.7.1',
    match: [/relay access denied/i],
    title: 'iCloud: relay access denied',
    meaning:
      "iCloud's server was asked to accept mail for an address it does not handle, so it refused to pass it on. This usually means the recipient's domain points its mail at iCloud but is not (or no longer) set up there.",
    details:
      "Apple's MX refuses recipients outside the domains it hosts (icloud.com, me.com, mac.com and custom domains registered in iCloud+). A custom domain whose MX records still name mx0N.mail.icloud.com after being removed from iCloud+ gets this reply.",
    causes: [
      "The recipient removed their custom domain from iCloud+ but left its MX records pointing at iCloud",
      "A sending server or app uses iCloud's inbound MX as if it were an outgoing server",
      'A typo in the domain that happens to point at iCloud',
    ],
    senderSteps: ['Check the domain part of the address', "Tell the recipient: their domain's mail setup needs fixing"],
    adminSteps: [
      "On the recipient side: either add the domain back in iCloud+ custom email domain settings or point its MX records at the current provider",
      "On the sending side: send through your own provider's submission server (port 587 with login), never an MX",
    ],
    retry: 'after-fix',
    retryAdvice: "Resend after the recipient's domain setup is corrected.",
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'apple-icloud-554-not-accepting-connections',
    reply: '554',
    match: [/esmtp not accepting connections/i, /not accepting connections/i],
    title: 'iCloud: server not accepting connections from the sender',
    meaning:
      "iCloud's mail server refused the connection right at the greeting, before any message was offered. This almost always means it will not accept mail from the sending server's IP address at all.",
    details:
      'The greeting is a 554 "… ESMTP not accepting connections" from an smtpin/mx host. RFC 5321 allows a 554 greeting to refuse a client outright; Apple uses it for IPs with a very poor reputation, occasionally during incidents.',
    causes: [
      'The sending IP is blocked for its reputation (spam, a compromised account, a listing on a blocklist)',
      'The mail came from a dynamic or residential IP',
      'Rarely, a temporary incident on the iCloud side',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If urgent, write from a different provider\'s account'],
    adminSteps: [
      "Check the sending IP at Proofpoint's IP check and at Spamhaus and follow their removal procedures",
      'Make sure the IP has a matching reverse DNS name and sends only authenticated, wanted mail',
    ],
    retry: 'after-fix',
    retryAdvice: 'Connections from that IP keep being refused until its reputation is repaired; resend through a clean server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER, PROOFPOINT_IPCHECK, SPAMHAUS_CHECK],
  },
];

export const appleIcloud: ProviderFile = {
  id: 'apple-icloud',
  name: 'Apple iCloud Mail',
  covers: ['Apple iCloud Mail'],
  home: POSTMASTER,
  signatures: [/\bicloud\.com\b/i, /\bme\.com\b/i, /\bmac\.com\b/i, /\bapple\.com\b/i, /support\.apple\.com/i],
  entries,
};

// Yahoo Mail and AOL Mail (both run by Yahoo since AOL moved onto Yahoo's mail platform in 2018-2019):
// what their servers mean by the bracketed tokens ([TSS04], [TS01], [BL21], [PH01]) and plain replies they
// send. The RTR:/RLY:/DNS:/HVU:/DYN: codes are from AOL's own pre-migration servers and its old postmaster
// site, which no longer exists; they are kept so that old logs and bounces can still be read.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const SENDER_HUB: Reference = { title: 'Yahoo Sender Hub (postmaster site for Yahoo and AOL)', url: 'https://senders.yahooinc.com/' };
const ERROR_CODES: Reference = { title: 'Yahoo Sender Hub: SMTP error codes', url: 'https://senders.yahooinc.com/smtp-error-codes/' };
const BEST_PRACTICES: Reference = {
  title: 'Yahoo Sender Hub: Sender requirements and recommendations',
  url: 'https://senders.yahooinc.com/best-practices/',
};
const CFL: Reference = {
  title: 'Yahoo Complaint Feedback Loop (see who marks your mail as spam)',
  url: 'https://senders.yahooinc.com/complaint-feedback-loop/',
  tool: true,
};
const SPAMHAUS_CHECK: Reference = {
  title: 'Spamhaus IP and domain reputation checker (lookup and removal)',
  url: 'https://check.spamhaus.org/',
  tool: true,
};

const yahooBase = { kind: 'provider' as const, authority: 'Yahoo' };
const aolBase = {
  kind: 'provider' as const,
  authority: 'AOL',
  reply: '554',
  permanence: 'permanent' as const,
  references: [ERROR_CODES, SENDER_HUB],
};

// Steps several entries share.
const FORWARD = 'Forward this bounce to whoever runs your mail server or sending service: the problem is with the sending server, not the address';
const RETRIES_ITSELF = 'Nothing to do for a single message: your mail server retries on its own and the message usually gets through';
const SPREAD_SENDS = 'If you send newsletters, spread large sends to Yahoo and AOL addresses over several hours';
const CHECK_SPAMHAUS = 'Look the sending IP up on check.spamhaus.org and follow the removal steps for the list it is on';
const FIX_ABUSE_FIRST = 'Find and stop the cause (infected machine, hacked account or website, open relay) before asking for removal';
const JOIN_CFL = 'Join the Yahoo Complaint Feedback Loop and remove everyone who marks your mail as spam';
const LEGACY_NOTE = 'AOL has filtered mail on Yahoo\'s systems since 2018-2019; this code comes from AOL\'s older servers and its old postmaster pages are gone.';

/** TS/TSS deferrals: Yahoo slows an IP down for complaints, volume or reputation. */
const deferral = {
  ...yahooBase,
  reply: '421',
  status: '4.7.0',
  causes: [
    'Yahoo users marking mail from this server as spam',
    'A sudden jump in volume, or a new IP address without sending history',
    'Content or links that look like spam, or a poor reputation of the IP or its neighbours',
  ],
  senderSteps: [RETRIES_ITSELF, SPREAD_SENDS],
  adminSteps: [
    'Slow down delivery to Yahoo MX hosts (fewer connections, longer retry intervals) and warm up new IPs gradually',
    JOIN_CFL,
    'Check that SPF, DKIM and DMARC pass; if the deferrals last for days, open a support request on the Yahoo Sender Hub',
  ],
  retry: 'later' as const,
  party: 'sender-admin' as const,
  reputation: 'medium' as const,
  reason: 'badreputation' as const,
  permanence: 'transient' as const,
  references: [ERROR_CODES, BEST_PRACTICES, CFL],
};

/** A temporary fault on Yahoo's side (busy or failing servers): nothing for the sender to fix. */
const yahooSideFault = {
  ...yahooBase,
  reply: '451',
  senderSteps: [RETRIES_ITSELF, 'Only if it lasts many hours, check whether Yahoo Mail has a reported outage'],
  retry: 'later' as const,
  party: 'recipient-admin' as const,
  reputation: 'none' as const,
  reason: 'systemerror' as const,
  permanence: 'transient' as const,
  references: [ERROR_CODES],
};

/** "All messages from x will be permanently deferred; Retrying will NOT succeed" ([TSS09], [TSS11], [TS03]). */
const permanentDeferral = {
  ...yahooBase,
  meaning:
    'Yahoo has stopped accepting mail from the server that sent your message, and says retrying will not help. The block is on the sending server\'s IP address, so it affects everything sent from it to Yahoo and AOL.',
  causes: [
    'A high complaint rate or spam-trap hits from this IP',
    'Bulk mail sent at a volume Yahoo considers unsolicited',
    'Deferrals ([TSS04] and similar) that went on for long without the cause being fixed',
  ],
  senderSteps: [FORWARD, 'Reach Yahoo and AOL contacts from another account until it is resolved'],
  adminSteps: [
    'Stop sending to Yahoo from this IP; review lists, consent and complaint rates',
    JOIN_CFL,
    'After fixing the cause, submit a sender support request through the Yahoo Sender Hub',
  ],
  retry: 'after-fix' as const,
  retryAdvice: 'Do not retry: Yahoo says retries will not succeed. Resume only after the cause is fixed and Yahoo support lifts the block.',
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
  permanence: 'permanent' as const,
  references: [ERROR_CODES, BEST_PRACTICES, SENDER_HUB],
};

/** Spamhaus-based refusals ([TSS07], [BL21]-[BL23]): removal goes through Spamhaus, not Yahoo. */
const spamhausBlock = {
  ...yahooBase,
  reply: '553',
  status: '5.7.1',
  senderSteps: [FORWARD, 'Reach Yahoo and AOL contacts from another account until it is resolved'],
  retry: 'after-fix' as const,
  retryAdvice: 'Retry after Spamhaus has removed the listing; Yahoo checks again on the next connection.',
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
  permanence: 'permanent' as const,
  references: [ERROR_CODES, SPAMHAUS_CHECK],
};

/** 4.7.x (complaints) and 5.7.x (hard) legacy AOL IP blocks for reputation. */
const aolHardBlock = {
  ...aolBase,
  causes: [
    'Complaints from AOL users or spam-trap hits from this IP',
    'Spam sent through a compromised account or website on the server',
  ],
  senderSteps: [FORWARD, 'Reach AOL contacts from another account until it is resolved'],
  adminSteps: [FIX_ABUSE_FIRST, JOIN_CFL, 'Request removal through the Yahoo Sender Hub, which now handles AOL delivery issues'],
  retry: 'after-fix' as const,
  retryAdvice: 'Retry only after the cause is fixed and the block is lifted.',
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
};

/** Dynamic or generic reverse DNS (RTR:RD, DNS:B1, DNS:B2). */
const aolRdns = {
  ...aolBase,
  causes: [
    'The IP has no reverse DNS (PTR) name, or one that looks like a home connection (numbers, "dyn", "dsl", "pool")',
    'A mail server run on a consumer or dynamic connection',
  ],
  senderSteps: [FORWARD, 'Send through your email provider\'s outgoing server with a login instead of directly'],
  adminSteps: [
    'Ask the IP owner for a PTR record with a proper mail host name (for example mail.example.com) that resolves back to the IP',
    'Or relay outbound mail through a smart host or email service',
  ],
  retry: 'after-fix' as const,
  retryAdvice: 'Retry after the reverse DNS is fixed or mail goes through a proper relay.',
  party: 'sender-admin' as const,
  reputation: 'medium' as const,
  reason: 'requireptr' as const,
};

const entries: ProviderEntry[] = [
  // --- Yahoo deferrals ([TS..] tokens) ---
  {
    ...deferral,
    id: 'yahoo-tss04',
    token: 'TSS04',
    match: [/\[TSS04\]/i, /temporarily deferred due to unexpected volume or user complaints/i],
    title: 'Yahoo: deferred for unexpected volume or user complaints (TSS04)',
    meaning:
      'Yahoo is temporarily holding back mail from the server that sent your message, because of an unusual amount of mail or complaints from Yahoo users. It is a delay, not a refusal: the server retries.',
    details:
      'Reply "421 4.7.0 [TSS04] Messages from [IP] temporarily deferred due to unexpected volume or user complaints - 4.16.55.1". The most common Yahoo/AOL deferral: a reputation-based throttle on the sending IP. It is lifted as volume normalises and complaints drop.',
    retryAdvice: 'Temporary: let the server keep retrying with backoff; it usually eases within hours. If it lasts over a day or two, fix the cause and contact Yahoo.',
  },
  {
    ...deferral,
    id: 'yahoo-tss05',
    token: 'TSS05',
    match: [/\[TSS05\]/i],
    title: 'Yahoo: deferred after a burst from the sending IP (TSS05)',
    meaning:
      'Yahoo received a sudden burst of mail from the server that sent your message and asked it to slow down. Your message is delayed, not refused, and will be retried.',
    details:
      'Seen as "421 4.7.0 [TSS05] ... temporarily deferred". Yahoo does not list the bracket tokens; observed meaning: a short-term throttle after a spike in connections or messages from one IP.',
    retryAdvice: 'Temporary: retried automatically; usually clears within an hour once the burst stops.',
    reason: 'speeding',
  },
  {
    ...deferral,
    id: 'yahoo-ts01',
    token: 'TS01',
    match: [/\[TS01\]/i],
    title: 'Yahoo: deferred for complaints or unusual traffic (TS01, legacy)',
    meaning:
      'Yahoo is temporarily holding back mail from the server that sent your message because of unusual traffic or complaints from Yahoo users. The server keeps retrying.',
    details:
      'Older form of Yahoo\'s deferral: "421 4.7.0 [TS01] Messages from [IP] temporarily deferred ... - 4.16.55.1". Superseded by the TSS tokens but still seen in logs; handle it like [TSS04].',
    retryAdvice: 'Temporary: retried automatically; usually eases within hours if the cause stops.',
  },
  {
    ...deferral,
    id: 'yahoo-ts02',
    token: 'TS02',
    match: [/\[TS02\]/i, /temporarily deferred due to user complaints/i],
    title: 'Yahoo: deferred because of user complaints (TS02, legacy)',
    meaning:
      'Yahoo users have been marking mail from the server that sent your message as spam, so Yahoo is delaying its mail for now. The server keeps retrying.',
    details:
      'Older deferral "421 4.7.0 [TS02] Messages from [IP] temporarily deferred due to user complaints - 4.16.56.1". It concerns the whole sending IP, so on shared servers other users\' mail can cause it.',
    retryAdvice: 'Temporary: retried automatically; clears when complaints drop, typically within hours to a day.',
  },
  {
    ...deferral,
    id: 'yahoo-gl01',
    token: 'GL01',
    match: [/\[GL01\]/i],
    title: 'Yahoo: deferred, too much mail too fast (GL01, legacy)',
    meaning:
      'The server that sent your message delivered too much mail to Yahoo in a short time, so Yahoo asked it to slow down. The message is retried automatically.',
    details:
      'Legacy "421 4.7.0 [GL01] Message from [IP] temporarily deferred - 4.16.50". A rate throttle on the sending IP rather than a judgement on one message.',
    retryAdvice: 'Temporary: retried automatically; clears within an hour or so at a lower rate.',
    reason: 'speeding',
  },
  {
    ...permanentDeferral,
    id: 'yahoo-ts03',
    reply: '421',
    status: '4.7.1',
    token: 'TS03',
    match: [/\[TS03\]/i],
    title: 'Yahoo: all mail from your server permanently deferred (TS03, legacy)',
    details:
      'Legacy "421 4.7.1 [TS03] All messages from [IP] will be permanently deferred; Retrying will NOT succeed". Despite the 4xx code Yahoo means it as permanent: the IP sent bulk-like volume it will not accept.',
    reputation: 'high',
  },
  {
    ...permanentDeferral,
    id: 'yahoo-tss09',
    reply: '553',
    status: '5.7.2',
    token: 'TSS09',
    match: [/\[TSS09\]/i, /will be permanently deferred/i],
    title: 'Yahoo: all mail from your server permanently deferred (TSS09)',
    details:
      'Reply "553 5.7.2 [TSS09] All messages from [IP] will be permanently deferred; Retrying will NOT succeed". A hard block on the sending IP for reputation; it stays until Yahoo support lifts it.',
  },
  {
    ...permanentDeferral,
    id: 'yahoo-tss11',
    reply: '553',
    status: '5.7.2',
    token: 'TSS11',
    match: [/\[TSS11\]/i, /will be permanently deferred/i],
    title: 'Yahoo: all mail from your server permanently deferred (TSS11)',
    details:
      'Reply "553 5.7.2 [TSS11] All messages from [IP] will be permanently deferred; Retrying will NOT succeed". Same situation as [TSS09]: a hard reputation block on the sending IP.',
  },
  // --- Spamhaus-based refusals ---
  {
    ...spamhausBlock,
    id: 'yahoo-tss07',
    token: 'TSS07',
    match: [/\[TSS07\]/i],
    title: 'Yahoo: refused, sending IP listed by Spamhaus (TSS07)',
    meaning:
      'Yahoo refused the connection because the server that sent your message is on a Spamhaus block list (a widely used list of spam sources). Removal is done at Spamhaus.',
    details:
      'Seen as "553 5.7.1 [TSS07] Connections will not be accepted from [IP], because the ip is in Spamhaus\'s list". Yahoo consults Spamhaus for every connection; which Spamhaus list applies shows on the lookup page.',
    causes: ['The IP is listed by Spamhaus for spam, malware or as a dynamic range', 'A shared server whose other users caused the listing'],
    adminSteps: [CHECK_SPAMHAUS, FIX_ABUSE_FIRST],
  },
  {
    ...spamhausBlock,
    id: 'yahoo-bl21',
    token: 'BL21',
    match: [/\[BL21\]/i],
    title: 'Yahoo: refused, sending IP on the Spamhaus PBL (BL21)',
    meaning:
      'The server that sent your message uses an IP address that its owner marked as not meant to send mail directly (for example a home connection). Yahoo refuses such mail; it must go through a proper mail server.',
    details:
      'Reply "553 5.7.1 [BL21] Connections will not be accepted from [IP], because the ip is in Spamhaus\'s list". BL21 points to the Spamhaus Policy Block List (PBL), which lists end-user and dynamic ranges; it is not an accusation of spam.',
    causes: [
      'A mail server, device or script sending directly from a home or dynamic connection',
      'A server on an IP range its provider registered in the PBL',
    ],
    adminSteps: [
      'Send through your provider\'s or email service\'s authenticated smart host instead of directly',
      'If the IP is a static server you control, remove it from the PBL via check.spamhaus.org',
    ],
    reputation: 'medium',
  },
  {
    ...spamhausBlock,
    id: 'yahoo-bl22',
    token: 'BL22',
    match: [/\[BL22\]/i],
    title: 'Yahoo: refused, sending IP on the Spamhaus SBL (BL22)',
    meaning:
      'Yahoo refused the message because Spamhaus lists the server that sent it as a source of spam. Removal is done at Spamhaus once the spam has stopped.',
    details:
      'Seen as "553 5.7.1 [BL22] Connections will not be accepted from [IP], because the ip is in Spamhaus\'s list". BL22 points to the Spamhaus Block List (SBL), which Spamhaus staff add manually for spam operations or hosting that ignores abuse.',
    causes: [
      'Spam sent from the IP or its network',
      'A hosting or network provider that Spamhaus considers unresponsive to abuse',
    ],
    adminSteps: [CHECK_SPAMHAUS, 'Resolve the listed issue with your network provider; SBL removals are handled by Spamhaus staff'],
  },
  {
    ...spamhausBlock,
    id: 'yahoo-bl23',
    token: 'BL23',
    match: [/\[BL23\]/i],
    title: 'Yahoo: refused, sending IP on the Spamhaus XBL (exploited host) (BL23)',
    meaning:
      'Yahoo refused the message because Spamhaus saw signs that a machine using this IP address is infected or hijacked. Removal is done at Spamhaus once it is cleaned.',
    details:
      'Reply "553 5.7.1 [BL23] Connections will not be accepted from [IP], because the ip is in Spamhaus\'s list". BL23 points to the Exploits Block List (XBL, including the CSS data), which lists IPs showing malware, botnet or open proxy activity.',
    causes: [
      'Malware on a computer or device behind the same public IP',
      'A hacked website or mail account sending spam',
      'An open proxy',
    ],
    adminSteps: [CHECK_SPAMHAUS, FIX_ABUSE_FIRST, 'Block outbound port 25 for every machine except the mail server'],
  },
  // --- Content and authentication ---
  {
    ...yahooBase,
    id: 'yahoo-ph01',
    reply: '554',
    token: 'PH01',
    match: [/\[PH01\]/i],
    title: 'Yahoo: refused for harmful content such as malicious links or files (PH01)',
    meaning:
      'Yahoo refused the message because something in it (a link, attachment or other content) looks dangerous, for example phishing or malware. The whole message was refused.',
    details:
      'Reply "554 Message not allowed - [PH01] Email not accepted for policy reasons". Yahoo\'s content-based blocks (PH* codes) cover viruses, phishing, ransomware and links to such material.',
    causes: [
      'A link to a site or domain with a bad reputation (including shortened links or a hacked site)',
      'An attachment Yahoo considers malicious or risky',
      'A compromised account sending phishing in your name',
    ],
    senderSteps: [
      'Remove links and attachments, or use links to well-known sites, and send again',
      'If you did not write this message, change your password: your account may be misused',
    ],
    adminSteps: [
      'Check outbound queues for phishing or malware sent through your server',
      'Check the linked domains against reputation lists and fix or replace compromised sites',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content is refused again; change the links or attachments first.',
    party: 'sender',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [ERROR_CODES, BEST_PRACTICES],
  },
  {
    ...yahooBase,
    id: 'yahoo-au01',
    token: 'AU01',
    match: [/[[(]AU01[\])]/i],
    title: "Yahoo: DKIM failed against the signing domain's policy (AU01)",
    meaning:
      'Your message carried a digital signature (DKIM) for a domain that asks for all its mail to be signed, and the signature did not check out. Yahoo refused it as possibly forged.',
    details:
      'Yahoo rejects for DKIM when the signing domain (d= in the DKIM-Signature) publishes a policy that all its mail must be signed and authenticated, and this message failed that check (missing or bad signature). AU01 is observed with such rejections; Yahoo does not list it.',
    causes: [
      'The message was changed after signing (a footer, disclaimer or mailing list edits)',
      'A wrong or rotated DKIM key in DNS for the selector used',
      'Mail sent through a service that does not sign for your domain',
    ],
    senderSteps: [
      'Forward the bounce to whoever manages your domain\'s email setup',
      'Send important messages from your normal mailbox until it is fixed',
    ],
    adminSteps: [
      'Check the DKIM selector record in DNS matches the key the sending service uses',
      'Make sure nothing modifies messages after signing; for mailing lists, sign with the list\'s own domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after DKIM passes; retrying unchanged fails again.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ERROR_CODES, BEST_PRACTICES, { title: 'RFC 6376 DomainKeys Identified Mail (DKIM)', url: 'https://www.rfc-editor.org/rfc/rfc6376' }],
  },
  {
    ...yahooBase,
    id: 'yahoo-554-5.7.9-policy',
    reply: '554',
    status: '5.7.9',
    match: [/not accepted for policy reasons/i],
    title: 'Yahoo: message refused for policy reasons',
    meaning:
      'Yahoo refused your message because of its policies: most often the message failed the sending domain\'s DMARC or authentication checks, or something about it Yahoo will not accept.',
    details:
      'Reply "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes". Yahoo uses it for DMARC and authentication failures under a strict policy and for other policy refusals (null MX, malformed or oversized headers, dates out of range).',
    causes: [
      'The From domain has a DMARC policy of reject or quarantine and neither SPF nor DKIM aligned',
      'Sending as a Yahoo, AOL or other p=reject domain through a service that is not theirs',
      'Malformed, oversized or undecodable headers',
    ],
    senderSteps: [
      'If you sent as an @yahoo.com or @aol.com address through another service (CRM, website, newsletter tool), use your own domain instead',
      'Forward the bounce to whoever manages your domain\'s email setup',
    ],
    adminSteps: [
      'Make SPF or DKIM pass and align with the From domain (DKIM signed with your own domain)',
      'Check the message headers for duplicates, encoding errors and valid dates',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is refused again; fix authentication or the From address first.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [ERROR_CODES, BEST_PRACTICES],
  },
  {
    ...yahooBase,
    id: 'yahoo-550-5.7.9-unauthenticated',
    reply: '550',
    status: '5.7.9',
    match: [/requires all senders to authenticate/i, /sender is unauthenticated/i],
    title: 'Yahoo: message not authenticated (no SPF or DKIM pass)',
    meaning:
      'Yahoo asks every sender to prove the mail really comes from their domain with SPF (a DNS list of allowed servers) or DKIM (a signature). Your message passed neither, so it was refused.',
    details:
      'Reply "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM." Since February 2024 all senders need SPF or DKIM; bulk senders need both plus DMARC.',
    causes: [
      'The sending server or service is not in the domain\'s SPF record',
      'DKIM signing is not set up for the service that sent the message',
      'A forwarder broke SPF and the message had no DKIM signature',
    ],
    senderSteps: [
      'Forward this bounce to whoever runs your email domain',
      'Until fixed, send important mail from your normal mailbox rather than the tool that bounced',
    ],
    adminSteps: [
      'Add the sending service to the SPF TXT record of the envelope domain, keeping a single record under 10 DNS lookups',
      'Enable DKIM signing with your own domain in every sending service and publish its key',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry once SPF or DKIM passes for the sending domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ERROR_CODES, BEST_PRACTICES, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  },
  {
    ...yahooBase,
    id: 'yahoo-451-unresolvable-domain',
    reply: '451',
    match: [/unresolvable rfc/i],
    title: "Yahoo: sender's domain could not be checked in DNS (retrying)",
    meaning:
      'Yahoo could not confirm that the domain in your sending address exists, because its DNS lookup timed out or failed. It will be retried; if your domain\'s DNS is healthy this usually passes.',
    details:
      'Yahoo checks the MAIL FROM (RFC 5321) and header From (RFC 5322) domains with an SOA query. A timeout or SERVFAIL gives 451 "unresolvable RFC.5321/RFC.5322 from domain"; subdomains used for sending need to answer the SOA query too.',
    causes: [
      "Slow or failing DNS servers for the sender's domain",
      'A sending subdomain (for example bounce.example.com) with A/MX records but no SOA answer',
      'A DNSSEC misconfiguration making lookups fail',
    ],
    senderSteps: [RETRIES_ITSELF, 'If it keeps happening, tell whoever manages your domain\'s DNS'],
    adminSteps: [
      'Query SOA and MX for the MAIL FROM and From domains from outside (dig SOA example.com) and fix failing name servers',
      'Check DNSSEC signatures and delegation for the sending subdomains',
    ],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically; it passes once DNS answers, usually within minutes to hours.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'networkerror',
    permanence: 'transient',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-554-unresolvable-domain',
    reply: '554',
    match: [/unresolvable rfc/i],
    title: "Yahoo: sender's domain does not exist",
    meaning:
      'Yahoo refused your message because the domain in your sending address (the part after @) does not seem to exist in DNS. Mail must come from a real, resolvable domain.',
    details:
      'Yahoo checks the MAIL FROM (RFC 5321) and header From (RFC 5322) domains with an SOA query; a definite "does not exist" answer gives 554 "unresolvable RFC.5321/RFC.5322 from domain". Subdomains used only for sending must also have an SOA answer (wildcards are not enough).',
    causes: [
      'A made-up or misspelled sender domain configured in an application',
      'The sender domain expired or its DNS zone was removed',
      'A sending subdomain without its own DNS records',
    ],
    senderSteps: ['Check the address you send from for typos and that the domain is still registered', 'Forward the bounce to whoever set up your sending application'],
    adminSteps: [
      'Use a real, registered domain in MAIL FROM and From; renew it if it expired',
      'Make sending subdomains resolvable (SOA plus MX or A records)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the sender domain resolves in DNS.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'rejected',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  // --- Recipient and message problems ---
  {
    ...yahooBase,
    id: 'yahoo-554-user-unknown',
    reply: '554',
    match: [/doesn'?t have an?\b/i, /delivery error: dd [^\n]{0,120}no longer valid/i],
    title: 'Yahoo: no such account',
    meaning:
      'Yahoo (or AOL) has no account with the address you wrote to. It is mistyped, was never created, or was closed.',
    details:
      'Yahoo answers "554 delivery error: dd This user doesn\'t have a yahoo.com account (address) [-5]" for unknown addresses, and "dd ... is no longer valid" for closed ones. The dd prefix and the bracketed number are internal to Yahoo.',
    causes: [
      'A typo in the part before the @ or in the domain (yahoo.com vs yahoo.co.uk, for example)',
      'The account was closed, often after long inactivity',
      'An old or bought list',
    ],
    senderSteps: [
      'Check the address letter by letter, or ask the person for it another way',
      'Remove the address from your lists so you do not send to it again',
    ],
    adminSteps: [
      'Suppress hard-bouncing addresses automatically; repeated sends to dead Yahoo addresses hurt your reputation',
      'Re-confirm old list segments before mailing them',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: Yahoo says delivery to this address will never succeed.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-554-30-mailbox-disabled',
    reply: '554',
    aliases: ['554.30'],
    match: [/mailbox is disabled/i, /\b554\.30\b/],
    title: 'Yahoo: recipient mailbox disabled (554.30)',
    meaning:
      'The Yahoo or AOL address exists but the mailbox is switched off, usually because the account was inactive for a long time or was suspended. It cannot receive mail.',
    details:
      'Reply "554 delivery error: dd Sorry, your message to (address) cannot be delivered. This mailbox is disabled (554.30)". Yahoo disables accounts that have not been signed into for a long period; they may later be deleted.',
    causes: ['The account owner stopped using it and it was deactivated', 'The account was suspended by Yahoo'],
    senderSteps: ['Contact the person another way and ask for a current address', 'Remove this address from your lists'],
    adminSteps: ['Treat it as a hard bounce and suppress the address', 'Mail to disabled accounts is a sign of an old list; re-confirm inactive contacts'],
    retry: 'no',
    retryAdvice: 'Do not resend; only the account owner can reactivate the mailbox.',
    party: 'recipient',
    reputation: 'low',
    reason: 'suspend',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-554-headers-not-rfc-compliant',
    reply: '554',
    match: [/headers? (?:are|is) not rfc compliant/i],
    title: 'Yahoo: message headers break the email standard',
    meaning:
      "Yahoo refused the message because its header lines (From, Date, Subject and the like) are not written the way the email standard requires. This is a fault of the sending program, not the wording.",
    details:
      'Reply "554 Message not allowed - Headers are not RFC compliant[291]". Yahoo checks headers against RFC 5322: duplicated single headers (two From or Subject lines), missing From or Date, malformed addresses, wrong MIME types or undecodable encoded words.',
    causes: [
      'A script or application that builds headers by hand (duplicate From, missing Date, bad line folding)',
      'A From header with a malformed address or unencoded non-ASCII characters',
      'A gateway that appends a second copy of a header',
    ],
    senderSteps: ['Send from a regular mail program instead of the tool that bounced', 'Forward the bounce to whoever maintains the sending application'],
    adminSteps: [
      'Inspect the raw message: exactly one From, Date, Subject, Message-ID; RFC 2047 encoding for non-ASCII text',
      'Use a standard mail library instead of hand-built headers',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the headers are fixed; the same message fails every time.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 5322 Internet Message Format', url: 'https://www.rfc-editor.org/rfc/rfc5322' }],
  },
  {
    ...yahooBase,
    id: 'yahoo-554-message-not-allowed',
    reply: '554',
    match: [/message not allowed - ?\[\d{2,3}\]/i],
    title: 'Yahoo: message refused (numbered filter code)',
    meaning:
      'Yahoo refused this message after reading it. The number in brackets is Yahoo\'s internal code for the filter that fired; Yahoo does not publish the list, but the usual causes are malformed headers, content that looks like spam, or the sender\'s reputation.',
    details:
      'Reply "554 Message not allowed - [nnn]", sometimes with a short reason before the bracket (as in "Headers are not RFC compliant[291]"). It is Yahoo\'s older form of a content or policy refusal after DATA; newer refusals name a token such as [PH01].',
    causes: [
      'Headers that break RFC 5322 (duplicate or missing From, Date, Message-ID)',
      'Content, links or attachments that Yahoo\'s filters treat as spam or abuse',
      'Poor reputation of the sending domain or IP',
    ],
    senderSteps: ['Send a short plain message from a regular mail program and see whether it passes', 'Forward the bounce to whoever runs your mail server or sending tool'],
    adminSteps: [
      'Check the raw message for header faults first (one From, Date, Message-ID; encoded non-ASCII)',
      'Check SPF, DKIM and DMARC and the sending IP\'s reputation; the Yahoo Sender Hub has a support form',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend only after changing the message or fixing the sender; the same message fails again.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [ERROR_CODES, SENDER_HUB],
  },
  {
    ...yahooBase,
    id: 'yahoo-552-mailbox-not-found',
    reply: '552',
    match: [/\b1 requested mail action aborted,? mailbox not found/i, /requested mail action aborted,? mailbox not found/i],
    title: 'Yahoo: no such mailbox (legacy 552 reply)',
    meaning:
      'Yahoo (or AOL) has no mailbox for the address you wrote to. Although 552 usually means a full mailbox, here the words say the mailbox was not found.',
    details:
      'Older Yahoo front ends answer "552 1 Requested mail action aborted, mailbox not found" for unknown recipients: a 552 code with a stray "1" and user-unknown wording. Read it as a hard bounce for the address.',
    causes: ['A typo in the address', 'The account was closed or never existed'],
    senderSteps: ['Check the address letter by letter, or ask the person for it another way', 'Remove the address from your lists'],
    adminSteps: ['Suppress the address as a hard bounce; repeated sends to dead Yahoo addresses hurt reputation'],
    retry: 'no',
    retryAdvice: 'Do not resend to the same address.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-421-max-messages-per-connection',
    reply: '421',
    match: [/max(?:imum)? messages? per connection/i],
    title: 'Yahoo: per-connection message limit reached',
    meaning:
      'The sending server delivered as many messages as Yahoo allows over one connection, so Yahoo closed it. Your message is simply sent again over a new connection.',
    details:
      'Reply "421 Max message per connection reached, closing transmission channel". A routine limit: the sending MTA should open a new connection for the remaining messages. It only shows up as a bounce if the sender treats 421 wrongly.',
    causes: ['Many messages to Yahoo sent down a single SMTP session', 'A sending tool that does not reconnect after a 421'],
    senderSteps: [RETRIES_ITSELF, 'If your sending tool reported this as a failure, tell its support team'],
    adminSteps: ['Limit messages per connection to Yahoo MX hosts in the MTA settings', 'Make sure 421 replies are queued and retried, not bounced'],
    retry: 'later',
    retryAdvice: 'Retried right away over a new connection; nothing else to do.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-450-receiving-too-quickly',
    reply: '450',
    match: [/receiving mail too quickly/i],
    title: 'Yahoo: recipient is receiving mail too quickly',
    meaning:
      'The person you wrote to is getting so much mail right now that Yahoo is pausing delivery to their mailbox. Your message waits and is tried again.',
    details:
      'Reply "450 User is receiving mail too quickly". A per-recipient rate limit that protects a mailbox from floods (for example after a subscription bomb or a mass notification).',
    causes: ['A burst of mail to this one recipient from many senders', 'Automated systems sending the same person many messages'],
    senderSteps: [RETRIES_ITSELF, 'Avoid sending many messages to the same person in a short time'],
    adminSteps: ['Space out automated notifications to the same Yahoo recipient', 'Keep retry intervals of at least several minutes for 450 replies'],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically; usually clears within an hour.',
    party: 'recipient',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'transient',
    references: [ERROR_CODES],
  },
  {
    ...yahooSideFault,
    id: 'yahoo-451-resources-unavailable',
    match: [/resources temporarily (?:unavailable|not available)/i],
    title: 'Yahoo: servers busy, try again later',
    meaning:
      'Yahoo\'s mail servers were busy when your message arrived and could not take it at that moment. Nothing is wrong with your message; it will be tried again.',
    details:
      'Reply "451 Resources temporarily unavailable. Please try again later [#4.16.1]". Yahoo describes it as a short busy condition on its side; normal service returns after a brief period.',
    causes: ['Load or maintenance on Yahoo\'s mail servers'],
    adminSteps: ['No change needed; make sure 451 replies are queued and retried', 'If it persists for one IP only, treat it like a deferral and check reputation'],
    retryAdvice: 'Temporary: retried automatically, usually successfully within minutes.',
  },
  {
    ...deferral,
    id: 'yahoo-4.16.5x-deferral-number',
    status: '4.16.5',
    aliases: ['4.16.5x'],
    match: [/\b4\.16\.5\d?\b/],
    title: 'Yahoo: internal deferral diagnostic number (4.16.5x)',
    meaning:
      'The number like 4.16.55 or 4.16.56 at the end of a Yahoo deferral is Yahoo\'s own internal diagnostic, not a standard code. It goes with a temporary delay of mail from the sending server.',
    details:
      'Yahoo appends numbers such as 4.16.50, 4.16.55.1 or 4.16.56.1 to 421 deferrals ("... temporarily deferred ... - 4.16.55.1"). They are not RFC 3463 enhanced codes; read the bracket token ([TSS04], [TS01], [TS02]) next to them for the reason.',
    retryAdvice: 'Temporary: the sending server retries; handle it like the deferral it comes with.',
  },
  // --- Plain replies with the standard RFC 5321 wording: only Yahoo's host names (yahoodns.net) tell
  // that Yahoo sent them, so they match only where the bounce names a Yahoo server. ---
  {
    ...yahooBase,
    id: 'yahoo-421-service-not-available',
    reply: '421',
    match: [/service not available/i],
    title: 'Yahoo: server closed the connection for now',
    meaning:
      "Yahoo's server ended the conversation before taking your message, without giving a reason. It is a temporary refusal: the sending server keeps the message and tries again.",
    details:
      'A bare 421 "Service not available, closing transmission channel" (no bracket token) from a yahoodns.net host. Yahoo gives it when a server is overloaded or going down for maintenance, and when it sheds connections from an IP that opens more at once than it accepts. A deferral with a reputation reason carries a token instead ([TSS04], [TS01]).',
    causes: [
      'Load or maintenance on the Yahoo server that answered',
      'More simultaneous connections from the sending IP than Yahoo accepts',
    ],
    senderSteps: [RETRIES_ITSELF, 'Only if it still bounces after a day, forward this bounce to whoever runs your mail server'],
    adminSteps: [
      'Make sure the MTA queues 421 replies and retries them (a few minutes apart), instead of bouncing',
      'Cap concurrent connections to Yahoo MX hosts; if 421 replies go on for hours, look for a token in later replies and check reputation on the Sender Hub',
    ],
    retry: 'later',
    retryAdvice: 'Temporary: the sending server retries on its own, usually with success within the hour.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ERROR_CODES, SENDER_HUB],
  },
  {
    ...yahooSideFault,
    id: 'yahoo-451-4.3.2-internal-error',
    status: '4.3.2',
    match: [/internal server error/i, /system not accepting network messages/i],
    title: 'Yahoo: temporary fault on its side',
    meaning:
      "Something went wrong inside Yahoo's mail system while it was taking your message. Nothing is wrong with the message or the address; it will be tried again.",
    details:
      'Reply 451 4.3.2 "Internal server error" from a Yahoo MX host: RFC 3463 X.3.2 is "system not accepting network messages", a fault or shutdown on the receiving side. It is transient by its class digit; the sending MTA retries.',
    causes: ["A fault or maintenance on Yahoo's receiving server"],
    adminSteps: ['No change needed: keep 451 replies queued and retried', 'If only one of your IPs keeps getting it for a day, treat it as a deferral and check that IP on the Sender Hub'],
    retryAdvice: 'Temporary: retried automatically, usually with success within minutes to hours.',
  },
  {
    ...yahooBase,
    id: 'yahoo-452-temporary-domain-failure',
    reply: '452',
    match: [/temporary domain failure/i],
    title: "Yahoo: recipient's domain could not be served for now",
    meaning:
      "Yahoo could not, at that moment, take mail for the domain of the address you wrote to. It is temporary: the sending server keeps the message and tries again.",
    details:
      'Reply 452 "temporary domain failure <address>" at RCPT TO from a Yahoo MX host: Yahoo could not look up the settings of the recipient domain on its side. Seen for domains hosted with Yahoo (including business domains on its platform) during lookups that fail or time out.',
    causes: ["A passing fault in Yahoo's lookup of the recipient's domain", 'A custom domain whose hosting at Yahoo is being set up, moved or cancelled'],
    senderSteps: [RETRIES_ITSELF, "If it keeps bouncing for a day, tell the recipient another way: their domain's mail hosting may be changing"],
    adminSteps: ['Keep 452 replies queued and retried', "If it persists for one domain, check its MX records: a domain that left Yahoo's hosting should not point at Yahoo"],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically; it passes once Yahoo serves the domain again.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-501-syntax-error',
    reply: '501',
    match: [/syntax error in parameters or arguments/i, /syntax error/i],
    title: 'Yahoo: an address or parameter in the sending command was malformed',
    meaning:
      "Yahoo's server could not read what the sending server wrote after a command: usually the sender or recipient address is badly formed. The message was not delivered.",
    details:
      'Reply 501 from a Yahoo MX host: the arguments of MAIL FROM, RCPT TO or another command broke RFC 5321 syntax, for example an address without angle brackets, with spaces or a trailing dot, with non-ASCII characters where SMTPUTF8 was not offered, or an unknown ESMTP parameter.',
    causes: [
      'A typo in the address: spaces, two @ signs, a trailing dot, a comma instead of a dot',
      'A sending tool that writes MAIL FROM or RCPT TO without angle brackets, or adds parameters Yahoo does not support',
      'Non-ASCII characters in the address',
    ],
    senderSteps: [
      'If the bounce says "in reply to RCPT TO": check the address you wrote to, letter by letter (spaces, two @ signs, a trailing dot), fix it and send again',
      'If the address is right, or the bounce says "in reply to MAIL FROM": forward this bounce to whoever runs your mail server or sending tool, which wrote the command badly',
    ],
    adminSteps: [
      "Log the SMTP conversation to Yahoo and look at the exact MAIL FROM / RCPT TO line it refused",
      'Send addresses in angle brackets and only ESMTP parameters Yahoo lists in its EHLO answer',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same command fails again: send again only after correcting the address or the sending tool.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  {
    ...yahooBase,
    id: 'yahoo-550-relaying-denied',
    reply: '550',
    match: [/relaying denied/i, /relay(?:ing)? not (?:permitted|allowed)/i],
    title: "Yahoo: not the mail server for the recipient's domain",
    meaning:
      "The recipient's domain sends its mail to Yahoo, but Yahoo does not (or no longer) handle mail for that domain, so it refused to pass your message on.",
    details:
      'Reply 550 "relaying denied for <address>" at RCPT TO from a Yahoo MX host: Yahoo accepts mail only for domains it hosts. A domain whose MX records still point at Yahoo after leaving its hosting (or a mistyped domain that happens to) gets this answer.',
    causes: [
      "The recipient's domain moved away from Yahoo hosting but its MX records were not updated",
      'A typo in the domain part of the address',
    ],
    senderSteps: ['Check the domain part of the address for typos', 'Tell the recipient another way: their domain cannot receive mail at the moment'],
    adminSteps: [
      "Look up the recipient domain's MX records (dig MX example.com): if they point at Yahoo, the domain's owner must update them or restore the hosting",
      'For your own domain: set MX to the current mail provider and remove old Yahoo records',
    ],
    retry: 'after-fix',
    retryAdvice: "It fails the same way until the recipient's domain points at a server that accepts its mail.",
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  // --- Legacy AOL codes (pre-Yahoo platform) ---
  {
    ...aolHardBlock,
    id: 'yahoo-rtr-bl',
    aliases: ['RTR:BL', 'RLY:B2', 'RLY:BL'],
    match: [/\bRTR:BL\b/i, /\bRLY:B2\b/i, /\bRLY:BL\b/i],
    title: 'AOL (legacy): sending IP permanently blocked for reputation (RTR:BL, RLY:B2, RLY:BL)',
    meaning:
      'AOL blocked the server that sent your message because of its poor reputation. The block does not lift by itself: the cause must be fixed and removal requested.',
    details: `Legacy AOL replies such as "554 RTR:BL" or "554 RLY:B2" marked a hard block on the sending IP, placed after complaints, spam-trap hits or other abuse signals. ${LEGACY_NOTE}`,
  },
  {
    ...aolBase,
    id: 'yahoo-rtr-du',
    aliases: ['RTR:DU'],
    match: [/\bRTR:DU\b/i],
    title: 'AOL (legacy): sending IP on the Spamhaus PBL (RTR:DU)',
    meaning:
      'AOL refused the message because the server that sent it uses an address meant for home or dynamic connections, listed as such by Spamhaus. Mail must go through a proper mail server.',
    details: `Legacy "554 RTR:DU": the IP is on the Spamhaus Policy Block List (PBL) of end-user and dynamic ranges, which AOL did not accept direct mail from. ${LEGACY_NOTE}`,
    causes: ['A mail server or device sending directly from a home or dynamic connection', 'A static server on a range its provider registered in the PBL'],
    senderSteps: [FORWARD, 'Send through your email provider\'s outgoing server with a login'],
    adminSteps: ['Relay outbound mail through an authenticated smart host', 'For a static server IP you control, remove it from the PBL via check.spamhaus.org'],
    retry: 'after-fix',
    retryAdvice: 'Retry after the mail goes out through a proper relay or the IP leaves the PBL.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    references: [ERROR_CODES, SPAMHAUS_CHECK],
  },
  {
    ...aolRdns,
    id: 'yahoo-rtr-rd',
    aliases: ['RTR:RD', 'DNS:B1'],
    match: [/\bRTR:RD\b/i, /\bDNS:B1\b/i],
    title: 'AOL (legacy): no reverse DNS or a dynamic-looking one (RTR:RD, DNS:B1)',
    meaning:
      'AOL refused the message because the sending server\'s IP has no proper name in reverse DNS, or its name looks like a home connection. AOL expected mail servers to have a clear host name.',
    details: `Legacy "554 RTR:RD" or "554 DNS:B1": the PTR record of the connecting IP was missing or generic (containing the IP digits or words such as dsl, dyn, pool). ${LEGACY_NOTE}`,
  },
  {
    ...aolRdns,
    id: 'yahoo-dns-b2',
    aliases: ['DNS:B2'],
    match: [/\bDNS:B2\b/i],
    title: 'AOL (legacy): dynamic-looking reverse DNS plus complaints (DNS:B2)',
    meaning:
      'AOL refused the message because the sending server has a home-connection style name in reverse DNS and AOL users had also complained about its mail.',
    details: `Legacy "554 DNS:B2": like DNS:B1 (generic or dynamic PTR name) but combined with complaints, so both the reverse DNS and the complaint source need fixing. ${LEGACY_NOTE}`,
    adminSteps: [
      'Set a PTR record with a proper mail host name that resolves back to the IP',
      JOIN_CFL,
    ],
    reputation: 'high',
  },
  {
    ...aolHardBlock,
    id: 'yahoo-rtr-sc',
    aliases: ['RTR:SC'],
    match: [/\bRTR:SC\b/i],
    title: 'AOL (legacy): IP blocked after repeated blocks (RTR:SC)',
    meaning:
      'AOL blocked the server that sent your message because it had been blocked many times before. It needed a removal request after the cause was fixed.',
    details: `Legacy "554 RTR:SC": the IP had run into so many temporary blocks that AOL made the block standing. ${LEGACY_NOTE}`,
  },
  {
    ...aolBase,
    id: 'yahoo-rtr-ge',
    reply: '421',
    aliases: ['RTR:GE'],
    match: [/\bRTR:GE\b/i],
    title: 'AOL (legacy): technical fault, retry later (RTR:GE)',
    meaning:
      'AOL had a technical problem accepting the message. It was not a block; the sending server was expected to try again later.',
    details: `Legacy "RTR:GE" general error: a fault on AOL's side. AOL advised retrying and, only if it lasted over 24 hours, contacting its postmaster. ${LEGACY_NOTE}`,
    causes: ['A temporary fault on AOL\'s mail servers'],
    senderSteps: [RETRIES_ITSELF, 'If it keeps failing for more than a day, tell your mail administrator'],
    adminSteps: ['Make sure the MTA queues and retries such replies', 'If it persists past 24 hours, contact Yahoo through the Sender Hub'],
    retry: 'later',
    retryAdvice: 'Temporary: retry later; if it persists beyond 24 hours, escalate.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
  },
  {
    ...aolBase,
    id: 'yahoo-rtr-bg',
    aliases: ['RTR:BG'],
    match: [/\bRTR:BG\b/i],
    title: 'AOL (legacy): sending IP not allocated (RTR:BG)',
    meaning:
      'AOL refused the message because the sending server\'s IP address belongs to a range that is not officially assigned to anyone, which is typical of hijacked address space.',
    details: `Legacy "554 RTR:BG": the connecting IP was in unallocated ("bogon") space according to AOL's data, often because routing tables or registry records were out of date. ${LEGACY_NOTE}`,
    causes: ['A newly allocated range that AOL\'s list had not caught up with', 'Routing of address space without a proper registry record'],
    senderSteps: [FORWARD, 'Reach AOL contacts from another account meanwhile'],
    adminSteps: ['Ask your hosting or network provider to confirm the range is allocated and registered (RIR whois)', 'Then request an update through the Yahoo Sender Hub'],
    retry: 'after-fix',
    retryAdvice: 'Retry after the address allocation is confirmed and AOL updates its data.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
  },
  {
    ...aolHardBlock,
    id: 'yahoo-rtr-ch',
    aliases: ['RTR:CH', 'RLY:CH'],
    match: [/\bRTR:CH\b/i, /\bRLY:CH\b/i],
    title: 'AOL (legacy): another machine on your network sending spam (RTR:CH, RLY:CH)',
    meaning:
      'AOL blocked the server that sent your message because a computer on the same network was sending mail that looked like known spam. The server itself may be innocent.',
    details: `Legacy "554 RTR:CH" / "554 RLY:CH": a peer on the sending network matched known spam signatures, suggesting a compromised machine. ${LEGACY_NOTE}`,
    causes: ['A compromised computer on the same network or NAT address', 'Spam from a neighbour on a shared hosting range'],
    adminSteps: ['Scan the network for infected machines and block outbound port 25 except from the mail server', JOIN_CFL, 'Request removal through the Yahoo Sender Hub'],
  },
  {
    ...aolBase,
    id: 'yahoo-rly-b1',
    aliases: ['RLY:B1'],
    match: [/\bRLY:B1\b/i],
    title: 'AOL (legacy): 24-hour block for complaints (RLY:B1)',
    meaning:
      'AOL users complained about mail from the server that sent your message, so AOL blocked it automatically. Such blocks lifted within about a day if complaints stayed low.',
    details: `Legacy "554 RLY:B1": an automatic block placed when member complaints about the IP crossed AOL's threshold, removed by the system within 24 hours once below it. ${LEGACY_NOTE}`,
    causes: ['Complaints from recipients who did not want the mail', 'A compromised account sending spam'],
    senderSteps: ['Wait a day before sending to AOL addresses again', FORWARD],
    adminSteps: ['Check the server for compromised accounts', JOIN_CFL],
    retry: 'later',
    retryAdvice: 'Retry after about 24 hours; if the block returns, the complaint source must be fixed.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
  },
  {
    ...aolBase,
    id: 'yahoo-rly-bd',
    aliases: ['RLY:BD'],
    match: [/\bRLY:BD\b/i],
    title: 'AOL (legacy): this kind of mail blocked by spam filters (RLY:BD)',
    meaning:
      'AOL\'s spam filters flagged this type of message from your server and blocked it. Changing what is sent, not just resending, is needed.',
    details: `Legacy "554 RLY:BD": mail of this kind from the sending IP was blocked after being flagged by AOL's spam systems. ${LEGACY_NOTE}`,
    causes: ['Content resembling spam campaigns (links, wording, attachments)', 'Mail the recipients did not ask for'],
    senderSteps: ['Remove unusual links or attachments and send a plain message', FORWARD],
    adminSteps: ['Review the content and links of bulk mail from the server', JOIN_CFL],
    retry: 'after-fix',
    retryAdvice: 'Retry with changed content after the cause is addressed.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
  },
  {
    ...aolHardBlock,
    id: 'yahoo-rly-cs4',
    aliases: ['RLY:CS4'],
    match: [/\bRLY:CS4\b/i],
    title: 'AOL (legacy): sending server may be compromised (RLY:CS4)',
    meaning:
      'AOL blocked the server that sent your message because its traffic suggested it had been taken over by someone sending spam.',
    details: `Legacy "554 RLY:CS4": AOL suspected the sending server or an account on it was compromised. ${LEGACY_NOTE}`,
    causes: ['A hacked mail account or website on the server', 'Malware on the server or on machines relaying through it'],
    adminSteps: [FIX_ABUSE_FIRST, 'Reset passwords of accounts that sent unusual volumes', 'Request removal through the Yahoo Sender Hub'],
  },
  {
    ...aolHardBlock,
    id: 'yahoo-rly-ir',
    aliases: ['RLY:IR'],
    match: [/\bRLY:IR\b/i],
    title: 'AOL (legacy): dynamic IP sending to many invalid addresses (RLY:IR)',
    meaning:
      'AOL blocked the sender because it was connecting from a home-type address and writing to many addresses that do not exist, as spam software does.',
    details: `Legacy "554 RLY:IR": a dynamic-looking IP with a high share of invalid recipients, typical of infected machines guessing addresses. ${LEGACY_NOTE}`,
    causes: ['Malware on a home or office computer sending directly', 'A mailing list with many dead addresses sent from a dynamic connection'],
    adminSteps: ['Clean infected machines and block direct outbound port 25', 'Send through an authenticated relay and remove invalid addresses from lists'],
  },
  {
    ...aolHardBlock,
    id: 'yahoo-rly-ob',
    aliases: ['RLY:OB'],
    match: [/\bRLY:OB\b/i],
    title: "AOL (legacy): forwarding server's IP blocked (RLY:OB)",
    meaning:
      'Your message reached AOL through a forwarding server (for example an address that forwards to AOL), and that forwarder\'s IP is blocked. The block is on the forwarder, not on you.',
    details: `Legacy "554 RLY:OB": the connecting IP belongs to a server that forwards mail to AOL and had itself been blocked, usually because it also forwarded spam. ${LEGACY_NOTE}`,
    causes: ['A forwarding service or alias passing spam on to AOL along with normal mail', 'AOL users marking forwarded spam as spam'],
    senderSteps: ['Write to the person\'s AOL address directly instead of the forwarding address', 'Tell the recipient their forwarding is being blocked'],
    adminSteps: ['On the forwarder: filter spam before forwarding, or stop forwarding to AOL', 'Use SRS for forwarded mail and request removal through the Yahoo Sender Hub'],
    party: 'recipient-admin',
  },
  {
    ...aolBase,
    id: 'yahoo-hvu-b1',
    aliases: ['HVU:B1'],
    match: [/\bHVU:B1\b/i],
    title: 'AOL (legacy): message contains a blocked link (HVU:B1)',
    meaning:
      'AOL refused the message because it contains a link (or domain) that AOL had blocked, usually because it appeared in spam.',
    details: `Legacy "554 HVU:B1": a URL or domain in the message body was on AOL's block list. Shared link shorteners and tracking domains were frequent triggers. ${LEGACY_NOTE}`,
    causes: ['A link to a domain used in spam, or a shared link shortener', 'A tracking or redirect domain of an email service with a poor reputation'],
    senderSteps: ['Remove or replace the links (especially shortened ones) and send again', 'Link to your own domain rather than a shortener'],
    adminSteps: ['Check the linked domains against URI block lists such as Spamhaus DBL, SURBL and URIBL', 'Use a custom tracking domain with your email service'],
    retry: 'after-fix',
    retryAdvice: 'Resend without the blocked link; the same content is refused again.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
  },
  {
    ...aolBase,
    id: 'yahoo-dyn-t1',
    reply: '421',
    aliases: ['DYN:T1'],
    match: [/\bDYN:T1\b/i],
    title: 'AOL (legacy): dynamic IP throttled (DYN:T1)',
    meaning:
      'AOL slowed down mail from the sending IP because it looks like a home or dynamic connection. Mail was delayed, not refused, but such IPs should not send mail directly.',
    details: `Legacy "421 DYN:T1": a temporary rate limit for IPs that look dynamic or residential. ${LEGACY_NOTE}`,
    causes: ['A mail server or device sending from a home or dynamic connection', 'Generic reverse DNS on a static IP'],
    senderSteps: [RETRIES_ITSELF, 'Set your mail program to send through your provider\'s outgoing server'],
    adminSteps: ['Relay outbound mail through an authenticated smart host', 'Or get a proper PTR name for a static server IP'],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically, but lasting relief needs a proper relay or reverse DNS.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'speeding',
    permanence: 'transient',
  },
];

export const yahoo: ProviderFile = {
  id: 'yahoo',
  name: 'Yahoo / AOL',
  covers: ['Yahoo / AOL'],
  home: SENDER_HUB,
  signatures: [
    /\.yahoodns\.net\b/i,
    /\b[a-z0-9-]{1,30}\.mail\.[a-z0-9]{2,10}\.yahoo\.com\b/i,
    /senders\.yahooinc\.com/i,
    /postmaster\.yahoo(?:inc)?\.com/i,
    /help\.yahoo\.com/i,
    /\bdelivery error: dd\b/i,
    /\bYahoo requires\b/i,
    /\[#4\.16\.\d{1,2}\]/,
    /\b4\.16\.5\d(?:\.\d)?\b/,
    /\[(?:TSS?|GL|PH|BL|AU)\d\d\]/,
    /postmaster\.(?:info\.)?aol\.com/i,
    /\.mx\.aol\.com\b/i,
    /\b(?:RTR|RLY|DNS|HVU|DYN):[A-Z]{1,2}\d?\b/,
    // Yahoo's own wordings that name no host: numbered legacy refusals and its per-connection and
    // per-recipient limits.
    /\bmessage not allowed - ?[^\n]{0,80}\[(?:\d{2,3}|PH\d\d)\]/i,
    /\b1 requested mail action aborted, mailbox not found\b/i,
    /\bmax message per connection reached\b/i,
    /\buser is receiving mail too quickly\b/i,
  ],
  entries,
};

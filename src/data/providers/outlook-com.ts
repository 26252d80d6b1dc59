// Microsoft Outlook.com (consumer Hotmail, Live, MSN and Outlook.com mailboxes): what Microsoft's consumer
// mail servers mean by their codes. Older replies carry RP-/SC-/DY-/OU- codes and a server tag such as
// "(BAY004-MC1F25)"; newer ones come from *.olc.protection.outlook.com with an "(S3150)"-style token.
// Postmaster pages moved from postmaster.live.com to sendersupport.olc.protection.outlook.com.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const POSTMASTER: Reference = {
  title: 'Outlook.com Postmaster (sender support)',
  url: 'https://sendersupport.olc.protection.outlook.com/pm/',
};
const TROUBLESHOOTING: Reference = {
  title: 'Outlook.com Postmaster: Troubleshooting',
  url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
};
const POLICIES: Reference = {
  title: 'Outlook.com Postmaster: Policies, practices and guidelines',
  url: 'https://sendersupport.olc.protection.outlook.com/pm/policies.aspx',
};
const SNDS: Reference = {
  title: 'Microsoft SNDS: see how Outlook.com rates your IP addresses',
  url: 'https://sendersupport.olc.protection.outlook.com/snds/',
  tool: true,
};
const SUPPORT_FORM: Reference = {
  title: 'Outlook.com sender support request (ask for a block to be lifted)',
  url: 'https://olcsupport.office.com/',
  tool: true,
};
const DELIST_PORTAL: Reference = {
  title: 'Microsoft delist portal (sender.office.com)',
  url: 'https://sender.office.com/',
  tool: true,
};
const HIGH_VOLUME: Reference = {
  title: "Microsoft Defender for Office 365 blog: Outlook's new requirements for high-volume senders (2025)",
  url: 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
};
const SPAMHAUS_CHECK: Reference = {
  title: 'Spamhaus IP and domain reputation checker (lookup and removal)',
  url: 'https://check.spamhaus.org/',
  tool: true,
};

const base = { kind: 'provider' as const, authority: 'Microsoft' };
const RETIRED_LINK = ' The postmaster.live.com link in the reply is retired; its pages now live at sendersupport.olc.protection.outlook.com/pm/.';

// Steps several entries share.
const FORWARD = 'Forward this bounce to whoever runs your mail server or sending service: the block is on the server\'s IP address, not on you';
const USE_OTHER_ROUTE = 'Until it is fixed, reach Outlook.com and Hotmail contacts from another account or by phone';
const CHECK_SNDS = 'Register the sending IPs in Microsoft SNDS to see their status, complaint rate and spam-trap hits';
const ASK_DELIST = 'Once the cause is fixed, file an Outlook.com sender support request (olcsupport.office.com) quoting the full bounce and the IP';
const SLOW_DOWN = 'Lower the sending rate and number of parallel connections to Outlook.com, and let your server retry with growing intervals';

/** Rate limits driven by reputation (RP-00x codes and S-tokens with 4.7.65x): slow down, build reputation. */
const rateLimited = {
  ...base,
  causes: [
    'A sudden rise in volume, or a new IP address without sending history',
    'Complaints or spam-trap hits lowering the IP\'s reputation at Microsoft',
    'Too many parallel connections or messages per connection',
  ],
  senderSteps: [
    'Nothing to do for a single message: your mail server keeps retrying and it usually gets through',
    'If you send newsletters, spread large sends to Outlook.com addresses over several hours',
  ],
  adminSteps: [SLOW_DOWN, CHECK_SNDS, 'Warm up new IPs gradually and remove addresses that bounce or never engage'],
  retry: 'later' as const,
  party: 'sender-admin' as const,
  reputation: 'medium' as const,
  permanence: 'transient' as const,
  references: [TROUBLESHOOTING, SNDS, POSTMASTER],
};

/** Hard IP blocks from the consumer filter (SC-00x, DY-00x, OU-00x, the S3150/S3140 tokens). */
const ipBlock = {
  ...base,
  reply: '550',
  retry: 'after-fix' as const,
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
  permanence: 'permanent' as const,
};

/** The block-list reply ("part of their network is on our block list"), with or without an S-token. */
const networkBlockText = {
  meaning:
    'Outlook.com (Hotmail, Live, MSN) refused your message because the mail server it came from, or the network around it, is on Microsoft\'s block list. The words "contact your Internet service provider" mean whoever runs that mail server.',
  causes: [
    'Spam or complaints from your server\'s IP address, or from its neighbours on a shared hosting or cloud network',
    'A compromised account or website on the server sending spam',
    'A new or rarely used IP address with no reputation at Microsoft',
  ],
  senderSteps: [FORWARD, USE_OTHER_ROUTE],
  adminSteps: [
    CHECK_SNDS,
    'Find and stop any abuse (compromised accounts, web forms, open relay) before asking for removal',
    ASK_DELIST,
  ],
  retryAdvice: 'Retrying does not help while the block is active; send again after Microsoft confirms the mitigation (often within 24 to 48 hours of a request).',
  references: [TROUBLESHOOTING, SUPPORT_FORM, SNDS, DELIST_PORTAL],
};

const entries: ProviderEntry[] = [
  {
    ...rateLimited,
    id: 'outlook-com-rp-001',
    reply: '421',
    aliases: ['RP-001'],
    match: [/\bRP-001\b/i, /limits for how many messages can be sent per hour/i],
    title: 'Outlook.com: too many messages per hour from your server (RP-001)',
    meaning:
      "Outlook.com is temporarily accepting fewer messages from the server that sent yours, because of that server's reputation. Your message was not refused for good; it is queued and retried.",
    details:
      'RP-001 (421) means the connecting IP went over the hourly or daily message rate Outlook.com allows it; the allowance depends on IP and domain reputation. The old reply reads "Unfortunately, some messages from x weren\'t sent. Please try again. We have limits for how many messages can be sent per hour and per day."',
    retryAdvice: 'Temporary: let the server retry; it usually clears within an hour or two once the rate drops.',
    reason: 'speeding',
  },
  {
    ...rateLimited,
    id: 'outlook-com-rp-002',
    reply: '421',
    aliases: ['RP-002'],
    match: [/\bRP-002\b/i],
    title: 'Outlook.com: too many messages in one connection (RP-002)',
    meaning:
      'Outlook.com slowed down the server that sent your message because it pushed too many messages through a single connection for its reputation. The message is retried automatically.',
    details:
      'RP-002 (421) is the per-connection variant of Outlook.com\'s reputation-based rate limit: the connecting IP exceeded the number of messages allowed on one SMTP session. Opening fresh connections at a calmer pace avoids it.',
    retryAdvice: 'Temporary: retried automatically; reduce messages per connection and it typically clears within the hour.',
    reason: 'speeding',
  },
  {
    ...rateLimited,
    id: 'outlook-com-rp-003',
    reply: '421',
    aliases: ['RP-003'],
    match: [/\bRP-003\b/i],
    title: 'Outlook.com: too many connections from your server (RP-003)',
    meaning:
      'The server that sent your message opened more simultaneous connections to Outlook.com than its reputation allows, so it was asked to wait. The message is retried automatically.',
    details:
      'RP-003 (421) is the connection-count variant of the reputation-based limits: the connecting IP exceeded the number of concurrent SMTP connections Outlook.com allows it.',
    retryAdvice: 'Temporary: retried automatically; lower concurrency and it usually clears within the hour.',
    reason: 'toomanyconn',
  },
  {
    ...base,
    id: 'outlook-com-550-5.7.515-auth-level',
    reply: '550',
    status: '5.7.515',
    match: [/(?:doesn'?t|does not) meet the required authentication level/i],
    title: 'Outlook.com: sender domain lacks required SPF, DKIM and DMARC',
    meaning:
      'Outlook.com requires domains that send a lot of mail to prove their identity with SPF, DKIM and DMARC (DNS records and a signature showing the mail is really theirs). Your domain did not pass, so the message was refused.',
    details:
      'Since 5 May 2025 Outlook.com rejects mail from domains sending over 5,000 messages a day to its consumer addresses unless SPF passes, DKIM passes and a DMARC record (at least p=none) aligns with SPF or DKIM. The reply reads "550 5.7.515 Access denied, sending domain [domain] does not meet the required authentication level."',
    causes: [
      'DKIM signing is missing for the service that sends your bulk mail',
      'No DMARC record, or SPF and DKIM pass only for the provider\'s domain (no alignment)',
      'The SPF record does not include the sending service or has more than 10 DNS lookups',
    ],
    senderSteps: [
      'Forward the bounce to whoever manages your domain\'s DNS and your mailing tool',
      'Send urgent messages from your normal mailbox until the records are fixed',
    ],
    adminSteps: [
      'Publish SPF including every sending service, and turn on DKIM with your own domain in each of them',
      'Publish a DMARC record (_dmarc TXT, at least v=DMARC1; p=none) and check that SPF or DKIM aligns with the From domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF, DKIM and DMARC all pass; retrying unchanged fails every time.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [HIGH_VOLUME, POSTMASTER, POLICIES],
  },
  {
    ...ipBlock,
    id: 'outlook-com-sc-001',
    aliases: ['SC-001', 'OU-002'],
    match: [/\bSC-001\b/i, /\bOU-002\b/i],
    title: 'Outlook.com: refused for spam-like content or poor reputation (SC-001)',
    meaning:
      'Outlook.com refused the message for policy reasons: either it looked like spam or the server that sent it has a poor reputation at Microsoft. The reply often says part of the network is on a block list.',
    details:
      'SC-001 and OU-002 (550) are Outlook.com\'s general policy rejections: the filter (formerly SmartScreen) judged the content spam-like or the IP/domain reputation too low. The block is usually on the sending IP, so it hits every message from that server.',
    causes: networkBlockText.causes,
    senderSteps: networkBlockText.senderSteps,
    adminSteps: networkBlockText.adminSteps,
    retryAdvice: networkBlockText.retryAdvice,
    references: networkBlockText.references,
  },
  {
    ...ipBlock,
    id: 'outlook-com-sc-002',
    aliases: ['SC-002'],
    match: [/\bSC-002\b/i],
    title: 'Outlook.com: refused, server probed for valid addresses (SC-002)',
    meaning:
      'Outlook.com blocked the server that sent your message because it tried many made-up or invalid addresses, the way spammers test which addresses exist.',
    details:
      'SC-002 (550) marks namespace mining (a directory harvest): the IP sent to many non-existent Outlook.com addresses. Old, purchased or guessed lists are the usual trigger.',
    causes: [
      'Sending to an old, purchased or scraped list full of dead addresses',
      'A compromised server or script guessing addresses',
      'Bounces not being removed from the list',
    ],
    senderSteps: [FORWARD, 'If you send newsletters, stop using lists you did not collect yourself'],
    adminSteps: [
      'Remove hard-bouncing and never-confirmed addresses; use double opt-in',
      'Look for a compromised account or script sending to guessed addresses',
      ASK_DELIST,
    ],
    retryAdvice: 'Do not retry until the list is cleaned and the block is lifted.',
    references: [TROUBLESHOOTING, SUPPORT_FORM, SNDS],
  },
  {
    ...ipBlock,
    id: 'outlook-com-sc-003',
    aliases: ['SC-003'],
    match: [/\bSC-003\b/i],
    title: 'Outlook.com: refused, server looks like an open proxy or relay (SC-003)',
    meaning:
      'Outlook.com blocked the server that sent your message because it appears to let anyone on the internet send mail through it, which spammers exploit.',
    details:
      'SC-003 (550) means Microsoft found the connecting IP behaving like an open proxy or open relay. Until it is secured, all its mail to Outlook.com is refused.',
    causes: [
      'A mail server that relays for unauthenticated clients',
      'An open web or SOCKS proxy on the same IP address',
      'Malware on a machine behind the same public IP',
    ],
    senderSteps: [FORWARD, USE_OTHER_ROUTE],
    adminSteps: [
      'Close the relay: only authenticated users or known internal networks may send to external domains',
      'Check for open proxies or infected machines behind the public IP',
      ASK_DELIST,
    ],
    retryAdvice: 'Retry only after the server is secured and the block is lifted.',
    references: [TROUBLESHOOTING, SUPPORT_FORM],
  },
  {
    ...ipBlock,
    id: 'outlook-com-sc-004',
    aliases: ['SC-004'],
    match: [/\bSC-004\b/i],
    title: 'Outlook.com: refused, too many user complaints about your server (SC-004)',
    meaning:
      'Outlook.com users marked mail from the server that sent your message as junk often enough that Microsoft blocked it.',
    details:
      'SC-004 (550) is a block placed on the IP because of complaints from Outlook.com users (their "Junk" and "Report" clicks). Microsoft\'s Junk Mail Reporting Program (JMRP) lets senders see those complaints.',
    causes: [
      'Newsletters or notifications going to people who did not ask for them or cannot unsubscribe easily',
      'A compromised account sending spam from the server',
      'Other customers on a shared server drawing complaints',
    ],
    senderSteps: [FORWARD, 'If you send newsletters, make unsubscribing one click and stop mailing inactive contacts'],
    adminSteps: [
      CHECK_SNDS,
      'Join JMRP through the Outlook.com postmaster site and remove complainers promptly',
      ASK_DELIST,
    ],
    retryAdvice: 'Retry after complaints are addressed and Microsoft lifts the block.',
    references: [TROUBLESHOOTING, SNDS, SUPPORT_FORM],
  },
  {
    ...ipBlock,
    id: 'outlook-com-dy-001',
    aliases: ['DY-001'],
    match: [/\bDY-001\b/i],
    title: 'Outlook.com: refused, dynamic IP sending directly (DY-001)',
    meaning:
      'Your message came straight from an address that looks like a home or dynamic internet connection. Outlook.com does not accept mail sent directly from such connections; it must go through a proper mail server.',
    details:
      'DY-001 (550): the connecting IP is in a range known to be dynamically assigned or residential (for example listed in the Spamhaus PBL or with a generic reverse DNS name). Mail from these IPs should be relayed through the provider\'s or organisation\'s authenticated smart host.',
    causes: [
      'A mail server, NAS or device at home or in an office sending directly on port 25',
      'A new server on an IP range the provider marks as dynamic',
      'Missing or generic reverse DNS (PTR) for the IP',
    ],
    senderSteps: [
      'Set your mail program to send through your email provider\'s outgoing server with a login',
      'Tell whoever set up the device or server that sent it about this bounce',
    ],
    adminSteps: [
      'Relay outbound mail through a smart host or email service instead of sending from the dynamic IP',
      'For a static business IP, ask the provider for a proper PTR record and removal from dynamic lists (check Spamhaus PBL)',
    ],
    retryAdvice: 'Resend once the mail goes out through a proper mail server.',
    reputation: 'medium',
    references: [TROUBLESHOOTING, POLICIES, SPAMHAUS_CHECK],
  },
  {
    ...ipBlock,
    id: 'outlook-com-dy-002',
    aliases: ['DY-002'],
    match: [/\bDY-002\b/i],
    title: 'Outlook.com: refused, sending server likely compromised (DY-002)',
    meaning:
      'Outlook.com thinks the computer or server that sent your message is infected or hijacked, so it refuses its mail.',
    details:
      'DY-002 (550) marks an IP whose traffic looks like a compromised machine or botnet member. Everything from that IP to Outlook.com is refused until the cause is removed and the block lifted.',
    causes: [
      'Malware on a computer sharing the public IP address',
      'A stolen mail account or hacked website sending spam',
    ],
    senderSteps: [FORWARD, 'Run a malware scan and change your email password if you send from your own network'],
    adminSteps: [
      'Find the infected host or abused account (firewall logs on outbound port 25, mail logs) and clean it',
      'Block outbound port 25 for everything except the mail server',
      ASK_DELIST,
    ],
    retryAdvice: 'Retry only after the compromise is cleaned up and the block is lifted.',
    references: [TROUBLESHOOTING, SUPPORT_FORM],
  },
  {
    ...ipBlock,
    id: 'outlook-com-ou-001',
    aliases: ['OU-001'],
    match: [/\bOU-001\b/i],
    title: 'Outlook.com: refused, server listed by Spamhaus (OU-001)',
    meaning:
      'Outlook.com refused the message because the server that sent it is on a Spamhaus block list (a widely used list of spam sources).',
    details:
      'OU-001 (550) is a policy rejection that points to Spamhaus: the connecting IP is listed there (SBL, XBL/CSS or PBL). Removal goes through Spamhaus, not Microsoft.',
    causes: [
      'The IP is listed on Spamhaus for spam, malware or as a dynamic range',
      'Another customer on the same shared server caused the listing',
    ],
    senderSteps: [FORWARD, USE_OTHER_ROUTE],
    adminSteps: [
      'Look the IP up on check.spamhaus.org and follow the removal steps for the list it is on',
      'Fix the cause (infection, open relay, spam) first, or the listing returns',
    ],
    retryAdvice: 'Retry after Spamhaus has removed the listing.',
    references: [TROUBLESHOOTING, SPAMHAUS_CHECK],
  },
  {
    ...ipBlock,
    id: 'outlook-com-550-5.7.1-network-block-list',
    status: '5.7.1',
    match: [/part of their network is on our block ?list/i],
    title: "Outlook.com: sending network on Microsoft's block list",
    meaning: networkBlockText.meaning,
    details:
      'Reply "550 5.7.1 Unfortunately, messages from [IP] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list", sent by the consumer filter (hosts under olc.protection.outlook.com), usually with an S3150 or S3140 token. Microsoft does not publish the list.',
    causes: networkBlockText.causes,
    senderSteps: networkBlockText.senderSteps,
    adminSteps: networkBlockText.adminSteps,
    retryAdvice: networkBlockText.retryAdvice,
    references: networkBlockText.references,
  },
  {
    ...ipBlock,
    ...networkBlockText,
    id: 'outlook-com-s3150',
    status: '5.7.1',
    token: 'S3150',
    aliases: ['AS3150'],
    match: [/\(A?S3150\)/i, /\bS3150\b/i],
    title: "Outlook.com: sending network blocked (S3150)",
    details:
      'S3150 appears at the end of the "part of their network is on our block list" reply (sometimes written AS3150). Microsoft does not document it; observed cases point to a block on the IP range around the sending server rather than one address, common on shared hosting and cloud ranges.',
  },
  {
    ...ipBlock,
    ...networkBlockText,
    id: 'outlook-com-s3140',
    status: '5.7.1',
    token: 'S3140',
    aliases: ['AS3140'],
    match: [/\(A?S3140\)/i, /\bS3140\b/i],
    title: 'Outlook.com: sending IP blocked (S3140)',
    details:
      'S3140 ends the same "part of their network is on our block list" reply. Microsoft does not document it; observed cases point to a block on the sending IP address itself. The delisting path is the same as for S3150.',
  },
  {
    ...rateLimited,
    id: 'outlook-com-s3114',
    reply: '451',
    status: '4.7.651',
    token: 'S3114',
    match: [/\(S3114\)/i, /rate limited due to ip reputation/i],
    title: 'Outlook.com: rate limited for IP reputation (S3114)',
    meaning:
      "Outlook.com is accepting mail from your server only slowly for now, because of that server's reputation. Your message is still queued and will be retried.",
    details:
      'Seen as "451 4.7.651 The mail server [IP] has been temporarily rate limited due to IP reputation ... (S3114)". The token is not in Microsoft\'s published tables; observed meaning: a reputation-based throttle on the IP, lifted as reputation and volume settle.' + RETIRED_LINK,
    retryAdvice: 'Temporary: retried automatically; it typically eases within hours. If it lasts for days, check SNDS and file a support request.',
    reason: 'badreputation',
  },
  {
    ...rateLimited,
    id: 'outlook-com-s843',
    reply: '451',
    status: '4.7.650',
    token: 'S843',
    match: [/\(S843\)/i, /rate limited due to ip reputation/i],
    title: 'Outlook.com: rate limited for IP reputation (S843)',
    meaning:
      "Outlook.com is slowing down mail from your server for now because of the server's reputation. Your message is not lost; the sending server will retry.",
    details:
      'Seen as "451 4.7.650 The mail server [IP] has been temporarily rate limited due to IP reputation ... (S843)". Not in Microsoft\'s NDR tables; observed as a reputation throttle, common on new IPs or after a volume spike.' + RETIRED_LINK,
    retryAdvice: 'Temporary: retried automatically; usually eases within hours as long as the sending rate stays moderate.',
    reason: 'badreputation',
  },
  {
    ...rateLimited,
    id: 'outlook-com-s775',
    reply: '451',
    status: '4.7.650',
    token: 'S775',
    match: [/\(S775\)/i, /rate limited due to ip reputation/i],
    title: 'Outlook.com: rate limited for IP reputation (S775)',
    meaning:
      "Outlook.com is slowing down mail from your server for now because of the server's reputation. Your message is not lost; the sending server will retry.",
    details:
      'Seen as "451 4.7.650 The mail server [IP] has been temporarily rate limited due to IP reputation ... (S775)". Not in Microsoft\'s NDR tables; it behaves like S843: a reputation throttle on the sending IP.' + RETIRED_LINK,
    retryAdvice: 'Temporary: retried automatically; usually eases within hours as long as the sending rate stays moderate.',
    reason: 'badreputation',
  },
  {
    ...rateLimited,
    id: 'outlook-com-s3115',
    reply: '451',
    status: '4.7.652',
    token: 'S3115',
    match: [/\(S3115\)/i, /exceeded the maximum number of connections/i],
    title: 'Outlook.com: too many connections from your server (S3115)',
    meaning:
      'The server that sent your message opened more connections to Outlook.com at once than it is allowed, so it was told to wait. The message is retried automatically.',
    details:
      'Seen as "451 4.7.652 The mail server [IP] has exceeded the maximum number of connections (S3115)". Not in Microsoft\'s NDR tables; it is a concurrency limit per IP, tied to reputation.',
    adminSteps: [
      'Limit concurrent connections to Outlook.com MX hosts per IP (for example a handful) in the MTA\'s per-destination settings',
      CHECK_SNDS,
    ],
    retryAdvice: 'Temporary: retried automatically; clears within minutes once fewer connections are open.',
    reason: 'toomanyconn',
  },
];

export const outlookCom: ProviderFile = {
  id: 'outlook-com',
  name: 'Microsoft Outlook.com (consumer)',
  covers: ['Microsoft Outlook.com (consumer)'],
  home: POSTMASTER,
  signatures: [
    /\.olc\.protection\.outlook\.com\b/i,
    /postmaster\.live\.com/i,
    /mail\.live\.com\/mail\/troubleshooting/i,
    /sendersupport\.olc\.protection\.outlook\.com/i,
    /\((?:BAY|COL|SNT|BLU|DUB)\d{3,4}-MC\d{1,3}F\d{1,3}\)/i,
    /\b(?:RP|SC|DY|OU)-00\d\b/,
  ],
  entries,
};

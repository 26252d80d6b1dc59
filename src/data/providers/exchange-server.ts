// Microsoft Exchange Server 2016/2019 (on-premises): what Exchange's transport means by the enhanced codes
// it puts in its NDRs ("Diagnostic information for administrators", "Remote Server returned '550 5.1.1
// RESOLVER.ADR.ExRecipNotFound; not found'"). The SMTP reply code varies with the hop that failed, so the
// entries are keyed on the enhanced status only.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const LEARN = 'https://learn.microsoft.com/en-us/exchange';
const NDR_TABLE: Reference = {
  title: 'Microsoft Learn: DSNs and NDRs in Exchange Server',
  url: `${LEARN}/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages`,
};
const BACK_PRESSURE: Reference = { title: 'Microsoft Learn: Understanding back pressure', url: `${LEARN}/mail-flow/back-pressure` };
const SIZE_LIMITS: Reference = {
  title: 'Microsoft Learn: Message size and recipient limits in Exchange Server',
  url: `${LEARN}/mail-flow/message-size-limits`,
};
const RATE_LIMITS: Reference = { title: 'Microsoft Learn: Message rate limits and throttling', url: `${LEARN}/mail-flow/message-rate-limits` };
const ANON_RELAY: Reference = {
  title: 'Microsoft Learn: Allow anonymous relay on Exchange servers',
  url: `${LEARN}/mail-flow/connectors/allow-anonymous-relay`,
};
const RECEIVE_CONNECTORS: Reference = { title: 'Microsoft Learn: Receive connectors', url: `${LEARN}/mail-flow/connectors/receive-connectors` };
const SEND_CONNECTORS: Reference = { title: 'Microsoft Learn: Send connectors', url: `${LEARN}/mail-flow/connectors/send-connectors` };
const QUEUE_INTERVALS: Reference = {
  title: 'Microsoft Learn: Configure message retry, resubmit, and expiration intervals',
  url: `${LEARN}/mail-flow/queues/configure-message-intervals`,
};
const QUEUES: Reference = { title: 'Microsoft Learn: Queues and messages in queues', url: `${LEARN}/mail-flow/queues/queues` };
const SENDER_FILTERING: Reference = {
  title: 'Microsoft Learn: Sender filtering on Edge Transport servers',
  url: `${LEARN}/antispam-and-antimalware/antispam-protection/sender-filtering`,
};
const CONTENT_FILTERING: Reference = {
  title: 'Microsoft Learn: Content filtering',
  url: `${LEARN}/antispam-and-antimalware/antispam-protection/content-filtering`,
};
const STORAGE_QUOTAS: Reference = {
  title: 'Microsoft Learn: Configure storage quotas for a mailbox',
  url: `${LEARN}/recipients/user-mailboxes/storage-quotas`,
};
const DELIVERY_RESTRICTIONS: Reference = {
  title: 'Microsoft Learn: Configure message delivery restrictions for a mailbox',
  url: `${LEARN}/recipients/user-mailboxes/message-delivery-restrictions`,
};
const ADDRESS_BOOK_POLICIES: Reference = {
  title: 'Microsoft Learn: Address book policies in Exchange Server',
  url: `${LEARN}/email-addresses-and-address-books/address-book-policies/address-book-policies`,
};
const RULE_ACTIONS: Reference = {
  title: 'Microsoft Learn: Mail flow rule actions in Exchange Server',
  url: `${LEARN}/policy-and-compliance/mail-flow-rules/actions`,
};
const RFC2606: Reference = { title: 'RFC 2606 Reserved top level DNS names', url: 'https://www.rfc-editor.org/rfc/rfc2606' };

const base = { kind: 'provider' as const, authority: 'Microsoft' };

// Steps several entries share.
const FORWARD_NDR = 'Forward the whole bounce, including "Diagnostic information for administrators", to your IT team or mail administrator';
const CHECK_ADDRESS = 'Check the address letter by letter, or confirm it with the person by phone or chat';
const RETYPE_NOT_AUTOCOMPLETE = 'Type the address in full instead of picking it from Outlook autocomplete, and delete the stale suggestion';
const ASK_RECIPIENT_IT = "Tell the recipient their mail server refused it; their IT team can see the cause in the server's logs";
const SMALLER_MESSAGE = 'Send the message again without large attachments, or share the file through a link instead';

/** Shared text for 5.1.4 and 5.1.5: the same connector check on reserved test domains (RFC 2606). */
const reservedDomain = {
  ...base,
  match: [/reserved by rfc ?2606/i],
  meaning:
    'The address you wrote to ends in a domain set aside for examples and testing (such as example.com or .test), which can never receive real mail. Exchange refused to even try.',
  causes: [
    'A dummy address from a template, test system or documentation was used for real',
    'An application fills in a dummy address when the real one is missing',
  ],
  senderSteps: [CHECK_ADDRESS, 'Replace the example address with the person\'s real one in your contacts or mailing list'],
  adminSteps: [
    'Find the application or template that produced the dummy address and correct it',
    'Only if testing needs it: the check is controlled on the receive connector (RejectReservedTopLevelRecipientDomains / RejectReservedSecondLevelRecipientDomains)',
  ],
  retry: 'no' as const,
  retryAdvice: 'Never retry: these domains cannot receive mail. Send to the real address instead.',
  party: 'sender' as const,
  reputation: 'none' as const,
  reason: 'userunknown' as const,
  permanence: 'permanent' as const,
  references: [NDR_TABLE, RECEIVE_CONNECTORS, RFC2606],
};

/** Shared text for a mail flow (transport) rule that rejected the message, with the default 5.7.1 or a custom 5.7.9xx. */
const transportRule = {
  ...base,
  match: [/delivery not authori[sz]ed,? message refused/i],
  title: 'Exchange: rejected by a mail flow rule',
  meaning:
    "A rule set up by the receiving organisation's mail administrators refused this message. Such rules block mail by sender, subject, attachment type, keywords or recipients; the text of the bounce may say which rule applied.",
  details:
    'An Exchange mail flow rule (transport rule) with the action "Reject the message with an explanation" or "with the enhanced status code" matched. Without a custom code Exchange uses 5.7.1; administrators may choose any code from 5.7.900 to 5.7.999 and their own explanation text.',
  causes: [
    'The message matched a rule on attachments, keywords, external senders or restricted recipients',
    'The organisation blocks mail from your domain or address by rule',
    'A rule written too broadly caught an ordinary message',
  ],
  senderSteps: [
    'Read the explanation in the bounce: it may say what is not allowed (for example a file type)',
    'If the reason is unclear, contact the recipient another way and ask their IT team which rule applied',
  ],
  adminSteps: [
    'On the receiving side: find the rule in the Exchange admin center (Mail flow > Rules) or with Get-TransportRule and check its conditions',
    'Use message tracking (Get-MessageTrackingLog) to see which rule acted on the message',
  ],
  retry: 'after-fix' as const,
  retryAdvice: 'Resending unchanged hits the same rule; send again only after changing what the rule objects to or after the rule is adjusted.',
  party: 'recipient-admin' as const,
  reputation: 'low' as const,
  reason: 'policyviolation' as const,
  permanence: 'permanent' as const,
  references: [NDR_TABLE, RULE_ACTIONS],
};

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'exchange-server-4.3.1-back-pressure',
    status: '4.3.1',
    match: [/insufficient system resources?/i],
    title: 'Exchange: server short on disk space or memory',
    meaning:
      'The Exchange server that should take the message is running low on disk space or memory, so it is refusing new mail for now. Nothing is wrong with your message; it is normally retried automatically.',
    details:
      "Exchange transport's back pressure feature watches free space on the queue database and log drives, and memory use. Under pressure it first slows down, then rejects MAIL FROM with 452 4.3.1 Insufficient system resources until utilisation drops.",
    causes: [
      'The drive holding the transport queue database is nearly full',
      'Memory is short, for example on a virtual machine with dynamic memory',
      'A large backlog in the submission queue',
    ],
    senderSteps: [
      'Wait: your mail server keeps retrying on its own, usually for a day or more',
      'If the delay continues for hours, tell the recipient that their mail server is refusing messages',
    ],
    adminSteps: [
      'On the Exchange server: free disk space on the queue drive or move the queue database to a larger disk',
      'Check back pressure state with Get-ExchangeDiagnosticInfo -Process EdgeTransport -Component ResourceThrottling; use static memory on Exchange VMs',
    ],
    retry: 'later',
    retryAdvice: 'Temporary: sending servers retry automatically; it clears once the Exchange server has room again, typically within minutes to hours.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [NDR_TABLE, BACK_PRESSURE],
  },
  {
    ...base,
    id: 'exchange-server-4.3.2-service-not-active',
    status: '4.3.2',
    match: [/service not (?:active|available)/i, /system not accepting network messages/i],
    title: 'Exchange: transport service not active',
    meaning:
      'A part of the Exchange server that handles incoming mail is switched off or not responding, so it turned the message away for now. The sending server will try again later.',
    details:
      'Exchange answered 421 or 451 4.3.2 "Service not available" / "Service not active". Typical reasons: server components left inactive after maintenance or an update, a custom receive connector on port 25 bound to the Hub Transport service instead of Front End Transport, or a faulty transport agent.',
    causes: [
      'Server components were put into maintenance (inactive) and not switched back',
      'A third-party transport agent fails after an Exchange update',
      'A custom receive connector listens on port 25 in the wrong transport service',
    ],
    senderSteps: [
      'Nothing to change on your side; your mail server retries by itself',
      'If mail to this organisation keeps being delayed, let the recipient know so their IT team can check the server',
    ],
    adminSteps: [
      'Run Get-ServerComponentState -Identity <server> and reactivate components (Set-ServerComponentState ... -Component ServerWideOffline -State Active)',
      'Disable recently added transport agents (Get-TransportAgent / Disable-TransportAgent) and check receive connector bindings',
    ],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically; fixed as soon as the service is active again, usually within hours.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [NDR_TABLE, RECEIVE_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-4.4.1-connection-timed-out',
    status: '4.4.1',
    match: [/connect(?:ion)?[^\n]{0,40}timed out/i, /timed out while connecting/i],
    title: 'Exchange: connection to the next server timed out',
    meaning:
      'Exchange tried to pass your message to the next mail server but got no answer in time. It keeps retrying; if that never works the message will bounce for good later.',
    details:
      "Exchange's send connector could not open an SMTP session with the next hop (the recipient's MX or a smart host) before the timeout. Often a network problem, a firewall or provider blocking outbound TCP port 25, or the destination server being down.",
    causes: [
      "The recipient's mail server is down or overloaded",
      'A firewall or the internet provider blocks outgoing port 25 from the Exchange server',
      'The send connector points at a wrong smart host or DNS returns an unreachable address',
    ],
    senderSteps: [
      'Wait for the final result: Exchange keeps trying for up to two days by default',
      'If it is urgent, reach the person another way and mention their mail server is not answering',
    ],
    adminSteps: [
      'From the Exchange server, test port 25 to the destination (Test-NetConnection <mx> -Port 25) and check the firewall',
      'Check the send connector (DNS or smart host routing) and retry the queue with Retry-Queue once fixed',
    ],
    retry: 'later',
    retryAdvice: 'Exchange retries by itself until the message expires (two days by default); no need to resend unless a final NDR arrives.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [NDR_TABLE, QUEUE_INTERVALS, SEND_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-4.4.2-connection-dropped',
    status: '4.4.2',
    match: [/connection (?:was )?dropped/i, /connection (?:was )?(?:closed|reset) by (?:the )?remote/i],
    title: 'Exchange: connection dropped by the other side',
    meaning:
      "The connection between the mail servers broke off while your message was being handed over. It is usually temporary and the message is retried automatically.",
    details:
      'The remote SMTP server or something in between (firewall, SMTP proxy, anti-spam appliance) closed the TCP session mid-transaction. It can also happen when a connection hits the receiving side\'s message size limit or per-IP submission rate limit.',
    causes: [
      'A brief network or server problem at either end',
      'A firewall or anti-spam proxy cutting SMTP sessions (for example SMTP inspection features)',
      'The receiving side enforcing a message rate or size limit on the connection',
    ],
    senderSteps: [
      'Usually nothing to do: the message is retried automatically',
      'If a large attachment is involved and it keeps failing, try sending a smaller message',
    ],
    adminSteps: [
      'Check firewall SMTP inspection or proxy settings between Exchange and the internet',
      'Review receive connector rate limits (MessageRateLimit, MaxMessageSize) on the receiving side and the protocol logs',
    ],
    retry: 'later',
    retryAdvice: 'Temporary: retried automatically; if it repeats for hours, have an administrator check the network path.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [NDR_TABLE, RATE_LIMITS],
  },
  {
    ...base,
    id: 'exchange-server-4.4.7-delayed',
    status: '4.4.7',
    match: [/message delayed/i, /delivery (?:has been|is) delayed/i],
    title: 'Exchange: message delayed, still being retried',
    meaning:
      'This is a warning, not a final failure: your message has not been delivered yet and Exchange is still trying. If it cannot deliver before the queue time limit, you will get a separate failure notice.',
    details:
      'Exchange sends a delay DSN when a message stays queued past the delay notification timeout (4 hours by default). Causes are usually on the route: DNS vs smart host routing mismatch, HELO name problems, the destination not accepting the connection, or SPF trouble at the destination.',
    causes: [
      'The destination server keeps refusing or not answering the connection',
      'Send connector routing is wrong (DNS routing where a smart host is required, or the reverse)',
      'The destination rejects the HELO name or has trouble with the message format (TNEF/rich text)',
    ],
    senderSteps: [
      'No need to resend yet: wait for delivery or a final failure notice',
      'If the message is urgent, reach the person another way',
    ],
    adminSteps: [
      'Look at the queue (Get-Queue, Get-Message) for the last error of the destination queue',
      'Check the send connector routing, its FQDN for HELO, and that your SPF record includes the Exchange server\'s public IP',
    ],
    retry: 'later',
    retryAdvice: 'Exchange keeps retrying until the message expires (two days by default); resend only if a final NDR arrives.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'transient',
    references: [NDR_TABLE, QUEUE_INTERVALS, QUEUES],
  },
  {
    ...base,
    id: 'exchange-server-550-4.4.7-queue-expired',
    // Exchange words the final expiry as "550 4.4.7": the reply lets it match when no DSN part carries the status.
    reply: '550',
    status: '4.4.7',
    match: [/QUEUE\.Expired/i, /message expired/i],
    title: 'Exchange: gave up after the message expired in the queue',
    meaning:
      'Exchange tried to deliver your message for the whole allowed time (usually two days) and never succeeded, so it stopped trying. The message was not delivered.',
    details:
      'The message reached the queue expiration timeout (MessageExpirationTimeout, two days by default) and was returned with "QUEUE.Expired; message expired" (often shown as 550 4.4.7). The last error seen for the destination queue tells the real cause.',
    causes: [
      "The recipient's mail server was unreachable or kept deferring the whole time",
      'A routing or DNS problem on the sending Exchange server',
      'The destination kept refusing because of reputation or SPF problems',
    ],
    senderSteps: [
      'Send the message again later; if it fails again, contact the person another way',
      FORWARD_NDR,
    ],
    adminSteps: [
      'Check the message tracking log and the last queue error for this destination to find why it kept failing',
      'Verify DNS resolution of the MX from the Exchange server and outbound port 25',
    ],
    retry: 'later',
    retryAdvice: 'Resending is fine once the destination is reachable again; resending immediately repeats the same two-day wait if nothing changed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'permanent',
    references: [NDR_TABLE, QUEUE_INTERVALS],
  },
  {
    ...base,
    id: 'exchange-server-5.1.0-sender-denied',
    status: '5.1.0',
    match: [/sender denied/i],
    title: 'Exchange: sender denied',
    meaning:
      'The receiving Exchange organisation refused mail from your address. Either its filters block you as a sender, or an old, outdated address entry was used when replying.',
    details:
      'Exchange returns 5.1.0 "Sender denied" when the Sender Filter agent blocks the sender (directly, or via a user\'s Blocked Senders list with safelist aggregation), or when address data is malformed, for example replying to a message saved as a file whose recipient attributes have since changed.',
    causes: [
      "Your address or domain is on the organisation's sender filter block list or a user's blocked senders",
      'Replying to an old or exported message whose address data is outdated',
      'A contact entry with malformed or missing attributes',
    ],
    senderSteps: [
      'Write a new message instead of replying to an old one, and type the address fresh',
      'If it still fails, ask the recipient whether they blocked you by mistake',
    ],
    adminSteps: [
      'On the receiving side: check Get-SenderFilterConfig (BlockedSenders, BlockedDomains) and the user\'s Blocked Senders list',
      'Fix contacts with malformed attributes in the directory',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the block is lifted or with a freshly typed address.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, SENDER_FILTERING],
  },
  {
    ...base,
    id: 'exchange-server-5.1.1-recipient-not-found',
    status: '5.1.1',
    match: [/\b(?:Ex)?RecipNotFound\b/i, /\buser unknown\b/i],
    title: 'Exchange: recipient not found',
    meaning:
      'The organisation you wrote to has no mailbox with this address. It is probably mistyped, the person left, or your Outlook offered an old saved version of the address.',
    details:
      "Exchange's categorizer looked the recipient up in Active Directory and found nothing (RESOLVER.ADR.ExRecipNotFound or RecipNotFound). Inside one organisation this also happens when a mailbox was recreated and Outlook's autocomplete still holds the old X.500/LegacyExchangeDN address.",
    causes: [
      'A typo in the address, or the mailbox was deleted',
      'Outlook autocomplete used a stale cached entry after the mailbox was recreated',
      'The address was removed as an alias after a name change',
    ],
    senderSteps: [RETYPE_NOT_AUTOCOMPLETE, CHECK_ADDRESS],
    adminSteps: [
      'Check the recipient and its proxy addresses with Get-Recipient <address>',
      'After recreating a mailbox, add the old LegacyExchangeDN as an X500 proxy address so cached entries keep working',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend to the same address; send to the corrected one.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...base,
    id: 'exchange-server-5.1.3-invalid-recipient',
    status: '5.1.3',
    match: [/invalid recipient address/i],
    title: 'Exchange: recipient address malformed',
    meaning:
      'The address you wrote to is not a valid email address: it contains characters that are not allowed or is formatted wrongly. Exchange could not even try to deliver it.',
    details:
      'Exchange (typically STOREDRV.Submit at submission from Outlook) refused the recipient because its syntax is invalid: stray spaces, commas, quotes, brackets or a missing part around the @.',
    causes: [
      'A pasted address carrying extra characters (quotes, angle brackets, a trailing dot or comma)',
      'Two addresses run together without a separator',
      'A contact entry whose email field holds a name or text instead of an address',
    ],
    senderSteps: [
      'Retype the address by hand, removing spaces, quotes and trailing punctuation',
      'Fix the contact card if the address came from your contacts',
    ],
    adminSteps: [
      'If an application produced the address, correct how it builds recipient addresses',
      'Check the contact or mail user object for a malformed ExternalEmailAddress',
    ],
    retry: 'no',
    retryAdvice: 'Resend only with a corrected address.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...reservedDomain,
    id: 'exchange-server-5.1.4-reserved-tld',
    status: '5.1.4',
    title: 'Exchange: recipient in a reserved test domain (.test, .example, .invalid, .localhost)',
    details:
      'Exchange receive connectors refuse recipients in the top-level domains RFC 2606 reserves (.test, .example, .invalid, .localhost), answering 5.1.4 "Recipient address reserved by RFC 2606". The RejectReservedTopLevelRecipientDomains connector setting controls this.',
  },
  {
    ...reservedDomain,
    id: 'exchange-server-5.1.5-reserved-domain',
    status: '5.1.5',
    title: 'Exchange: recipient in a reserved example domain (example.com, .net, .org)',
    details:
      'Exchange receive connectors refuse recipients at the second-level example domains reserved by RFC 2606 (example.com, example.net, example.org), answering 5.1.5 "Recipient address reserved by RFC 2606". The RejectReservedSecondLevelRecipientDomains connector setting controls this.',
  },
  {
    ...base,
    id: 'exchange-server-5.1.6-single-label',
    status: '5.1.6',
    match: [/single[- ]label (?:recipient )?domains?/i],
    title: 'Exchange: recipient domain has no dot (single-label domain)',
    meaning:
      'The address ends in a domain without a dot, such as name@contoso instead of name@contoso.com. Exchange does not accept such addresses, so the message was not sent.',
    details:
      'A receive connector with RejectSingleLabelRecipientDomains enabled refused the recipient with 5.1.6 "Recipient addresses in single label domains not accepted". Internet mail domains always have at least one dot.',
    causes: [
      'The domain part was cut short when typing (missing .com, .org and so on)',
      'An internal application uses a short internal name instead of the full domain',
    ],
    senderSteps: [CHECK_ADDRESS, 'Add the missing ending to the domain (for example .com) and send again'],
    adminSteps: [
      'Fix applications or scripts that build addresses with an internal short domain name',
      'Use accepted domains with full DNS names; leave the single-label check enabled',
    ],
    retry: 'no',
    retryAdvice: 'Resend only with the complete domain name.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, RECEIVE_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-5.1.7-sender-address',
    status: '5.1.7',
    match: [/unknown sender address/i, /\binvalid (?:sender )?address\b/i],
    title: 'Exchange: sender address invalid or unknown',
    meaning:
      "The problem is your own address as it appeared on the message: the receiving server found it malformed or not valid. The recipient's address is not the issue.",
    details:
      'Exchange returns 5.1.7 "Invalid address" or "Unknown sender address" when the MAIL FROM address is syntactically bad or cannot be resolved, for example an empty or made-up return address set by an application, or a domain that does not exist in DNS.',
    causes: [
      'An application or device sends with a made-up or blank From / return address',
      'The sender domain does not exist in DNS or is misspelled in the configuration',
      'The sending mailbox was renamed and an old address is still configured',
    ],
    senderSteps: [
      'Check which address you sent from (your account or the app\'s settings) and correct it',
      FORWARD_NDR,
    ],
    adminSteps: [
      'Configure the application or scanner with a real, existing sender address in a domain that resolves in DNS',
      'Check the sender\'s primary SMTP address and any address rewriting on the way out',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the sender address is corrected.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...base,
    id: 'exchange-server-5.1.8-bad-outbound-sender',
    status: '5.1.8',
    match: [/bad outbound sender/i],
    title: 'Exchange: sender over the message rate limit (bad outbound sender)',
    meaning:
      'Your account or application sent more messages than the mail server allows in a given time, so further mail was refused. This protects against runaway scripts and hijacked accounts.',
    details:
      'Exchange answered "Access denied, bad outbound sender" (5.1.8) because a message rate limit was exceeded, commonly an application server relaying many messages through a receive connector or a mailbox over its throttling policy. In Microsoft 365 the same wording marks an account restricted for spam.',
    causes: [
      'An application or device relays bulk mail through Exchange faster than the connector allows',
      'A script or mail merge sending in a loop',
      'A compromised account sending spam',
    ],
    senderSteps: [
      'Stop the bulk send and tell your IT team how many messages you were sending',
      'If you did not send these messages, change your password at once and report it',
    ],
    adminSteps: [
      'Check the receive connector MessageRateLimit and the sender\'s throttling policy; use a dedicated relay connector for applications',
      'Review message tracking for a sudden sending spike that could mean a compromised account',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the rate drops or the limit is adjusted; sending more right away keeps the block in place.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, RATE_LIMITS, ANON_RELAY],
  },
  {
    ...base,
    id: 'exchange-server-5.2.1-content-filter',
    status: '5.2.1',
    match: [/content filter agent quarantined/i],
    title: 'Exchange: held as spam by the content filter',
    meaning:
      "The receiving Exchange server judged the message to be spam and put it in quarantine instead of the person's inbox. An administrator there can still release it.",
    details:
      "Exchange's Content Filter agent scored the message with a spam confidence level (SCL) at or above the organisation's quarantine threshold and sent it to the spam quarantine mailbox, reporting 5.2.1 \"Content Filter agent quarantined this message\".",
    causes: [
      'Wording, links or attachments that look like spam to the filter',
      'Missing or failing SPF/DKIM for your domain, which raises the spam score',
      'A very strict SCL quarantine threshold on the receiving side',
    ],
    senderSteps: [
      'Tell the recipient, another way, that a message of yours is in their spam quarantine',
      'Avoid link shorteners, all-caps subjects and image-only messages when you resend',
    ],
    adminSteps: [
      'On the receiving side: release the message from the quarantine mailbox and add sender or recipient exceptions if appropriate (Set-ContentFilterConfig)',
      'On the sending side: make sure SPF and DKIM pass for your domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Ask for the quarantined message to be released rather than resending the same content.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [NDR_TABLE, CONTENT_FILTERING],
  },
  {
    ...base,
    id: 'exchange-server-5.2.2-mailbox-full',
    status: '5.2.2',
    match: [/mailbox (?:is )?full/i, /QuotaExceeded/i],
    title: "Exchange: recipient's mailbox is full",
    meaning:
      "The person's mailbox has reached its size limit, so it cannot take new mail. Nothing is wrong with your message; they need to delete mail or get more space.",
    details:
      'The mailbox exceeded its ProhibitSendReceiveQuota, so the store driver refused delivery (5.2.2, often with STOREDRV.Deliver and MapiExceptionShutoffQuotaExceeded).',
    causes: [
      'The recipient has not cleaned up their mailbox for a long time',
      'A low storage quota set for this mailbox or database',
      'A flood of large messages filled it quickly',
    ],
    senderSteps: [
      'Let the person know another way that their mailbox is full',
      'Send again once they confirm they have made room, ideally without large attachments',
    ],
    adminSteps: [
      'On the receiving side: raise the quota (Set-Mailbox -ProhibitSendReceiveQuota) or enable an archive mailbox',
      'Help the user delete or archive large items',
    ],
    retry: 'later',
    retryAdvice: 'Try again after the recipient has freed space; resending right away fails the same way.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: [NDR_TABLE, STORAGE_QUOTAS],
  },
  {
    ...base,
    id: 'exchange-server-5.2.3-recipient-size-limit',
    status: '5.2.3',
    match: [/RecipSizeLimit/i, /message too large for this recipient/i],
    title: 'Exchange: message too large for this recipient',
    meaning:
      'Your message, with its attachments, is bigger than this particular recipient is allowed to receive. Other people may get it; this one has a lower limit.',
    details:
      'The categorizer compared the message size with the recipient\'s MaxReceiveSize and refused it (RESOLVER.RST.RecipSizeLimit; message too large for this recipient). Attachments grow by about a third when encoded for email.',
    causes: [
      'Large attachments (photos, videos, scans)',
      "A low per-recipient receive size limit on the recipient's mailbox or group",
    ],
    senderSteps: [SMALLER_MESSAGE, 'Split the attachments over several messages'],
    adminSteps: [
      "On the receiving side: raise the recipient's MaxReceiveSize if larger files are expected",
      'Remember encoding overhead when choosing limits (about 33% on top of the file size)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend a smaller message, or after the recipient limit is raised.',
    party: 'sender',
    reputation: 'none',
    reason: 'exceedlimit',
    permanence: 'permanent',
    references: [NDR_TABLE, SIZE_LIMITS],
  },
  {
    ...base,
    id: 'exchange-server-5.3.0-poison-message',
    status: '5.3.0',
    match: [/too many related errors/i],
    title: 'Exchange: malformed message moved to the poison queue',
    meaning:
      'Your message made the Exchange transport service fail repeatedly while processing it, so it was set aside and not delivered. Usually something in the message itself is malformed.',
    details:
      'After a message crashes or repeatedly fails transport processing, Exchange moves it to the poison message queue and reports 5.3.0 "Too many related errors". Causes include malformed MIME, broken encodings or a transport agent that cannot handle the message.',
    causes: [
      'Malformed MIME structure or headers produced by the sending application',
      'A transport agent (anti-virus, disclaimer) failing on this message',
      'Corrupt attachments',
    ],
    senderSteps: [
      'Send the message again from a normal mail client, without unusual attachments',
      FORWARD_NDR,
    ],
    adminSteps: [
      'Inspect the poison queue (Get-Message -Queue <server>\\Poison) and export the message for analysis',
      'Check the application event log for transport crashes and the agent involved',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content usually fails again; change the message or fix the failing agent first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [NDR_TABLE, QUEUES],
  },
  {
    ...base,
    id: 'exchange-server-5.3.2-abp-routing',
    status: '5.3.2',
    match: [/missing or bad storedriver mdb/i],
    title: "Exchange: recipient outside your address book policy",
    meaning:
      "Your organisation separates people into address book groups, and the recipient is not in the group you are allowed to reach. The message was stopped inside your own organisation.",
    details:
      'With the Address Book Policy (ABP) Routing agent installed, Exchange refuses delivery between users whose ABPs do not share a global address list; the NDR says STOREDRV.Deliver: Missing or bad StoreDriver MDB properties (5.3.2).',
    causes: [
      "The recipient's mailbox is assigned to a different address book policy",
      'A new mailbox has not yet been given the right address book policy',
    ],
    senderSteps: [FORWARD_NDR, 'Ask your IT team whether you should be able to write to this person'],
    adminSteps: [
      'Check both mailboxes\' AddressBookPolicy and the GAL each policy uses',
      'If they should talk, put them in a shared GAL or adjust the ABP Routing agent setup',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the address book policies are adjusted.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [NDR_TABLE, ADDRESS_BOOK_POLICIES],
  },
  {
    ...base,
    id: 'exchange-server-5.3.3-unrecognized-command',
    status: '5.3.3',
    match: [/unrecognized command/i],
    title: 'Exchange: connector lacks Exchange Server authentication',
    meaning:
      'Two mail servers inside the organisation could not agree on how to hand the message over, so it was refused. This is a server configuration issue, not a problem with your message.',
    details:
      'A receive connector used for internal mail flow is missing the Exchange Server authentication mechanism, so the sending Exchange server issues commands (such as XEXCH50 or X-EXPS) that the connector does not recognise and it answers 5.3.3 "Unrecognized command".',
    causes: [
      'A custom receive connector for internal traffic without Exchange Server authentication',
      'A device between servers stripping extended SMTP verbs',
    ],
    senderSteps: [FORWARD_NDR, 'Resend later once IT confirms the fix'],
    adminSteps: [
      'Enable ExchangeServer in AuthMechanism on the receive connector that internal servers use',
      'Check that the connector\'s RemoteIPRanges do not capture internal Exchange servers by mistake',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry once the connector configuration is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [NDR_TABLE, RECEIVE_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-5.3.4-message-too-big',
    status: '5.3.4',
    match: [/exceeds fixed maximum message size/i, /message too big for system/i],
    title: 'Exchange: message exceeds the size limit',
    meaning:
      'Your message is larger than a mail server on its way allows, so it was refused. Attachments are the usual reason; the limit may be on your side or on the recipient\'s.',
    details:
      'A size limit was exceeded: the organisation-wide MaxSendSize/MaxReceiveSize, a connector\'s MaxMessageSize, or the sender\'s limit. The NDR says 5.3.4 "Message size exceeds fixed maximum message size"; the generating server shows where.',
    causes: [
      'Large attachments (encoding adds about a third to their size)',
      'A low organisation or connector message size limit (often 10 MB by default)',
    ],
    senderSteps: [SMALLER_MESSAGE, 'Compress files or split them over several messages'],
    adminSteps: [
      'Compare Get-TransportConfig and connector MaxMessageSize values with what users need',
      'If the remote server set the limit, the recipient side must raise it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend a smaller message, or after the limit is raised.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    permanence: 'permanent',
    references: [NDR_TABLE, SIZE_LIMITS],
  },
  {
    ...base,
    id: 'exchange-server-5.3.5-loop-fqdn',
    status: '5.3.5',
    match: [/system incorrectly configured/i],
    title: 'Exchange: mail loop from a clashing connector name',
    meaning:
      'The Exchange server believes the message is being sent back to itself, so it stopped to avoid an endless loop. This is a server configuration issue.',
    details:
      'Exchange detected a loop and answered 5.3.5 "System incorrectly configured". Typically a receive connector\'s FQDN matches the name of another server, service or device in the mail flow, so Exchange thinks it is talking to itself.',
    causes: [
      'A receive connector FQDN set to the name of another server or appliance',
      'A send connector smart host pointing back at the same Exchange server',
    ],
    senderSteps: [FORWARD_NDR, 'Resend once IT confirms the loop is fixed'],
    adminSteps: [
      'Check the Fqdn property of receive connectors (Get-ReceiveConnector | fl Name,Fqdn) for names used elsewhere',
      'Check send connector smart hosts and MX records for paths that lead back to the same server',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the connector names are corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: [NDR_TABLE, RECEIVE_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-5.4.4-nonexistent-domain',
    status: '5.4.4',
    match: [/SMTPSEND\.DNS\.NonExistentDomain/i, /non-?existent domain/i],
    title: 'Exchange: destination domain not found in DNS',
    meaning:
      'Exchange could not find the part of the address after the @ in DNS (the internet\'s directory), so it had nowhere to deliver. Either the domain is mistyped or the server\'s DNS lookup failed.',
    details:
      'The send connector\'s DNS lookup for the recipient domain (MX, then A/AAAA) returned "non-existent domain" (SMTPSEND.DNS.NonExistentDomain). Besides typos, Microsoft lists wrong internal/external DNS settings on the transport service and network adapter order as causes.',
    causes: [
      'A typo in the domain part of the address',
      'The recipient\'s domain expired or has no DNS records',
      'The Exchange server uses the wrong DNS servers for external lookups',
    ],
    senderSteps: ['Check the spelling of the part after the @ (for example gmial.com instead of gmail.com)', 'Confirm the address with the recipient another way'],
    adminSteps: [
      'Check ExternalDNS*/InternalDNS* settings with Get-TransportService | fl Name,ExternalDNS*,InternalDNS*',
      'Resolve the domain from the Exchange server (Resolve-DnsName -Type MX <domain>) and check network adapter order',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend with the corrected domain, or after DNS on the server is fixed.',
    party: 'sender',
    reputation: 'low',
    reason: 'hostunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, SEND_CONNECTORS],
  },
  {
    ...base,
    id: 'exchange-server-5.4.6-hop-count',
    status: '5.4.6',
    match: [/hop count exceeded/i, /possible mail loop/i],
    title: 'Exchange: mail loop (hop count exceeded)',
    meaning:
      'Your message kept going round between mail servers or mailbox rules and never arrived, so Exchange stopped it. Forwarding settings are the usual culprit.',
    details:
      'Exchange counts Received headers and stops a message after too many hops (20 by default), reporting 5.4.6 "Hop count exceeded - possible mail loop". Common causes: forwarding or inbox rules that bounce mail back and forth, or a mail user whose targetAddress points back into the organisation.',
    causes: [
      'Two mailboxes forwarding to each other, or an inbox rule that re-sends mail',
      'A mail user or contact whose external address points back to the same organisation',
      'Routing changes (removed servers, connectors) that left a loop',
    ],
    senderSteps: [
      'If you have automatic forwarding or rules, check they do not forward back to the sender',
      FORWARD_NDR,
    ],
    adminSteps: [
      'Check forwarding (ForwardingSmtpAddress) and inbox rules of the mailboxes involved',
      'Check targetAddress / ExternalEmailAddress of mail users; restart transport services after routing changes',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend only after the loop is removed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...base,
    id: 'exchange-server-5.5.2-send-hello-first',
    status: '5.5.2',
    match: [/send hello first/i],
    title: 'Exchange: client did not greet with EHLO/HELO first',
    meaning:
      'The program or device that sent your message spoke to the Exchange server out of order: it did not introduce itself first. Exchange refused the conversation.',
    details:
      'Every SMTP session must start with EHLO or HELO; Exchange answers 5.5.2 "Send hello first" when MAIL FROM, AUTH or another command comes before it. Usually a badly written script, device firmware or a proxy that alters the session.',
    causes: [
      'A scanner, printer or script with a non-standard SMTP implementation',
      'A firewall or proxy that rewrites or strips the EHLO command',
    ],
    senderSteps: ['Tell IT which device or application sent the message', 'Use a standard mail client or the device\'s updated firmware'],
    adminSteps: [
      'Fix the application so it sends EHLO first; test with a telnet SMTP session',
      'Check for SMTP inspection on firewalls between the device and Exchange',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the sending software is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [NDR_TABLE, { title: 'RFC 5321 §4.1.4 Order of commands', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4' }],
  },
  {
    ...base,
    id: 'exchange-server-5.5.3-too-many-recipients',
    status: '5.5.3',
    match: [/too many recipients/i],
    title: 'Exchange: too many recipients in one message',
    meaning:
      'Your message was addressed to more people (To, Cc and Bcc together) than the mail server allows in a single message. It was not sent.',
    details:
      'The recipient count exceeded MaxRecipientEnvelopeLimit of the organisation, the receive connector, or the sender\'s mailbox (RecipientLimits); Exchange answers 5.5.3 "Too many recipients".',
    causes: [
      'A large mailing sent with everyone in To, Cc or Bcc',
      'A low recipient limit on the mailbox or connector',
    ],
    senderSteps: ['Split the recipients over several messages', 'For regular large mailings, ask IT for a distribution group'],
    adminSteps: [
      'Check Get-TransportConfig MaxRecipientEnvelopeLimit, connector MaxRecipientsPerMessage and the mailbox RecipientLimits',
      'Offer distribution groups instead of raising limits for everyone',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend in smaller batches, or after the limit is raised.',
    party: 'sender',
    reputation: 'none',
    reason: 'toomanyconn',
    permanence: 'permanent',
    references: [NDR_TABLE, SIZE_LIMITS],
  },
  {
    ...base,
    id: 'exchange-server-5.7.1-relay-denied',
    status: '5.7.1',
    match: [/unable to relay/i, /client was not authenticated/i],
    title: 'Exchange: relay refused or sender not authenticated',
    meaning:
      'The Exchange server refused to pass your message on because it does not know you: it only forwards mail to other domains for logged-in users or approved devices. Common with scanners and apps.',
    details:
      'A receive connector answered 550 5.7.1 "Unable to relay" (or 530 5.7.1 "Client was not authenticated") because the client neither authenticated nor matches a connector that grants relay permission (Ms-Exch-SMTP-Accept-Any-Recipient) for its IP.',
    causes: [
      'An application, printer or scanner sending through Exchange without logging in',
      'The relay connector does not list the device\'s IP address',
      'A mail client configured without SMTP authentication',
    ],
    senderSteps: [
      'In your mail program, turn on "My outgoing server requires authentication"',
      'If a device or app sent it, give IT its IP address and what it sends',
    ],
    adminSteps: [
      'Create or edit a dedicated relay receive connector limited to the device IPs and grant Ms-Exch-SMTP-Accept-Any-Recipient to Anonymous Logon',
      'Or configure the application to authenticate on the client submission port (587)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after authentication or relay permission is set up.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [NDR_TABLE, ANON_RELAY],
  },
  {
    ...base,
    id: 'exchange-server-5.7.1-auth-required',
    status: '5.7.1',
    match: [/RESOLVER\.RST\.AuthRequired/i, /\bauthentication required\b/i],
    title: 'Exchange: recipient accepts only internal senders',
    meaning:
      'The mailbox or group you wrote to is set to accept mail only from people inside its organisation. Your message came from outside, so it was refused.',
    details:
      'The recipient has RequireSenderAuthenticationEnabled set (the default for new distribution groups), so Exchange refuses unauthenticated external senders with 5.7.1 RESOLVER.RST.AuthRequired; authentication required.',
    causes: [
      'A distribution group left at its default of internal senders only',
      'A mailbox restricted to authenticated senders on purpose',
    ],
    senderSteps: [
      'Write to a person in the organisation directly instead of the group',
      'Ask them whether the group should accept external mail',
    ],
    adminSteps: [
      'On the receiving side: if outside mail is wanted, turn off "Require that all senders are authenticated" (RequireSenderAuthenticationEnabled $false)',
      'Or allow specific external senders via AcceptMessagesOnlyFrom',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry only after the recipient organisation allows external senders.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [NDR_TABLE, DELIVERY_RESTRICTIONS],
  },
  {
    ...transportRule,
    id: 'exchange-server-5.7.1-transport-rule',
    status: '5.7.1',
  },
  {
    ...base,
    id: 'exchange-server-5.7.3-exchange-auth',
    status: '5.7.3',
    match: [/cannot achieve exchange server authentication/i, /\bnot authori[sz]ed\b/i],
    title: 'Exchange: server-to-server authentication failed',
    meaning:
      "Two Exchange servers in the same organisation could not confirm each other's identity while passing your message, so it was refused. This is an internal server setup problem.",
    details:
      'Exchange servers authenticate to each other with the X-EXPS extended SMTP command. 5.7.3 "Cannot achieve Exchange Server authentication" or "Not Authorized" appears when a firewall or device strips it, or internal traffic lands on a connector without Exchange Server authentication.',
    causes: [
      'A firewall or SMTP proxy between Exchange servers blocking X-EXPS',
      'Internal mail hitting a custom receive connector whose remote IP ranges include Exchange servers',
    ],
    senderSteps: [FORWARD_NDR, 'Resend after IT confirms the fix'],
    adminSteps: [
      'Check RemoteIPRanges of custom receive connectors so internal servers land on the default connectors',
      'Disable SMTP inspection on firewalls between Exchange servers',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry after the connector or firewall is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [NDR_TABLE, RECEIVE_CONNECTORS],
  },
  {
    ...transportRule,
    id: 'exchange-server-5.7.900-999-transport-rule',
    status: '5.7.900-999',
    title: 'Exchange: rejected by a mail flow rule (custom code)',
  },
];

export const exchangeServer: ProviderFile = {
  id: 'exchange-server',
  name: 'Microsoft Exchange Server 2016/2019',
  covers: ['Microsoft Exchange Server 2016/2019'],
  home: NDR_TABLE,
  signatures: [
    /Diagnostic information for administrators/i,
    /Remote Server returned '/i,
    /#[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}[^\n]{0,300}##/,
    /\bRESOLVER\.(?:ADR|RST|CAT|FWD|MSGTYPE)\.[A-Za-z]{2,40}/,
    /\bQUEUE\.(?:Expired|Admin)\b/i,
    /\bSTOREDRV\.[A-Za-z]{2,20}/,
    /\bSMTPSEND\.[A-Za-z]{2,20}/,
    /Microsoft ESMTP MAIL Service/i,
    /Generating server: [^\s]{1,120}/i,
  ],
  entries,
};

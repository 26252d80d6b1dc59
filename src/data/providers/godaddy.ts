// GoDaddy email (Workspace Email and cPanel mail behind secureserver.net): GoDaddy's servers end their
// refusals with an "IBnnn" code, often followed by a x.co/rlbounce link. One entry per code: the engine
// picks provider entries by the token it finds in the reply.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { SPAMHAUS_CHECK, CLOUDMARK_RESET, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT, FIND_SPAM_SOURCE } from '../shared';

const BOUNCE_HELP: Reference = {
  title: 'GoDaddy Help: Fix rejected email with a bounce error',
  url: 'https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
};


const base = { kind: 'provider' as const, authority: 'GoDaddy' };

// The four IB110-IB113 blocks differ only in trigger and length; the text is built from both.
function ipBlock(token: string, trigger: 'spam' | 'invalid', length: 'hour' | 'day'): ProviderEntry {
  const spam = trigger === 'spam';
  const span = length === 'hour' ? 'about an hour' : 'the rest of the day';
  return {
    ...base,
    id: `godaddy-${token}`,
    token,
    reply: '554',
    match: [
      new RegExp(String.raw`\b${token}\b`, 'i'),
      spam
        ? length === 'hour'
          ? /temporarily blocked for attempting to send too many messages containing content judged to be spam/i
          : /blocked for the day, for attempting to send too many messages containing content judged to be spam/i
        : length === 'hour'
          ? /temporarily blocked for attempting to mail too many invalid recipients/i
          : /blocked for the day, for attempting to mail too many invalid recipients/i,
    ],
    title: spam
      ? `GoDaddy: sending IP blocked for ${length === 'hour' ? 'an hour' : 'the day'} (spam-like content) [${token}]`
      : `GoDaddy: sending IP blocked for ${length === 'hour' ? 'an hour' : 'the day'} (too many invalid recipients) [${token}]`,
    meaning: spam
      ? `GoDaddy stopped accepting mail from the server that sent your message for ${span}, because that server sent many messages its filters judged to be spam. Your own message may be fine; it shares the server's penalty.`
      : `GoDaddy stopped accepting mail from the server that sent your message for ${span}, because that server tried to mail too many addresses that do not exist. Your own message may be fine; it shares the server's penalty.`,
    details: spam
      ? `GoDaddy's inbound servers count messages from each connecting IP that their content filter rates as spam; past a threshold they refuse the IP with 554 and ${token} for ${span}. The block is automatic and expires by itself.`
      : `GoDaddy's inbound servers count recipients from each connecting IP that do not exist; past a threshold they refuse the IP with 554 and ${token} for ${span}. This is a classic sign of old or bought lists, or of directory-harvest attacks.`,
    causes: spam
      ? ['A hacked mailbox or website form on the sending server sending spam', 'A bulk mailing that many recipients report or that reads like spam', 'A shared server where another customer sends spam']
      : ['A mailing to an old, purchased or scraped list', 'Mistyped addresses in an automated send', 'A compromised account guessing addresses'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: spam
      ? [FIND_SPAM_SOURCE, 'Let the block expire, then send at a lower rate and check the content of bulk mail']
      : ['Remove addresses that bounced as unknown and validate lists before sending', 'Let the block expire before sending again, at a lower rate'],
    retry: 'after-fix',
    retryAdvice: `The block lifts by itself after ${span}; resend then, but only once the cause is fixed or it comes straight back.`,
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  };
}

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'godaddy-IB007',
    token: 'IB007',
    reply: '421',
    match: [/\bIB007\b/i, /too many sessions from this ip/i],
    title: 'GoDaddy: too many simultaneous connections from the sending IP [IB007]',
    meaning:
      'GoDaddy turned the connection away because the server sending your message already had too many connections open to GoDaddy at the same time. It is temporary: the message is retried.',
    details:
      'A 421 "Connection refused, too many sessions from this IP. Lower the number of concurrent sessions. IB007". GoDaddy limits parallel SMTP sessions per connecting IP; a shared outbound IP can hit it because of other customers.',
    causes: ['The sending server opens many parallel connections to secureserver.net', 'A shared outbound IP used by many senders at once'],
    senderSteps: ['Nothing needed for one message: it is retried automatically', 'If it finally bounces, send it again later'],
    adminSteps: ['Limit concurrent connections to GoDaddy hosts (a few per IP) and reuse sessions for several messages'],
    retry: 'later',
    retryAdvice: 'Retries a few minutes apart normally get through once other sessions close.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB101',
    token: 'IB101',
    reply: '421',
    match: [/\bIB101\b/i, /server temporarily unavailable\. try again later/i],
    title: 'GoDaddy: server temporarily unavailable (high volume) [IB101]',
    meaning:
      "GoDaddy's mail servers were handling more mail than usual and asked for the message to be sent again later. Nothing is wrong with your message or the address.",
    details:
      'A 421 "Server temporarily unavailable. Try again later. IB101": GoDaddy defers new mail while its queues are above normal volume. It is load on GoDaddy\'s side, not a judgement on the sender.',
    causes: ['Unusually high mail volume at GoDaddy', 'Maintenance or an incident on GoDaddy mail servers'],
    senderSteps: ['Wait: the message is retried automatically', 'If it bounces after many hours, send it again'],
    adminSteps: ['Keep standard retry intervals; if every GoDaddy domain defers for hours, check GoDaddy\'s status page'],
    retry: 'later',
    retryAdvice: 'Usually clears within minutes to a few hours.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB103',
    token: 'IB103',
    reply: '554',
    match: [/\bIB103\b/i, /poor reputation on cloudmark sender intelligence/i],
    title: 'GoDaddy: sending IP has a poor Cloudmark reputation [IB103]',
    meaning:
      "GoDaddy refused the connection because Cloudmark Sender Intelligence, a reputation service, rates the IP address of the server that sent your message poorly. Every message from that server is refused while the rating stays low.",
    details:
      'A 554 "Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103". CSI scores IPs from spam reports and traps across many networks; GoDaddy refuses IPs below its threshold.',
    causes: ['Spam or complaints from the sending IP, possibly from another customer on a shared IP', 'A new IP without any sending history'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [FIND_SPAM_SOURCE, "Request a reputation reset on Cloudmark's CSI reset page for the IP once the cause is fixed"],
    retry: 'after-fix',
    retryAdvice: 'Resend after Cloudmark has reset the IP, or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'badreputation',
    permanence: 'permanent',
    references: [BOUNCE_HELP, CLOUDMARK_RESET],
  },
  {
    ...base,
    id: 'godaddy-IB104',
    token: 'IB104',
    reply: '554',
    match: [/\bIB104\b/i, /listed on the spamhaus block list \(sbl\)/i],
    title: 'GoDaddy: sending IP listed on the Spamhaus SBL [IB104]',
    meaning:
      'GoDaddy refused the connection because the IP address of the server that sent your message is on the Spamhaus Block List, a list of known spam sources. Every message from that server is refused while it is listed.',
    details:
      'A 554 "Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104". The SBL lists IPs that Spamhaus has tied to spam operations or spam support services; listings are made by hand and carry a reason.',
    causes: ['The IP or its network range was used to send spam', 'A hosting provider range that Spamhaus listed as a whole'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [FIND_SPAM_SOURCE, "Look the IP up on Spamhaus's checker, read the SBL record and follow its removal procedure (often via the network's owner)"],
    retry: 'after-fix',
    retryAdvice: 'Resend after Spamhaus removes the listing, or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BOUNCE_HELP, SPAMHAUS_CHECK],
  },
  {
    ...base,
    id: 'godaddy-IB105',
    token: 'IB105',
    reply: '554',
    match: [/\bIB105\b/i, /listed on the exploits block list \(xbl\)/i],
    title: 'GoDaddy: sending IP listed on the Spamhaus XBL [IB105]',
    meaning:
      "GoDaddy refused the connection because the IP address that sent your message is on Spamhaus's Exploits Block List, which lists machines that appear infected or hijacked. It usually points to malware on a device behind that IP.",
    details:
      'A 554 "Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105". The XBL is fed automatically by detections of bots, open proxies and malware traffic from an IP.',
    causes: ['A computer or device on the sending network is infected and sends spam or attacks', 'An open proxy or misconfigured service on the IP'],
    senderSteps: ['Scan the computers and devices on your network for malware', FORWARD_TO_ADMIN],
    adminSteps: ["Look the IP up on Spamhaus's checker to see the detection, clean the infected machine, then request removal there"],
    retry: 'after-fix',
    retryAdvice: 'Resend after the infection is removed and the IP is delisted.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BOUNCE_HELP, SPAMHAUS_CHECK],
  },
  {
    ...base,
    id: 'godaddy-IB106',
    token: 'IB106',
    reply: '554',
    match: [/\bIB106\b/i, /listed on the policy block list \(pbl\)/i],
    title: 'GoDaddy: sending IP listed on the Spamhaus PBL [IB106]',
    meaning:
      "GoDaddy refused the connection because the message came straight from an IP address meant for home or dynamic use, listed on Spamhaus's Policy Block List. Such addresses should send through a mail provider's server, not directly.",
    details:
      'A 554 "Connection refused. This IP address is listed on the Policy Block List (PBL). IB106". The PBL is not a penalty: ISPs and Spamhaus list ranges that should not deliver mail directly to other domains.',
    causes: ['A mail server or device runs on a home or office broadband line', "An app sends directly to recipients' MX instead of through an outgoing mail server"],
    senderSteps: ["Set your mail program or device to send through your email provider's outgoing server (port 587 with login)"],
    adminSteps: ["Relay through a smarthost, or, for a static IP that really is a mail server, ask the ISP to set proper reverse DNS and use Spamhaus's PBL removal for that IP"],
    retry: 'after-fix',
    retryAdvice: 'Resend through a proper outgoing mail server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BOUNCE_HELP, SPAMHAUS_CHECK],
  },
  {
    ...base,
    id: 'godaddy-IB108',
    token: 'IB108',
    reply: '421',
    match: [/\bIB108\b/i, /reverse dns for this ip failed/i],
    title: 'GoDaddy: reverse DNS for the sending IP failed [IB108]',
    meaning:
      "GoDaddy could not find a name for the IP address of the server that sent your message (its reverse DNS), so it turned the message away for now. Legitimate mail servers have such a name.",
    details:
      'A 421 "Temporarily rejected. Reverse DNS for this IP failed. IB108". GoDaddy looks up the PTR record of the connecting IP; a missing record or a failed lookup gets a temporary refusal, so a DNS glitch can also cause it.',
    causes: ['The sending IP has no PTR record', 'A temporary DNS failure while looking it up', 'A PTR record that points to a name that does not resolve'],
    senderSteps: [FORWARD_TO_ADMIN, 'A single occurrence often resolves on the next retry'],
    adminSteps: ["Ask whoever owns the IP (hosting or ISP) to set a PTR record to the server's hostname, with a matching A record"],
    retry: 'later',
    retryAdvice: 'Retries succeed if it was a DNS glitch; otherwise only after a PTR record is set.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'requireptr',
    permanence: 'transient',
    references: [BOUNCE_HELP],
  },
  ipBlock('IB110', 'spam', 'hour'),
  ipBlock('IB111', 'spam', 'day'),
  ipBlock('IB112', 'invalid', 'hour'),
  ipBlock('IB113', 'invalid', 'day'),
  {
    ...base,
    id: 'godaddy-IB212',
    token: 'IB212',
    reply: '552',
    match: [/\bIB212\b/i, /content judged to be spam by the internet community/i],
    title: 'GoDaddy: message content judged to be spam [IB212]',
    meaning:
      "GoDaddy's filter judged the content of this message to be spam and refused it. Something in the text, a link or an attachment matches patterns that recipients have reported as spam.",
    details:
      'A 552 (often 552 5.2.0) "This message has been rejected due to content judged to be spam by the internet community IB212". GoDaddy does not say which part matched; links and phrases previously reported by its users are typical triggers.',
    causes: ['A link to a domain with a poor reputation, or a link shortener', 'Text or an attachment resembling reported spam', 'Your own domain or signature link was reported before'],
    senderSteps: ['Send a short plain version without links or attachments; add parts back one by one to find the trigger', 'Share files by link from a reputable service instead of attaching them'],
    adminSteps: ['Check the domains linked in the message on public blocklists and remove or replace listed ones'],
    retry: 'after-fix',
    retryAdvice: 'The same content is refused again; resend after changing it.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB301',
    token: 'IB301',
    match: [/\bIB301\b/i, /\bhelo\b[^\n]{0,60}\b(?:invalid|refused|rejected|not allowed)/i],
    title: 'GoDaddy: greeting (HELO) name refused [IB301]',
    meaning:
      "GoDaddy refused the sending server because of the name it introduced itself with at the start of the conversation (the HELO/EHLO greeting). A proper mail server greets with its own full host name.",
    details:
      'RFC 5321 asks the client to greet with its fully qualified domain name (or an address literal). GoDaddy refuses greetings it considers invalid or forged with IB301, for example a bare word like "localhost", an IP without brackets, or GoDaddy\'s own names.',
    causes: ['The server greets with "localhost", a Windows machine name or another non-FQDN', "The greeting claims to be the recipient's domain or GoDaddy", 'A misconfigured app that sends directly to MX'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Set the server\'s HELO/EHLO name to its public FQDN, matching its PTR record (e.g. myhostname in Postfix)', 'Send app mail through a proper outgoing server instead of direct delivery'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the HELO name is corrected.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [BOUNCE_HELP, { title: 'RFC 5321 §4.1.1.1 HELO/EHLO', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1' }],
  },
  {
    ...base,
    id: 'godaddy-IB401',
    token: 'IB401',
    reply: '535',
    match: [/\bIB401\b/i, /authentication not allowed on ibsmtp servers/i],
    title: "GoDaddy: login attempted on GoDaddy's incoming servers [IB401]",
    meaning:
      "Your mail program tried to log in and send through GoDaddy's incoming mail server, which does not accept logins. The outgoing server setting in your mail app is wrong.",
    details:
      'A 535 "Authentication not allowed on IBSMTP Servers. IB401": the client authenticated against GoDaddy\'s inbound (MX) hosts. Sending must go through GoDaddy\'s outgoing server, smtpout.secureserver.net, or the one shown in your account.',
    causes: ['The outgoing (SMTP) server in the mail app is set to an incoming host', 'A setup wizard guessed the server names wrongly'],
    senderSteps: ['In your mail app, set the outgoing server to smtpout.secureserver.net (or the one GoDaddy shows for your account), with login'],
    adminSteps: ["Check the account's documented server settings in GoDaddy and update devices and apps that send as this address"],
    retry: 'after-fix',
    retryAdvice: 'Resend after changing the outgoing server setting.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB501',
    token: 'IB501',
    reply: '550',
    match: [/\bIB501\b/i, /blank from: addresses are not allowed/i],
    title: 'GoDaddy: blank From address not allowed [IB501]',
    meaning:
      'The message had no sender address in its From field, and GoDaddy does not accept that. This usually comes from an app, website form or script that builds messages, not from a normal mail program.',
    details:
      'A 550 "Blank From: addresses are not allowed. Provide a valid From. IB501". RFC 5322 requires a From header with an address; GoDaddy rejects messages where it is missing or empty.',
    causes: ['A website form or script that does not set a From address', 'A mail library called with an empty sender field'],
    senderSteps: ['If you used a website or app to send, report the bounce to whoever maintains it'],
    adminSteps: ['Set a valid From address (a real mailbox on your own domain) in the script or library configuration'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sending software sets a From address.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [BOUNCE_HELP, { title: 'RFC 5322 §3.6.2 Originator fields', url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6.2' }],
  },
  {
    ...base,
    id: 'godaddy-IB502',
    token: 'IB502',
    reply: '550',
    match: [/\bIB502\b/i, /ip addresses are not allowed as a from: address/i],
    title: 'GoDaddy: IP address used as the From address [IB502]',
    meaning:
      'The From address of the message used an IP address instead of a domain name (for example user@[192.0.2.1]). GoDaddy does not accept that; the sender must use a normal address on a domain.',
    details:
      'A 550 "IP addresses are not allowed as a From: Address. Provide a valid From. IB502". Address literals are legal in SMTP but almost never used by real senders; scripts with a default hostname produce them.',
    causes: ['A server or script that builds the sender from its IP because no hostname or domain is configured'],
    senderSteps: ['Report the bounce to whoever maintains the app or server that sent it'],
    adminSteps: ['Configure the sending software with a real From address on your domain and a proper hostname'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the From address uses a domain.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB504',
    token: 'IB504',
    reply: '550',
    match: [/\bIB504\b/i, /sent too many messages this hour/i],
    title: 'GoDaddy: sending IP sent too many messages this hour [IB504]',
    meaning:
      'The server that sent your message reached GoDaddy\'s limit for messages per hour from one IP address. The message was refused; it can go through once the hour is over.',
    details:
      'A 550 "This IP has sent too many messages this hour. IB504". GoDaddy caps hourly volume per connecting IP; a 5xx is used, so the sending server does not retry by itself.',
    causes: ['A newsletter or batch sent at full speed to GoDaddy-hosted addresses', 'A shared sending IP carrying many customers\' mail'],
    senderSteps: ['Send the message again in an hour', 'For mailings, ask your provider to spread them out'],
    adminSteps: ['Throttle delivery to secureserver.net hosts and queue the rest over several hours'],
    retry: 'later',
    retryAdvice: 'Resend after the current hour; mass mailings should be paced.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB506',
    token: 'IB506',
    reply: '550',
    match: [/\bIB506\b/i, /from: domain is invalid/i],
    title: 'GoDaddy: From domain invalid (no MX or A record) [IB506]',
    meaning:
      "GoDaddy could not confirm that the domain in your From address exists for mail: it has no MX or address record in DNS, or the lookup failed. Replies to it could not be delivered, so the message was refused.",
    details:
      'A 550 "<domain> From: Domain is invalid. Provide a valid From: IB506". GoDaddy looks up MX and A records of the sender domain; none found, or a DNS failure at that moment, triggers it.',
    causes: ['A typo in the From domain set in an app', 'The domain expired or its DNS zone was changed or deleted', 'A temporary DNS outage at the domain\'s DNS host'],
    senderSteps: ['Check the spelling of your From address in the app or account that sent it', FORWARD_TO_ADMIN],
    adminSteps: ['Check that the domain is registered and its zone publishes MX (or at least A) records; fix the zone before resending'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the domain resolves in DNS.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB508',
    token: 'IB508',
    reply: '550',
    match: [/\bIB508\b/i, /invalid spf record\. inspect your spf settings/i],
    title: 'GoDaddy: SPF does not authorise the sending server [IB508]',
    meaning:
      "Your domain's SPF record (the DNS list of servers allowed to send for it) does not include the server that sent this message, so GoDaddy refused it as possibly forged.",
    details:
      'A 550 "Invalid SPF record. Inspect your SPF settings, and try again. IB508": the SPF check for the sender domain did not pass for the connecting IP, or the record itself is broken (syntax, too many lookups).',
    causes: ['A new sending service or server not added to the SPF record', 'Two SPF records, a syntax error or more than 10 DNS lookups', 'Mail relayed through a forwarder not in the record'],
    senderSteps: [FORWARD_TO_ADMIN, 'Say which app or service you sent from, so it can be added'],
    adminSteps: ['Add the sending service to the single v=spf1 TXT record of the domain (ip4:/include:) and check it with an SPF validator'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the SPF record includes the sending server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [BOUNCE_HELP, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  },
  {
    ...base,
    id: 'godaddy-IB510',
    token: 'IB510',
    reply: '550',
    match: [/\bIB510\b/i, /exceeded the max number of messages per session/i],
    title: 'GoDaddy: too many messages in one session [IB510]',
    meaning:
      'The sending server tried to deliver more messages in one connection than GoDaddy allows. The rest must be sent on a new connection.',
    details:
      'A 550 "This message has exceeded the max number of messages per session. Open a new session and try again. IB510". GoDaddy caps messages per SMTP session; the refused ones need a fresh connection.',
    causes: ['A mailer that pushes a whole batch through one connection'],
    senderSteps: ['Send the refused message again; on its own it will go through'],
    adminSteps: ['Lower the messages-per-connection setting for GoDaddy hosts so the server opens new sessions'],
    retry: 'later',
    retryAdvice: 'Resend on a new connection; it is accepted again straight away.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB605',
    token: 'IB605',
    reply: '452',
    match: [/\bIB605\b/i, /this message contains too many recipients/i],
    title: 'GoDaddy: too many recipients in one message [IB605]',
    meaning:
      'Your message was addressed to more people than GoDaddy accepts in one go. Send it in smaller batches.',
    details:
      'A 452 "This message contains too many recipients. Reduce the number of recipients and retry. IB605". The per-message recipient cap counts To, Cc and Bcc together.',
    causes: ['A large To/Cc/Bcc list', 'A distribution list expanded by the mail program'],
    senderSteps: ['Split the recipients into smaller groups and send each separately', 'For regular group mail, use a mailing-list service'],
    adminSteps: ['Set the sending server to split large recipient lists into several transactions'],
    retry: 'after-fix',
    retryAdvice: 'Resend in smaller batches.',
    party: 'sender',
    reputation: 'none',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB607',
    token: 'IB607',
    reply: '550',
    match: [/\bIB607\b/i, /too many recipients this hour/i],
    title: 'GoDaddy: sending IP mailed too many recipients this hour [IB607]',
    meaning:
      "The server that sent your message reached GoDaddy's hourly limit on the number of recipients from one IP address. The message was refused and can be sent again after the hour.",
    details:
      'A 550 (sometimes 550 5.1.1) "<IP> has sent to too many recipients this hour. IB607" with a x.co/rlbounce link. Despite 5.1.1 the address is fine; the limit counts recipients per connecting IP per hour.',
    causes: ['A mailing to many GoDaddy-hosted addresses at once', 'A shared sending IP carrying other customers\' mail'],
    senderSteps: ['Send the message again in an hour', 'Do not remove the address: it is not invalid'],
    adminSteps: ['Pace deliveries to secureserver.net hosts and queue the rest over several hours'],
    retry: 'later',
    retryAdvice: 'Resend after the current hour.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
  {
    ...base,
    id: 'godaddy-IB705',
    token: 'IB705',
    reply: '552',
    match: [/\bIB705\b/i, /virus infected message rejected/i],
    title: 'GoDaddy: infected message refused [IB705]',
    meaning:
      "GoDaddy's scanner found something it treats as a virus in the message, usually an attachment or a link, and refused it. Your device or the file may be infected.",
    details:
      'A 552 "Virus infected message rejected. IB705". GoDaddy scans attachments and links; a match on its malware signatures refuses the whole message.',
    causes: ['An infected attachment', 'A link to a site known to spread malware', 'An archive or macro document that resembles malware'],
    senderSteps: ['Scan your computer and the file with up-to-date antivirus software', 'Send again without the attachment, or share a clean copy by link'],
    adminSteps: ['Check the sending machine or app for malware and scan outgoing mail'],
    retry: 'after-fix',
    retryAdvice: 'Resend only without the infected content.',
    party: 'sender',
    reputation: 'medium',
    reason: 'virusdetected',
    permanence: 'permanent',
    references: [BOUNCE_HELP],
  },
];

export const godaddy: ProviderFile = {
  id: 'godaddy',
  name: 'GoDaddy (secureserver.net)',
  covers: ['GoDaddy (secureserver.net)'],
  home: BOUNCE_HELP,
  signatures: [/\bsecureserver\.net\b/i, /\bIB\d{3}\b/, /\bx\.co\/rlbounce\b/i, /\bibsmtp\b/i, /\bgodaddy\b/i],
  entries,
};

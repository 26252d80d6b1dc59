// Basic SMTP reply codes (the three-digit number at the start of a server's reply), ordered by code.
// Covers RFC 5321 and its extensions (AUTH, ETRN, ATRN, STARTTLS, SIZE, SMTPUTF8, RFC 7504), the codes
// the IANA enhanced status registry (RFC 5248) associates with its entries, three expired drafts, and
// the folklore codes circulating web lists still attribute to servers. A code with both a registered and
// a folklore meaning (422, 432, 523) gets two entries: reply-<code> and reply-<code>-nonstandard.
// `reason` is the Sisimai reason the code suggests on its own; enhanced codes and provider wording refine it.
import type { Entry, Reference } from './schema';
import { IANA } from './shared';

const RFC5321_THEORY: Reference = { title: 'RFC 5321 §4.2.1 Reply code severities and theory', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.1' };
const RFC5321_CODES: Reference = { title: 'RFC 5321 §4.2.3 Reply codes in numeric order', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3' };
const RFC5321_INIT: Reference = { title: 'RFC 5321 §3.1 Session initiation', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.1' };
const RFC5321_FORWARD: Reference = { title: 'RFC 5321 §3.4 Forwarding for address correction or updating', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.4' };
const RFC5321_VRFY: Reference = { title: 'RFC 5321 §3.5.3 Meaning of VRFY or EXPN success response', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.5.3' };
const RFC5321_CLOSE: Reference = { title: 'RFC 5321 §3.8 Terminating sessions and connections', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.8' };
const RFC5321_DATA: Reference = { title: 'RFC 5321 §4.1.1.4 DATA', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.4' };
const RFC5321_HELP: Reference = { title: 'RFC 5321 §4.1.1.8 HELP', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.8' };
const RFC5321_QUIT: Reference = { title: 'RFC 5321 §4.1.1.10 QUIT', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.10' };
const RFC5321_ORDER: Reference = { title: 'RFC 5321 §4.1.4 Order of commands', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4' };
const RFC5321_502: Reference = { title: 'RFC 5321 §4.2.4 Reply code 502', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.4' };
const RFC5321_AFTERDATA: Reference = { title: 'RFC 5321 §4.2.5 Reply codes after DATA', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5' };
const RFC5321_LIMITS: Reference = { title: 'RFC 5321 §4.5.3.1 Size limits and minimums', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1' };
const RFC5321_TOOMANY: Reference = { title: 'RFC 5321 §4.5.3.1.10 Too many recipients code', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10' };
const RFC5321_TIMEOUTS: Reference = { title: 'RFC 5321 §4.5.3.2 Timeouts', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2' };
const RFC5321_RETRY: Reference = { title: 'RFC 5321 §4.5.4.1 Sending strategy (retries)', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.4.1' };
const RFC5321_LOOP: Reference = { title: 'RFC 5321 §6.3 Loop detection', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3' };
const RFC4954_AUTH: Reference = { title: 'RFC 4954 §4 The AUTH command', url: 'https://www.rfc-editor.org/rfc/rfc4954#section-4' };
const RFC4954_CODES: Reference = { title: 'RFC 4954 §6 Status codes', url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6' };
const RFC3207: Reference = { title: 'RFC 3207 §4 The STARTTLS keyword', url: 'https://www.rfc-editor.org/rfc/rfc3207#section-4' };
const RFC7504: Reference = { title: 'RFC 7504 SMTP 521 and 556 reply codes', url: 'https://www.rfc-editor.org/rfc/rfc7504' };
const RFC7505: Reference = { title: 'RFC 7505 A "Null MX" no service resource record', url: 'https://www.rfc-editor.org/rfc/rfc7505' };
const RFC1846: Reference = { title: 'RFC 1846 SMTP 521 reply code (first proposal)', url: 'https://www.rfc-editor.org/rfc/rfc1846' };
const RFC1985: Reference = { title: 'RFC 1985 SMTP service extension for remote message queue starting (ETRN)', url: 'https://www.rfc-editor.org/rfc/rfc1985' };
const RFC2645: Reference = { title: 'RFC 2645 On-demand mail relay (ATRN)', url: 'https://www.rfc-editor.org/rfc/rfc2645' };
const RFC1870: Reference = { title: 'RFC 1870 SMTP service extension for message size declaration', url: 'https://www.rfc-editor.org/rfc/rfc1870' };
const RFC6531: Reference = { title: 'RFC 6531 SMTP extension for internationalized email', url: 'https://www.rfc-editor.org/rfc/rfc6531' };
const RFC5248: Reference = { title: 'RFC 5248 A registry for SMTP enhanced mail system status codes', url: 'https://www.rfc-editor.org/rfc/rfc5248' };
const RFC876: Reference = { title: 'RFC 876 Survey of SMTP implementations', url: 'https://www.rfc-editor.org/rfc/rfc876' };
const DRAFT_IPV6: Reference = { title: 'draft-martin-smtp-ipv6-to-ipv4-fallback (expired Internet-Draft)', url: 'https://datatracker.ietf.org/doc/draft-martin-smtp-ipv6-to-ipv4-fallback/' };
const DRAFT_QUICKSTART: Reference = { title: 'draft-fanf-smtp-quickstart (expired Internet-Draft)', url: 'https://datatracker.ietf.org/doc/draft-fanf-smtp-quickstart/' };
const DRAFT_ADDRQUERY: Reference = { title: 'draft-moore-email-addrquery (expired Internet-Draft)', url: 'https://datatracker.ietf.org/doc/draft-moore-email-addrquery/' };

export const replyCodes: Entry[] = [
  {
    id: 'reply-101',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '101',
    standing: 'nonstandard',
    title: 'Could not connect to the receiving server (non-standard)',
    meaning:
      'Your mail system could not even open a connection to the other side, so no message was exchanged. The number comes from the sending software, not from the recipient\'s server. It usually points to a wrong server name, a blocked port or a network outage.',
    details:
      'No standard defines 101: RFC 5321 leaves replies starting with 1 unused, so this number does not come from a mail server\'s reply. Some mail clients and circulating web lists use it for a failed connection attempt (wrong host, DNS failure, port 25, 465 or 587 filtered). Servers and clients vary, so read the text next to it and the client\'s own log.',
    causes: [
      'The outgoing server name or port in the mail app is wrong',
      'A firewall, hotel or mobile network blocks the mail port',
      'The server name does not resolve in DNS, or the server is down',
    ],
    senderSteps: [
      'Check the outgoing (SMTP) server name and port in your mail app against your provider\'s settings page',
      'Try again from another network, for example mobile data instead of public Wi-Fi',
    ],
    adminSteps: [
      'Test the connection from the same network with nc -v host 587 or swaks',
      'Check that the host name resolves (dig A, dig MX) and that outbound ports 25, 465 and 587 are not filtered',
    ],
    retry: 'later',
    retryAdvice: 'Try again once the connection works; resending straight away from the same network usually fails the same way.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_THEORY, RFC5321_CODES],
  },
  {
    id: 'reply-111',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '111',
    standing: 'nonstandard',
    title: 'Connection refused by the receiving server (non-standard)',
    meaning:
      'The other mail server turned the connection away before any mail was exchanged. The number is reported by the sending software, not defined by a mail standard. Often the server is down, not listening, or refusing your network.',
    details:
      'No standard defines 111 as a reply code. It matches the Linux error number for a refused connection, and some mail software prints that number: the connection attempt was answered with a reset because nothing listens on the port, a firewall rejects it, or the host blocks your address range. Servers vary; the sending log shows the host and port that were tried.',
    causes: [
      'The receiving server is down or not listening on port 25',
      'A firewall in front of the receiving server rejects your IP address or network',
      'The MX record points to the wrong host',
    ],
    senderSteps: [
      'Check the part of the address after the @ for typos',
      'Wait an hour and send again; if it keeps failing, tell the recipient another way that their mail server refuses connections',
    ],
    adminSteps: [
      'Look up the MX records (dig MX domain) and test port 25 on each host with nc or telnet from your server',
      'If only your server is refused, check whether your outbound IP is blocked by that provider or listed on a blocklist',
    ],
    retry: 'later',
    retryAdvice: 'The sending server normally keeps trying for a few days; a refused connection often clears once the receiving server is back.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_THEORY, RFC5321_RETRY],
  },
  {
    id: 'reply-200',
    kind: 'basic',
    authority: 'RFC 876',
    reply: '200',
    standing: 'obsolete',
    title: 'Old success reply from early mail software',
    meaning:
      'This is a success signal, not an error. A few very old mail programs said 200 where modern ones say 250. Nothing needs to be done.',
    details:
      'RFC 876 (1983), a survey of early SMTP programs, noted 200 as a nonstandard positive reply some of them used; RFC 821 and RFC 5321 never adopted it, and modern servers answer 250. Under RFC 5321 §4.2.1 a client treats any reply starting with 2 as success. In a bounce it can only be part of a quoted transcript.',
    causes: [
      'A very old or unusual mail program answered 200 instead of 250',
      'A transcript in a notice quotes this line from an earlier, successful step',
    ],
    senderSteps: [
      'Nothing to fix; if you also got a failure notice, the real reason is on another line of it',
    ],
    adminSteps: [
      'No action needed; if your own software still answers 200, update it to reply 250 as RFC 5321 expects',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC876, RFC5321_THEORY],
  },
  {
    id: 'reply-211',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '211',
    standing: 'standard',
    title: 'System status or help reply',
    meaning:
      'A neutral information reply: the server is answering a request for its status or for help. It is not an error, and it says nothing bad about your message.',
    details:
      'RFC 5321 §4.2.3 lists 211 for system status or system help output, in the x1z "information" group described in §4.2.1. Mail software rarely asks for it during delivery. If it appears in a bounce, it is part of a quoted SMTP transcript and the failing line is elsewhere.',
    causes: [
      'The sending software or a person asked the server for status or help',
      'A bounce transcript quotes this informational line',
    ],
    senderSteps: [
      'Nothing to fix here; look for a line starting with 4 or 5 in the same notice for the actual problem',
    ],
    adminSteps: [
      'No change needed; when debugging, read the transcript for the first reply starting with 4 or 5',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_CODES, RFC5321_THEORY],
  },
  {
    id: 'reply-214',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '214',
    standing: 'standard',
    title: 'Help text meant for a person',
    meaning:
      'The server sent help text meant for someone typing commands by hand. It says nothing about whether your message was delivered and is not an error.',
    details:
      'RFC 5321 §4.1.1.8 (HELP) and §4.2.3: 214 carries help output, such as a list of supported commands or how to use a non-standard one, intended for a human operator. Mail software ignores its text. In a bounce it only appears inside a quoted session transcript.',
    causes: [
      'Someone sent HELP in a manual test session',
      'A transcript in a notice quotes the help output',
    ],
    senderSteps: [
      'Nothing to fix; look elsewhere in the notice for a line starting with 4 or 5',
    ],
    adminSteps: [
      'No change needed; the help text can be useful to see which commands the server supports',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_HELP, RFC5321_CODES],
  },
  {
    id: 'reply-220',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '220',
    standing: 'standard',
    title: 'Server ready, or ready to start encryption',
    meaning:
      'The receiving server said hello and is ready to take mail, or agreed to switch the connection to encryption. This is a normal step. If a notice quotes it, anything that went wrong happened after this greeting.',
    details:
      'RFC 5321 §3.1 and §4.2.3: the greeting sent when a connection opens, normally followed by the server\'s host name. RFC 3207 §4 also uses 220 to accept STARTTLS, after which the TLS handshake begins. A delay notice whose last reply is 220 usually means the session stalled right after, often in the TLS handshake or through a timeout.',
    causes: [
      'The server greeted the connecting client normally',
      'The server accepted a request to start TLS',
      'A delay notice quotes the last reply before a timeout or TLS failure',
    ],
    senderSteps: [
      'Nothing to fix in this line; if the notice says delivery is delayed, let the sending server keep trying',
    ],
    adminSteps: [
      'If deliveries stall after 220, look in the log for TLS handshake errors (certificate, protocol version, ciphers) or timeouts',
      'Compare the host name in the greeting with the MX host you expected to reach',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step. If a delay notice quotes it, the sending server retries by itself for up to a few days.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_INIT, RFC5321_CODES, RFC3207],
  },
  {
    id: 'reply-221',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '221',
    standing: 'standard',
    title: 'Server closing the connection normally',
    meaning:
      'The receiving server said goodbye at the end of the conversation. It is a normal ending and not an error in itself.',
    details:
      'RFC 5321 §4.1.1.10 and §4.2.3: the positive answer to QUIT, after which the server closes the connection. Some servers also send 221 when they hang up right after refusing something, so if a bounce quotes it, read the reply just before it for the real verdict.',
    causes: [
      'The client sent QUIT after finishing its work',
      'The server ended the session after an earlier refusal',
    ],
    senderSteps: [
      'Nothing to fix; if the notice reports a failure, the cause is in the line before this one',
    ],
    adminSteps: [
      'No change needed; in a transcript, look at the reply that came before 221',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_QUIT, RFC5321_CODES],
  },
  {
    id: 'reply-235',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '235',
    standing: 'standard',
    title: 'Login accepted',
    meaning:
      'Your mail app signed in to the outgoing server successfully: the username and password (or token) were accepted. This is good news, not an error.',
    details:
      'RFC 4954 §4: 235, usually with enhanced code 2.7.0, ends a successful AUTH exchange, after which the client may start a mail transaction. If a failure notice quotes it, signing in was not the problem; look at the replies that follow it.',
    causes: [
      'The mail app or device authenticated correctly',
      'A transcript quotes the login step before a later failure',
    ],
    senderSteps: [
      'Nothing to fix about your password; if something failed, the reason is in a later line',
    ],
    adminSteps: [
      'No change needed; use the log lines after 235 to find where the session went wrong',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC4954_AUTH],
  },
  {
    id: 'reply-250',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '250',
    standing: 'standard',
    title: 'Request completed',
    meaning:
      'The receiving server did what was asked. After the message itself, 250 means the server accepted it and took over responsibility for delivering it. If you see it in a notice, that step succeeded.',
    details:
      'RFC 5321 §4.2.3: the general positive reply to EHLO, MAIL, RCPT, the end of DATA and more. A 250 after the final dot means the receiver queued the message, often quoting its queue ID. Whatever happens afterwards (spam folder, mailbox rules, a later bounce from further along) is up to the receiving system. Success and relay notices usually quote it.',
    causes: [
      'The receiving server accepted the message or command',
      'A delivery or relay notice you asked for quotes the final reply',
      'A later bounce came from a system further along, not from this handover',
    ],
    senderSteps: [
      'Nothing to fix; if the recipient did not see it, ask them to check spam or quarantine folders',
      'If a bounce arrived anyway, look for a different server name or a later failure in it',
    ],
    adminSteps: [
      'Give the receiving side\'s queue ID (often after 250) to their admin so they can trace the message',
      'If mail lands in spam after 250, check SPF, DKIM and DMARC alignment and your domain reputation',
    ],
    retry: 'no',
    retryAdvice: 'The message was accepted, so sending it again would only create a duplicate.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_CODES, RFC5321_AFTERDATA],
  },
  {
    id: 'reply-251',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '251',
    standing: 'standard',
    title: 'Recipient not local; server will forward it',
    meaning:
      'The server accepted the message although the person is not hosted there, and it will pass it on to their current address. Nothing failed.',
    details:
      'RFC 5321 §3.4 and §4.2.3: the server knows a forwarding address and takes responsibility for relaying. In RFC 1985 (ETRN), 251 instead means the request was fine but no mail is waiting for that node. Rare in practice: most servers forward silently with a plain 250.',
    causes: [
      'The recipient moved and the server forwards their mail',
      'An ETRN request found no queued mail for that domain',
    ],
    senderSteps: [
      'Nothing to fix; ask the recipient for their current address so future mail goes there directly',
    ],
    adminSteps: [
      'No action needed; if you run ETRN, 251 only means the remote queue was empty',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_FORWARD, RFC5321_CODES, RFC1985],
  },
  {
    id: 'reply-252',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '252',
    standing: 'standard',
    title: 'Cannot confirm the user, but will try delivery',
    meaning:
      'The server would not say whether the mailbox exists, but it accepts the message and will try to deliver it. This is normal privacy behaviour, not an error.',
    details:
      'RFC 5321 §3.5.3 and §4.2.3: the answer to VRFY when a server refuses to confirm addresses (to stop address harvesting) yet takes mail for them. In RFC 1985 (ETRN), 252 means the queue run for that node has started. Address checkers that rely on VRFY learn nothing from 252, and a bounce may still follow.',
    causes: [
      'A tool or server asked VRFY and the server declines to reveal which addresses exist',
      'An ETRN request started delivery of queued mail',
    ],
    senderSteps: [
      'Nothing to fix; 252 does not prove the address exists, so a bounce may still arrive later',
    ],
    adminSteps: [
      'Do not count 252 as a valid address in list-cleaning tools; rely on real delivery results',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC5321_VRFY, RFC5321_CODES, RFC1985],
  },
  {
    id: 'reply-253',
    kind: 'basic',
    authority: 'RFC 1985',
    reply: '253',
    standing: 'standard',
    title: 'Queued mail for a domain is being sent (ETRN)',
    meaning:
      'A server that holds mail for another domain agreed to start sending the waiting messages. It is a success reply from a rarely used server feature and has nothing to do with a bounce.',
    details:
      'RFC 1985: the reply to ETRN that tells the client how many messages are pending for the named node and that delivery has started. ETRN lets a site that is only sometimes online ask its backup MX or relay to flush the queue. Seen only in admin transcripts.',
    causes: [
      'A site asked its backup or relay server to flush queued mail with ETRN',
      'A site that was offline came back and requested the mail held for it',
    ],
    senderSteps: [
      'Nothing to do; this concerns server-to-server queue handling',
    ],
    adminSteps: [
      'No change needed; if the messages do not arrive, check the relay\'s queue and its route back to your server',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed at this step, so there is nothing to send again.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [RFC1985],
  },
  {
    id: 'reply-334',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '334',
    standing: 'standard',
    title: 'Server challenge during login',
    meaning:
      'The outgoing server is in the middle of checking your login and asks your mail app for the next piece of information. It is a normal step, not an error.',
    details:
      'RFC 4954 §4: during AUTH the server answers 334 followed by a base64 challenge (for the LOGIN method it simply encodes prompts for the username and password), and the client replies with the next step. A transcript that ends after 334 means the client never answered or sent something invalid; the outcome is 235 or a refusal such as 535.',
    causes: [
      'The mail app is logging in and the server asks for the next credential step',
      'A log quotes the login exchange before its result',
    ],
    senderSteps: [
      'Nothing to fix in this line; if the login then fails, re-enter your password or app password in the mail app',
    ],
    adminSteps: [
      'If sessions hang after 334, check that the client supports the chosen mechanism (PLAIN, LOGIN, XOAUTH2) and read the server\'s auth log',
    ],
    retry: 'no',
    retryAdvice: 'This is an intermediate step, not a result; only the reply that ends the login matters.',
    party: 'sender',
    reputation: 'none',
    reason: 'undefined',
    permanence: 'success',
    references: [RFC4954_AUTH],
  },
  {
    id: 'reply-354',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '354',
    standing: 'standard',
    title: 'Ready for the message content',
    meaning:
      'The receiving server accepted the recipients and invited the sender to transmit the message itself. This is a normal intermediate step. If a notice quotes it, something went wrong while or after the message was sent.',
    details:
      'RFC 5321 §4.1.1.4 and §4.2.3: the reply to DATA; the client then sends headers and body and ends with a line holding a single dot. A failure quoted right after 354 happened during the transfer: a timeout, a size limit, a content filter or a dropped connection. The verdict is the reply after the final dot (§4.2.5).',
    causes: [
      'The server is ready for the message text after the recipients were accepted',
      'A delay or failure notice quotes the last reply before the connection broke during transfer',
    ],
    senderSteps: [
      'Nothing to fix in this line; if the message failed, check its size and try without large attachments',
    ],
    adminSteps: [
      'When transfers die after 354, look for timeouts or resets in the log and check MTU settings or middleboxes that cut large transfers',
      'Find the reply sent after the final dot for the real verdict',
    ],
    retry: 'no',
    retryAdvice: 'This is an intermediate step, not a result; a delay notice that quotes it is retried by the sending server on its own.',
    party: 'sender',
    reputation: 'none',
    reason: 'undefined',
    permanence: 'success',
    references: [RFC5321_DATA, RFC5321_CODES, RFC5321_AFTERDATA],
  },
  {
    id: 'reply-420',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '420',
    standing: 'nonstandard',
    title: 'Connection timed out (non-standard)',
    meaning:
      'The servers lost touch: the connection to the receiving server timed out before delivery finished. It is temporary, and the sending server normally tries again by itself.',
    details:
      'No standard defines 420; it appears on circulating web lists tied to older Microsoft Exchange setups and some clients, meaning a connection timeout. Servers vary, and most report the same situation in a delay notice with 421, 4.4.1 or 4.4.2. The sending queue log shows which host and which step timed out and whether later attempts worked.',
    causes: [
      'The receiving server is overloaded or slow to answer',
      'A network problem or firewall drops the connection midway',
      'A large message over a slow link takes longer than the timeout',
    ],
    senderSteps: [
      'Wait: the sending server retries on its own; do nothing unless a final failure arrives',
      'If it keeps failing, send large files as a link instead of attaching them',
    ],
    adminSteps: [
      'Find the timeout in the queue log (which host, which step) and test the route with traceroute',
      'Check that firewalls do not drop long SMTP sessions and that your timeouts are not below the RFC 5321 §4.5.3.2 minimums',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_TIMEOUTS, RFC5321_THEORY],
  },
  {
    id: 'reply-421',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '421',
    standing: 'standard',
    title: 'Service not available right now',
    meaning:
      'The receiving server is not taking mail at the moment and closed the connection. This is temporary: your mail server keeps the message and tries again. Large providers also use it to slow down senders they do not trust yet.',
    details:
      'RFC 5321 §3.8 and §4.2.3: the server must close the channel (maintenance, overload, shutdown) and may send 421 in answer to any command. In practice large providers send 421 with a 4.7.x enhanced code to throttle or defer mail they find suspicious, and greylisting servers use it too. Read the enhanced code and text: 4.3.2 or "try again later" is capacity, 4.7.x is reputation or policy.',
    causes: [
      'The receiving server is overloaded, restarting or under maintenance',
      'Rate limiting: too many messages or connections from your server in a short time',
      'A temporary reputation deferral of your IP address or domain',
      'Greylisting on first contact from a new sender',
    ],
    senderSteps: [
      'Do nothing for now: the sending server retries automatically, often for up to five days',
      'If a final failure arrives, forward it to your IT contact or email provider',
    ],
    adminSteps: [
      'Read the enhanced code: with 4.7.x, lower the sending rate and check blocklists and the provider\'s postmaster tools',
      'Make sure the queue retries with increasing delays (RFC 5321 §4.5.4.1) and limits parallel connections per destination',
      'Check SPF, DKIM, DMARC and reverse DNS of the sending IP',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries on its own over hours to days; sending again by hand adds load and does not help. Act only if the message finally bounces.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC5321_CLOSE, RFC5321_CODES, RFC5321_RETRY],
  },
  {
    id: 'reply-422',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '422',
    standing: 'registry',
    title: 'Password change needed before this login (registry code)',
    meaning:
      'The mail server wants your password set up again for the login method your mail app chose before it lets you send. It is about signing in to your own provider, not about the recipient. Logging in once with the normal password setting over a secure connection usually fixes it.',
    details:
      'RFC 5248 set up the IANA enhanced status registry, which lists 422 as a basic code that goes with X.7.12 (the user must go through a password transition). RFC 4954 itself uses 432 4.7.12 for this case: the user must authenticate once with a plain mechanism under TLS so the server can derive credentials for the newer one. Very rare; treat 422 like 432.',
    causes: [
      'The stored password cannot yet be used with the login method the app chose (for example CRAM-MD5 or SCRAM)',
      'The provider moved to a new way of storing passwords',
    ],
    senderSteps: [
      'Log in once with the app set to "normal password" over SSL/TLS, then switch back if needed',
      'If it persists, contact your email provider\'s support',
    ],
    adminSteps: [
      'Find the SASL mechanism that triggered it in the auth log and let the user sign in once with PLAIN over TLS',
      'Offer only mechanisms your password store supports',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending again fails the same way until the user has logged in once with the plain method; then it works straight away.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    references: [IANA, RFC5248, RFC4954_CODES],
  },
  {
    id: 'reply-422-nonstandard',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '422',
    standing: 'nonstandard',
    title: 'Recipient mailbox over its size limit (non-standard)',
    meaning:
      'The recipient\'s mailbox is full, or this message would push it over its limit, so it could not be stored for now. It is temporary: if the recipient frees up space, a later attempt can succeed.',
    details:
      'No standard gives 422 this meaning; circulating reply-code lists use it for a mailbox over quota, and some servers send it. RFC 5321 uses 452 (temporary) or 552 for storage problems, with 4.2.2 or 5.2.2 as the enhanced code. Servers vary, so trust the enhanced code and text over the number.',
    causes: [
      'The recipient\'s mailbox is full',
      'The message with its attachments is more than the mailbox can still take',
      'The recipient has abandoned the mailbox and it has filled up',
    ],
    senderSteps: [
      'Let the sending server retry; if it finally bounces, reach the person another way and ask them to clear space',
      'Send large files as a link instead of an attachment',
    ],
    adminSteps: [
      'Nothing to change on the sending side; suppress the address if it keeps failing for weeks',
      'If the recipient is in your own organisation, raise their quota or archive old mail',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'transient',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-430',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '430',
    standing: 'registry',
    title: 'Temporary refusal tied to an invalid command (registry code)',
    meaning:
      'The receiving server reported a temporary problem tied to a command it did not accept. No standard spells out this exact code, so the words after it matter more than the number.',
    details:
      'RFC 5248 set up the IANA enhanced status registry, which lists 430 as a basic code that goes with X.5.1 (invalid command), but no RFC defines 430 on its own. Because it starts with 4, RFC 5321 §4.2.1 says clients treat it as a temporary failure. It is rare; the enhanced code and text give the real cause.',
    causes: [
      'The sending software issued a command the server does not accept at that point',
      'A server uses 430 for a temporary condition of its own',
    ],
    senderSteps: [
      'Let the sending server retry; if an app, device or script sends the mail, forward the bounce to whoever set it up',
    ],
    adminSteps: [
      'Find the command that got 430 in the SMTP log and check it against RFC 5321 syntax',
      'Update or reconfigure the sending software if it sends unsupported commands',
    ],
    retry: 'after-fix',
    retryAdvice: 'A retry only helps if the server meant a passing problem; if the command itself is wrong, fix the software first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'transient',
    references: [IANA, RFC5248, RFC5321_THEORY],
  },
  {
    id: 'reply-431',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '431',
    standing: 'nonstandard',
    title: 'Receiving server short on disk or memory (non-standard)',
    meaning:
      'The receiving server does not have enough room or resources right now to accept mail. The problem is on their side and usually temporary; your server will try again.',
    details:
      'No standard defines 431; some reply-code lists and older Exchange-based systems use it for a receiving server low on disk space or memory. The RFC 5321 code for this is 452, with enhanced code 4.3.1 (mail system full). Servers vary; read the text and enhanced code.',
    causes: [
      'The receiving server\'s disk or queue storage is full',
      'The receiving server is out of memory or overloaded',
    ],
    senderSteps: [
      'Wait; the sending server retries automatically',
      'If it fails for more than a day, tell the recipient another way that their mail server has a problem',
    ],
    adminSteps: [
      'Let your queue retry; nothing on the sending side needs changing',
      'If it is your own server, free space on the queue partition and check memory use',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-432',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '432',
    standing: 'standard',
    title: 'Password change needed before this login',
    meaning:
      'Your mail app tried to sign in with a login method that needs your password converted first. It concerns sending through your own provider, not the recipient. Logging in once with the normal password setting over a secure connection usually fixes it.',
    details:
      'RFC 4954 §6: 432 with 4.7.12 tells the client that the user must first authenticate with a plain mechanism under TLS so the server can set up credentials for the requested one. The IANA registry also pairs X.7.12 with 422; treat both alike. Mostly seen with CRAM-MD5, DIGEST-MD5 or SCRAM after a password store migration.',
    causes: [
      'The account\'s password is not yet stored in a form the chosen login method can use',
      'The provider changed how it stores passwords',
    ],
    senderSteps: [
      'Set the outgoing server login to "normal password" with SSL/TLS, send once, then switch back if you need to',
      'Contact your provider if the message keeps appearing',
    ],
    adminSteps: [
      'Check the auth log for the mechanism requested and let the user authenticate once with PLAIN over TLS',
      'Stop advertising mechanisms your password store cannot serve',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying with the same login method fails until the user has signed in once with the plain method.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    references: [RFC4954_CODES, IANA],
  },
  {
    id: 'reply-432-nonstandard',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '432',
    standing: 'nonstandard',
    title: 'Recipient\'s incoming queue stopped (non-standard)',
    meaning:
      'The receiving server has paused accepting or processing incoming mail, so your message is waiting. It is temporary and on the receiving side; your server keeps trying.',
    details:
      'No standard gives 432 this meaning; lists tied to Microsoft Exchange describe it as the recipient server\'s incoming queue being frozen by an administrator. The standard way to say this is 421 or 450, often with 4.3.2 (system not accepting network messages). Servers vary, so read the text and the enhanced code.',
    causes: [
      'An administrator paused the receiving server\'s inbound queue for maintenance',
      'The receiving server is recovering from an outage or a backlog',
    ],
    senderSteps: [
      'Do nothing; the sending server retries for up to a few days',
      'If a final failure arrives, tell the recipient their mail system was not accepting mail',
    ],
    adminSteps: [
      'Let your queue retry normally',
      'If it is your own Exchange server or gateway, check whether the receive connector or inbound queue is suspended and resume it',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC5321_CODES, RFC5321_THEORY],
  },
  {
    id: 'reply-441',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '441',
    standing: 'nonstandard',
    title: 'Receiving server not responding (non-standard)',
    meaning:
      'Your mail server could not get an answer from the recipient\'s server. It is usually a temporary network or server problem, and delivery is retried automatically.',
    details:
      'No standard defines 441; some lists and gateways use it when the destination host does not answer, which a standard delay notice reports as 4.4.1 (no answer from host). Servers vary. The sending log shows which MX hosts were tried and whether it was a timeout, a refusal or a DNS problem.',
    causes: [
      'The recipient\'s mail server is down or overloaded',
      'A network problem between the two servers',
      'The MX record points to a host that no longer answers',
    ],
    senderSteps: [
      'Wait for the automatic retries; act only if a final failure arrives',
      'Check the domain part of the address for typos',
    ],
    adminSteps: [
      'Check the MX records (dig MX domain) and test port 25 on each host from your server',
      'Read the queue log to tell a dead host (timeout) from a block (refusal)',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_RETRY, IANA],
  },
  {
    id: 'reply-442',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '442',
    standing: 'nonstandard',
    title: 'Connection dropped during transfer (non-standard)',
    meaning:
      'The connection between the two mail servers broke while the message was being sent. It is usually temporary and the sending server will try again.',
    details:
      'No standard defines 442; some lists and Exchange-era tools use it for a connection lost mid-transfer, which the registry expresses as 4.4.2 (bad connection). Servers vary. Repeated drops on large messages point to a network device, an MTU problem or a receiving filter that cuts the session.',
    causes: [
      'Network instability between the servers',
      'A firewall or security appliance resetting long SMTP sessions',
      'The receiving server crashed or restarted during the transfer',
    ],
    senderSteps: [
      'Let the server retry; if it keeps failing, resend with smaller attachments or a download link',
    ],
    adminSteps: [
      'Look for resets or timeouts at the DATA stage in the queue log',
      'Check MTU/MSS settings and any SMTP inspection on firewalls in the path',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_TIMEOUTS, IANA],
  },
  {
    id: 'reply-446',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '446',
    standing: 'nonstandard',
    title: 'Too many hops: the message is looping (non-standard)',
    meaning:
      'The message passed through too many mail servers, which usually means it is going round in a loop between them. It was stopped to protect the systems involved.',
    details:
      'No standard defines 446; lists use it for an exceeded hop count. Servers detect loops by counting Received: header lines (RFC 5321 §6.3) and usually report 4.4.6 or 5.4.6 (routing loop). Servers vary. Typical causes are forwarding rules pointing at each other, or MX and relay settings that pass mail back and forth between two hosts.',
    causes: [
      'Two forwarding rules send mail back and forth',
      'Misconfigured MX, smarthost or relay settings route mail in a circle',
      'A mailing list or alias that contains itself',
    ],
    senderSteps: [
      'Tell the recipient another way that their forwarding or mail routing is looping',
      'Use a different address for the person in the meantime',
    ],
    adminSteps: [
      'Read the Received: lines of the bounced copy to see which hosts repeat',
      'Fix forwarding rules, aliases or relay and MX settings so each hop moves the message closer to the mailbox',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending loops the same way; wait until the routing has been fixed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_LOOP, IANA],
  },
  {
    id: 'reply-447',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '447',
    standing: 'nonstandard',
    title: 'Delivery timed out (non-standard)',
    meaning:
      'The sending server waited too long for the recipient\'s server, or the message sat in the queue too long. If the retries keep failing, a final failure notice follows.',
    details:
      'No standard defines 447; Exchange and some lists use it for a timeout while waiting on the receiving host, close to 4.4.7 (delivery time expired). Servers vary. A delay notice often carries it; the underlying cause is the last error recorded for that recipient in the queue log.',
    causes: [
      'The recipient\'s server is slow or unreachable for a long period',
      'The receiver slows the session down on purpose (tarpitting) for senders it distrusts',
      'Network problems between the servers',
    ],
    senderSteps: [
      'Wait for the final result; the sending server keeps trying',
      'If it finally fails, confirm the address and try again later or reach the person another way',
    ],
    adminSteps: [
      'Find the last error per recipient in the queue and test connectivity to the MX hosts',
      'If the receiver tarpits you, check your IP and domain reputation',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'expired',
    permanence: 'transient',
    references: [RFC5321_TIMEOUTS, IANA],
  },
  {
    id: 'reply-449',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '449',
    standing: 'nonstandard',
    title: 'Routing error (non-standard)',
    meaning:
      'The sending server could not work out how to reach the recipient\'s mail server. It is usually a temporary DNS or configuration problem.',
    details:
      'No standard defines 449; some lists tie it to Exchange routing errors, such as a failing send connector or DNS lookup. The registry expresses this as 4.4.4 (unable to route) or 4.4.3 (directory server failure). Servers vary; check routing decisions and DNS lookups in the sending log.',
    causes: [
      'DNS lookups for the recipient domain fail for now',
      'A send connector, transport rule or smarthost is misconfigured',
      'The recipient domain\'s MX records are broken',
    ],
    senderSteps: [
      'Check the domain part of the address',
      'Let the server retry; if it still fails after a day, pass the bounce to your IT contact',
    ],
    adminSteps: [
      'Check MX resolution from the server (dig MX domain) and that your resolvers answer',
      'Review send connectors or transport maps that cover the domain',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-450',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '450',
    standing: 'standard',
    title: 'Mailbox temporarily unavailable',
    meaning:
      'The recipient\'s mailbox could not take the message right now, for example because it is busy or a policy check put it on hold. It is temporary and the sending server will try again.',
    details:
      'RFC 5321 §4.2.3: mailbox unavailable for now (busy, locked, or held back for policy reasons). In practice it often means greylisting, a recipient lookup that failed for the moment, or a policy check such as Postfix\'s 450 4.7.1 for a sending host without reverse DNS. The enhanced code tells them apart: 4.2.x is the mailbox, 4.7.x is policy.',
    causes: [
      'Greylisting: the server defers first contact from an unknown sender',
      'The mailbox is locked or busy during maintenance',
      'A temporary policy block, such as missing reverse DNS for the sending IP',
      'The recipient lookup (directory, LDAP) failed for now',
    ],
    senderSteps: [
      'Wait: the sending server retries automatically, usually within minutes to hours',
      'If a final failure arrives, check the address and contact the recipient another way',
    ],
    adminSteps: [
      'Make sure your server retries from the same IP (greylisting lets the second attempt through)',
      'If the text names your host or IP, give the sending IP a PTR record that matches its forward DNS',
      'Use the enhanced code: 4.7.x means policy, 4.2.x a mailbox issue',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'undefined',
    permanence: 'transient',
    references: [RFC5321_CODES, RFC5321_RETRY],
  },
  {
    id: 'reply-451',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '451',
    standing: 'standard',
    title: 'Receiving server hit a local error',
    meaning:
      'Something went wrong inside the receiving server while it handled your message, so it refused it for now. The sending server will try again, and it often works later.',
    details:
      'RFC 5321 §4.2.3: processing stopped because of a local error. Used for all sorts of temporary failures: a database or virus scanner down, DNS lookups timing out during checks, greylisting (451 4.7.1), and some large providers defer senders with weak reputation as 451 4.7.x. Read the enhanced code and the text.',
    causes: [
      'A temporary fault on the receiving server (disk, database, virus scanner)',
      'Greylisting of a first-time sender',
      'A DNS lookup the server needed (SPF, blocklist) timed out',
      'Temporary throttling of senders with a weak reputation',
    ],
    senderSteps: [
      'Do nothing; the sending server retries for up to a few days',
      'If the message finally bounces, send it again later or contact the recipient another way',
    ],
    adminSteps: [
      'Check that your queue retries and that the sending IP stays the same between attempts (for greylisting)',
      'If the text mentions reputation or rate, slow down and check postmaster tools and blocklists',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC5321_CODES, RFC5321_RETRY],
  },
  {
    id: 'reply-452',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '452',
    standing: 'standard',
    title: 'Not enough storage now, or too many recipients',
    meaning:
      'The receiving server could not take the message at the moment, either because it is short on storage or because the message is addressed to more people than it accepts at once. Both are temporary; the sending server tries again and sends the remaining recipients later.',
    details:
      'RFC 5321 §4.2.3 (insufficient system storage) and §4.5.3.1.10: servers also answer RCPT with 452 (4.5.3) for "too many recipients", and the client should send the rest in another transaction. RFC 1870 uses 452 when the declared SIZE is more than the space free right now. Enhanced codes: 4.3.1 system full, 4.2.2 mailbox full, 4.5.3 too many recipients.',
    causes: [
      'Too many recipients in one message for the server\'s per-message limit',
      'The receiving server\'s disk or queue is nearly full',
      'The recipient\'s mailbox is close to its quota (4.2.2)',
      'The declared message size is more than the server has room for now',
    ],
    senderSteps: [
      'Let the server retry; for large mailings, split the recipient list into smaller groups',
      'If the text says the mailbox is full, tell the recipient another way',
    ],
    adminSteps: [
      'Check that your MTA sends the deferred recipients in a new transaction after 452 (Postfix and Exim do by default)',
      'Lower the recipients per message in your sending tool or mailing list settings',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [RFC5321_CODES, RFC5321_TOOMANY, RFC1870],
  },
  {
    id: 'reply-453',
    kind: 'basic',
    authority: 'RFC 2645',
    reply: '453',
    standing: 'standard',
    title: 'No mail waiting for you (ATRN)',
    meaning:
      'A server that stores mail for an occasionally connected site reports it has nothing waiting. It comes from a rarely used server-to-server feature and is not about a message you sent.',
    details:
      'RFC 2645 (on-demand mail relay): after a client authenticates and sends ATRN for its domains, 453 says no mail is queued for them, and the session ends. Despite the 4 class it reports an empty queue rather than a fault. It does not appear in bounces to end users.',
    causes: [
      'No mail is queued for the requesting domain at the relay',
      'The site already collected its mail at an earlier pickup',
    ],
    senderSteps: [
      'Nothing to do; this concerns mail pickup between servers',
    ],
    adminSteps: [
      'No change needed; if you expected queued mail, check the relay\'s queue and which domains your ATRN account covers',
    ],
    retry: 'no',
    retryAdvice: 'Nothing failed; the collecting server simply asks again at its next scheduled pickup.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'undefined',
    permanence: 'transient',
    references: [RFC2645],
  },
  {
    id: 'reply-454',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '454',
    standing: 'standard',
    title: 'Temporary login or encryption failure',
    meaning:
      'The server could not complete a secure connection or a login right now because of a problem on its side. It is temporary; trying again later usually works.',
    details:
      'RFC 4954 §6 uses 454 4.7.0 for a temporary authentication failure, such as an unreachable credential backend; RFC 3207 §4 uses 454 when TLS is not available for now. Some servers also send 454 4.7.1 "Relay access denied" when they defer rather than refuse relaying for an unauthenticated client. Read the text.',
    causes: [
      'The server\'s TLS certificate or key cannot be loaded, so STARTTLS fails',
      'The authentication backend (directory, database) is unavailable',
      'The client tried to relay without logging in and the server defers instead of refusing',
    ],
    senderSteps: [
      'Try again in a few minutes',
      'If it keeps happening, check that your mail app uses the right port and security (587 with STARTTLS or 465 with SSL/TLS)',
    ],
    adminSteps: [
      'Check the TLS certificate files and the STARTTLS error in the mail log',
      'Check the status and logs of the SASL or authentication backend',
      'If the text mentions relaying, make sure the client authenticates before sending to outside domains',
    ],
    retry: 'later',
    retryAdvice: 'Try again after a few minutes; if it keeps failing for hours, the server side needs fixing.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    references: [RFC4954_CODES, RFC3207],
  },
  {
    id: 'reply-455',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '455',
    standing: 'standard',
    title: 'Server cannot handle these sending options now',
    meaning:
      'The receiving server could not accept, for now, the extra options your mail server attached to the sender or recipient (such as the message size or a delivery receipt request). It is temporary.',
    details:
      'RFC 5321 §4.2.3: 455 answers MAIL FROM or RCPT TO when the server cannot accommodate the ESMTP parameters given (SIZE, BODY, NOTIFY, RET and others) at this time; 555 is the permanent form. Rare in practice. Compare the parameters the client sent with the capabilities the server listed in its EHLO reply.',
    causes: [
      'The server temporarily cannot honour a parameter such as SIZE or a delivery notification request',
      'A resource limit tied to that parameter is reached for now',
    ],
    senderSteps: [
      'Let the server retry; if it keeps failing, send without delivery receipts or as a smaller message',
    ],
    adminSteps: [
      'Compare the MAIL and RCPT parameters in the log with the EHLO capabilities of the receiving server',
      'Stop sending parameters the server does not advertise',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC5321_CODES],
  },
  {
    id: 'reply-456',
    kind: 'basic',
    authority: 'draft-martin-smtp-ipv6-to-ipv4-fallback',
    reply: '456',
    standing: 'draft',
    title: 'Retry over IPv4 because IPv6 checks failed',
    meaning:
      'The receiving server did not trust the message it got over IPv6 (the newer internet address format), usually because the sender\'s authentication checks failed there, and asks for it to be sent over IPv4 instead. Some sending servers do that automatically.',
    details:
      'draft-martin-smtp-ipv6-to-ipv4-fallback, an expired individual draft, proposed 456 so a receiver could ask the client to resend over IPv4 when SPF, DKIM or reverse DNS checks fail over IPv6. It is not a standard and few clients act on it; Gmail refuses similar mail with 550 5.7.1 and a note about IPv6 sending guidelines. The lasting fix is PTR and SPF for the IPv6 address.',
    causes: [
      'The sending server\'s IPv6 address has no reverse DNS (PTR) record',
      'SPF does not list the sending IPv6 address, or DKIM is missing',
      'The receiver checks IPv6 mail more strictly than IPv4 mail',
    ],
    senderSteps: [
      'Nothing to do yourself; forward the bounce to whoever runs your mail server if it repeats',
    ],
    adminSteps: [
      'Add a PTR record for the sending IPv6 address that names a host resolving back to it',
      'Add the IPv6 range to SPF (ip6:) and sign outgoing mail with DKIM',
      'Or make the MTA prefer IPv4 for outbound mail (Postfix: smtp_address_preference = ipv4)',
    ],
    retry: 'after-fix',
    retryAdvice: 'A retry over IPv6 fails the same way; it works once the IPv6 setup is fixed or the server sends over IPv4.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'transient',
    references: [DRAFT_IPV6],
  },
  {
    id: 'reply-458',
    kind: 'basic',
    authority: 'RFC 1985',
    reply: '458',
    standing: 'standard',
    title: 'Cannot start the queue for that domain (ETRN)',
    meaning:
      'A server that holds mail for another domain could not start sending the waiting messages when asked. This is a server-to-server feature and not about a single message you sent.',
    details:
      'RFC 1985: the reply to ETRN when the server is unable to begin delivering queued messages for the named node, for example because its queue runner is busy or failing. The requesting site can ask again later.',
    causes: [
      'The relay\'s queue process is busy or failed to start',
      'The relay cannot reach the requesting site right now',
    ],
    senderSteps: [
      'Nothing to do as a sender; this concerns mail collection between servers',
    ],
    adminSteps: [
      'Send ETRN again later and check the relay\'s log for why the queue run failed',
      'Make sure the relay can connect back to your server on port 25',
    ],
    retry: 'later',
    retryAdvice: 'Ask again later; the relay keeps the queued mail in the meantime.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC1985],
  },
  {
    id: 'reply-459',
    kind: 'basic',
    authority: 'RFC 1985',
    reply: '459',
    standing: 'standard',
    title: 'That domain is not allowed (ETRN)',
    meaning:
      'A server refused to start sending queued mail for the requested domain because the requester may not ask for it. It concerns server-to-server mail collection only.',
    details:
      'RFC 1985: 459 answers ETRN when the node is not permitted, for example because the relay is not a backup MX for that domain or the request came from a host it does not trust. Despite the 4 class it stays refused until the relay\'s configuration changes.',
    causes: [
      'The relay does not hold mail for that domain',
      'The request came from a host or network the relay does not allow to run ETRN',
    ],
    senderSteps: [
      'Nothing to do as a sender; pass it to whoever runs the receiving mail system',
    ],
    adminSteps: [
      'Ask the relay operator to allow ETRN for your domain and source address',
      'Check the domain spelling in the ETRN command',
    ],
    retry: 'after-fix',
    retryAdvice: 'Asking again gives the same answer until the relay allows the domain.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    references: [RFC1985],
  },
  {
    id: 'reply-471',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '471',
    standing: 'nonstandard',
    title: 'Local server or filter error (non-standard)',
    meaning:
      'A mail server or its spam or virus filter ran into an error while handling your message. It is usually temporary and on the server side, not something you did.',
    details:
      'No standard defines 471; lists describe it as a local error, often from an anti-spam or antivirus gateway that failed or timed out. The standard equivalent is 451. Servers vary; the text after the code usually names the filter or component, and the Reporting-MTA or Received lines show which server wrote it.',
    causes: [
      'An anti-spam or antivirus filter crashed or timed out',
      'A local processing fault on the server that wrote the notice',
      'A filter refused the message and used this code loosely',
    ],
    senderSteps: [
      'Wait for the retries; if it bounces, send again later',
      'If it happens to every message, give the bounce to your IT support',
    ],
    adminSteps: [
      'Check which host wrote the error (Reporting-MTA, Received lines) and read that host\'s filter logs',
      'Restart or repair the filtering service and check its licence and signature updates',
    ],
    retry: 'later',
    retryAdvice: 'The sending server retries by itself for up to a few days; do nothing unless you get a final failure.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [RFC5321_CODES, RFC5321_THEORY],
  },
  {
    id: 'reply-500',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '500',
    standing: 'standard',
    title: 'Command not recognised',
    meaning:
      'The receiving server did not understand something the sending server said, or a line was too long. It is a technical fault in the conversation between the programs, not in your message text.',
    details:
      'RFC 5321 §4.2.3: syntax error or unrecognised command, including lines over the limit (512 octets for a command line, §4.5.3.1). RFC 4954 §6 uses 500 5.5.6 when a line of the AUTH exchange is too long. Firewalls with SMTP inspection also cause it by masking commands such as EHLO. Some servers use 500 loosely for content refusals, so read the text.',
    causes: [
      'Sending software that speaks non-standard SMTP or sends overly long lines',
      'A firewall SMTP inspection feature rewriting commands',
      'A login token too long for the server\'s AUTH line limit',
      'Someone typing commands by hand in a test session',
    ],
    senderSteps: [
      'If an app, device or website sends your mail, forward the bounce to whoever set it up',
    ],
    adminSteps: [
      'Find the refused command in the SMTP log and compare it with RFC 5321 syntax',
      'Turn off SMTP inspection or fixup features on firewalls between the servers',
      'For AUTH, send the credentials as an initial response or use a server with a longer line limit',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same software sends the same command again; fix the sending setup before retrying.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_CODES, RFC5321_LIMITS, RFC4954_CODES],
  },
  {
    id: 'reply-501',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '501',
    standing: 'standard',
    title: 'Command details malformed',
    meaning:
      'The receiving server understood the command but not the details given with it, most often an email address written in a form it does not accept. The address or the sending software needs correcting.',
    details:
      'RFC 5321 §4.2.3: syntax error in parameters or arguments. Typical cases: MAIL FROM or RCPT TO with a malformed address (missing angle brackets, spaces, two @ signs), an invalid EHLO name, or a bad AUTH argument. Servers also answer 501 5.1.7 or 5.1.8 when the sender\'s domain does not resolve, so check the enhanced code.',
    causes: [
      'The sender or recipient address contains a typo or an invalid character',
      'The sending software formats MAIL FROM or RCPT TO incorrectly',
      'The sender\'s domain does not exist in DNS (501 5.1.8)',
      'The EHLO or HELO name is empty or invalid',
    ],
    senderSteps: [
      'Check the recipient address and your own From address for typos, spaces or stray characters',
      'If an app or device sends the mail, check its sender address setting',
    ],
    adminSteps: [
      'Find the command that got 501 in the SMTP log and check its syntax',
      'Make sure the sending domain has A or MX records and the EHLO name is a real host name',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending the same address again fails the same way; correct it first.',
    party: 'sender',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_CODES],
  },
  {
    id: 'reply-502',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '502',
    standing: 'standard',
    title: 'Command not supported by this server',
    meaning:
      'The receiving server does not offer a feature the sending software tried to use. It is a compatibility issue between the two programs, not a problem with your message.',
    details:
      'RFC 5321 §4.2.4 and §4.2.3: the command is recognised but not implemented here, for example EHLO on a very old server, VRFY or EXPN turned off, or STARTTLS or AUTH not offered on that port. Clients should only use the extensions the server listed in its EHLO reply.',
    causes: [
      'The client used a command the server did not advertise (AUTH, STARTTLS, VRFY, ETRN)',
      'The client connected to the wrong port, such as 25 instead of 587',
      'An old or minimal server without ESMTP support',
    ],
    senderSteps: [
      'Check the outgoing server port and security settings in your mail app against your provider\'s instructions',
    ],
    adminSteps: [
      'Compare the commands in the session log with the server\'s EHLO capability list',
      'Enable the extension on the server or stop the client from using it',
    ],
    retry: 'after-fix',
    retryAdvice: 'The server lacks the feature, so retrying unchanged fails again; change the client settings first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_502, RFC5321_CODES],
  },
  {
    id: 'reply-503',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '503',
    standing: 'standard',
    title: 'Commands sent in the wrong order',
    meaning:
      'The sending software skipped or repeated a step the receiving server expects, for example sending the message before any recipient was accepted. Often it means a login was needed first, or an earlier step already failed.',
    details:
      'RFC 5321 §4.1.4 and §4.2.3: bad sequence of commands, such as RCPT before MAIL, DATA without an accepted recipient, or a second MAIL in one transaction. Commonly seen as 503 5.5.1 after every recipient was refused (the earlier reply holds the real reason) and on servers that require a login before relaying.',
    causes: [
      'Every recipient was refused earlier, so DATA had nobody to deliver to',
      'The mail app sent without logging in where the server requires it',
      'Sending software that batches commands without waiting for replies',
    ],
    senderSteps: [
      'Turn on "my outgoing server requires authentication" in your mail app',
      'Look higher up in the bounce for an earlier refusal of the recipient address',
    ],
    adminSteps: [
      'Read the reply just before 503 in the transcript; it usually names the real problem',
      'Check that the client waits for replies unless the server advertises PIPELINING',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying repeats the same sequence; fix the login setting or the refused recipient first.',
    party: 'sender',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_ORDER, RFC5321_CODES],
  },
  {
    id: 'reply-504',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '504',
    standing: 'standard',
    title: 'Option or login method not supported',
    meaning:
      'The receiving server does not support an option the sending software asked for, most often a particular login method. Choosing a different setting usually solves it.',
    details:
      'RFC 5321 §4.2.3: command parameter not implemented. RFC 4954 §6 uses 504 5.5.4 when the client names an AUTH mechanism the server does not offer. Postfix also answers 504 5.5.2 to a HELO name that is not a fully qualified host name when configured to require one.',
    causes: [
      'The mail app requests a login method the server does not support',
      'The EHLO name is not a fully qualified host name',
      'A MAIL or RCPT option the server does not implement',
    ],
    senderSteps: [
      'In your mail app, change the authentication setting (for example "normal password" or OAuth) to one your provider supports',
    ],
    adminSteps: [
      'Pick an AUTH mechanism from the list in the server\'s EHLO reply',
      'Set the sending server\'s EHLO name to a fully qualified host name with matching DNS',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying with the same setting fails again; change the login method or EHLO name first.',
    party: 'sender',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_CODES, RFC4954_CODES],
  },
  {
    id: 'reply-510',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '510',
    standing: 'nonstandard',
    title: 'Bad recipient address (non-standard)',
    meaning:
      'The address you wrote to does not work: it is misspelled, or the mailbox does not exist. Check it and send again to the correct address.',
    details:
      'No standard defines 510 as a reply code; it mirrors the enhanced code 5.1.0 (other address status), and some servers and circulating lists print it for a bad recipient address. Servers vary, so look for the enhanced code (often 5.1.1) and the text. Standard servers send 550 5.1.1 for the same case. Repeated sends to dead addresses hurt your sender reputation.',
    causes: [
      'A typo in the recipient address',
      'The mailbox was deleted or never existed',
      'An outdated address from an old list or signature',
    ],
    senderSteps: [
      'Check the address letter by letter and resend to the corrected address',
      'Remove it from your contacts or mailing list if it no longer works',
    ],
    adminSteps: [
      'Suppress the address in your sending system after a hard bounce',
      'If many addresses at one domain fail, confirm with the recipient organisation that the mailboxes exist',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending to the same address fails again; send only to a corrected address.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-511',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '511',
    standing: 'nonstandard',
    title: 'Recipient mailbox not found (non-standard)',
    meaning:
      'The address you wrote to does not work: it is misspelled, or the mailbox does not exist. Check it and send again to the correct address.',
    details:
      'No standard defines 511 as a reply code; it mirrors the enhanced code 5.1.1 (bad destination mailbox), and some servers and circulating lists print it for a bad recipient address. Servers vary, so look for the enhanced code (often 5.1.1) and the text. Standard servers send 550 5.1.1 for the same case. Treat it exactly like an unknown user.',
    causes: [
      'A typo in the recipient address',
      'The mailbox was deleted or never existed',
      'An outdated address from an old list or signature',
    ],
    senderSteps: [
      'Check the address letter by letter and resend to the corrected address',
      'Remove it from your contacts or mailing list if it no longer works',
    ],
    adminSteps: [
      'Suppress the address in your sending system after a hard bounce',
      'If many addresses at one domain fail, confirm with the recipient organisation that the mailboxes exist',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending to the same address fails again; send only to a corrected address.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-512',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '512',
    standing: 'nonstandard',
    title: 'Recipient domain not found (non-standard)',
    meaning:
      'The part of the address after the @ does not lead to any mail server: the domain does not exist or has no mail records. Usually it is a typo in the domain.',
    details:
      'No standard defines 512; it mirrors the enhanced code 5.1.2 (bad destination system address), and some servers print it when the recipient domain has no MX or A record. Servers vary. Standard MTAs report this in a notice with 5.1.2 or 5.4.4 and text such as "Host or domain name not found".',
    causes: [
      'A typo in the domain (for example gmial.com or outlok.com)',
      'The domain expired or was never registered',
      'The domain\'s DNS has no MX or A record',
    ],
    senderSteps: [
      'Check the spelling of everything after the @ and resend',
      'Ask the person for their current address if their organisation changed its domain',
    ],
    adminSteps: [
      'Run dig MX and dig A on the domain to confirm it has no mail host',
      'If the domain is yours, add or fix its MX records',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending to the same domain fails again; correct the address first.',
    party: 'sender',
    reputation: 'low',
    reason: 'hostunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-513',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '513',
    standing: 'nonstandard',
    title: 'Address form incorrect or relay refused (non-standard)',
    meaning:
      'The receiving server would not accept the address, either because it is written in a form it does not take or because it will not pass mail on without a login. Check the address and your sending settings.',
    details:
      'No standard defines 513; lists give it two uses: an address with wrong syntax (mirroring 5.1.3) and, on some servers, a refusal to relay for a client that has not logged in. Servers vary. The enhanced code separates them: 5.1.3 is address syntax, 5.7.1 is relaying or policy.',
    causes: [
      'The address contains invalid characters or is incomplete',
      'The mail app sent through a server without logging in, so it refused to relay',
      'The contacted server does not host the recipient\'s domain',
    ],
    senderSteps: [
      'Check the recipient address for spaces, commas or missing parts',
      'Turn on authentication for the outgoing server in your mail app',
    ],
    adminSteps: [
      'If the text mentions relaying, make sure clients authenticate on port 587 before sending',
      'Check that the domain\'s MX records point to the server that accepts its mail',
    ],
    retry: 'after-fix',
    retryAdvice: 'Fix the address or the login setting, then send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-520',
    kind: 'basic',
    authority: 'draft-fanf-smtp-quickstart',
    reply: '520',
    standing: 'draft',
    title: 'Wrong QHLO identifier (quickstart draft)',
    meaning:
      'Two mail servers tried an experimental shortcut for starting their conversation, and the receiver said the identification given in it was wrong. It comes from an unfinished proposal and is nothing you can fix as a sender.',
    details:
      'draft-fanf-smtp-quickstart, an expired individual draft from 2007, proposed a QHLO command to save round trips at the start of an SMTP session; 520 was its reply when the identifier given with QHLO did not fit. No standard uses it and mainstream servers do not implement QUICKSTART. If seen, treat it as a permanent protocol error and read the text.',
    causes: [
      'Software implementing the experimental QUICKSTART proposal sent a wrong or outdated identifier',
      'A server uses 520 for a purpose of its own',
    ],
    senderSteps: [
      'Nothing to do yourself; forward the bounce to whoever runs your mail server',
    ],
    adminSteps: [
      'Disable any experimental QUICKSTART or QHLO option in the sending software',
      'Read the text after 520 in the log; a server that does not implement QUICKSTART uses the code for something else',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying with the same setting fails again; turn off the experimental option first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [DRAFT_QUICKSTART],
  },
  {
    id: 'reply-521',
    kind: 'basic',
    authority: 'RFC 7504',
    reply: '521',
    standing: 'standard',
    title: 'This server never accepts mail',
    meaning:
      'The server you reached says it does not take email at all. It is a deliberate setting, often on a web-only host, or a server that refuses you outright. Sending again will not help.',
    details:
      'RFC 7504 (first proposed in RFC 1846): a host may greet with 521 to say it never accepts mail, then close the connection or refuse every further command. If the domain has no MX, mail falls back to its A record, which may be a web server answering 521. Some providers also send 521 at connection time to turn away a blocked IP, so read the text.',
    causes: [
      'The domain\'s MX, or its A record when there is no MX, points at a host that runs no mail service',
      'The receiver refuses your IP address completely',
      'The recipient domain is parked or used only for a website',
    ],
    senderSteps: [
      'Check the address; if it is right, contact the person another way and tell them their domain refuses mail',
    ],
    adminSteps: [
      'Look up the domain\'s MX records; if there are none, the A record host (often a web server) was tried',
      'If the text mentions your IP or a block, check blocklists and the provider\'s postmaster pages',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the host refuses mail permanently until the recipient side changes its setup.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [RFC7504, RFC1846],
  },
  {
    id: 'reply-523',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '523',
    standing: 'registry',
    title: 'Encryption needed first (registry code)',
    meaning:
      'The server wants the connection encrypted before it accepts this login or request. Turning on SSL/TLS in the mail app usually fixes it.',
    details:
      'RFC 5248 set up the IANA enhanced status registry, which pairs 523 with X.7.10 (encryption needed): the server requires TLS before it accepts the requested authentication or action. Most servers say the same with 530 5.7.0 ("issue STARTTLS first") or 538 5.7.11, so 523 is rare.',
    causes: [
      'The mail app signs in over an unencrypted connection',
      'STARTTLS failed or is switched off in the client',
    ],
    senderSteps: [
      'Set the outgoing server security in your mail app to SSL/TLS on port 465 or STARTTLS on port 587',
    ],
    adminSteps: [
      'Confirm the server advertises STARTTLS and the client uses it before AUTH',
      'Check the TLS handshake in the logs if the client claims to use encryption',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying without encryption fails again; turn on SSL/TLS first.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [IANA, RFC5248, RFC3207],
  },
  {
    id: 'reply-523-nonstandard',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '523',
    standing: 'nonstandard',
    title: 'Message larger than the recipient accepts (non-standard)',
    meaning:
      'The message, with its attachments, is bigger than the recipient\'s system allows. Send a smaller version, for example with the files shared as a link.',
    details:
      'No standard gives 523 this meaning; lists tied to Exchange use it for a message over the recipient\'s size limit. The standard form is 552 with 5.3.4 (too big for the system) or 5.2.3 (over an administrative limit). Servers vary; the text often states the limit. Attachments grow by about a third when encoded for mail.',
    causes: [
      'Attachments make the message larger than the recipient\'s limit',
      'The recipient\'s organisation sets a low per-message size limit',
      'Encoding overhead pushes a file that was just under the limit over it',
    ],
    senderSteps: [
      'Share large files through a link (cloud storage) instead of attaching them',
      'Compress the files or split them over several messages',
    ],
    adminSteps: [
      'Compare the limit in the reply text with your own outbound size limit',
      'If the recipient is in your organisation, raise the mailbox or connector size limit',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same message is refused again; send a smaller one.',
    party: 'sender',
    reputation: 'none',
    reason: 'exceedlimit',
    permanence: 'permanent',
    references: [RFC5321_CODES, RFC1870],
  },
  {
    id: 'reply-524',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '524',
    standing: 'registry',
    title: 'Login method needs encryption (registry code)',
    meaning:
      'The login method your mail app picked is only allowed over an encrypted connection. Turning on SSL/TLS, or picking a different method, fixes it.',
    details:
      'RFC 5248 set up the IANA registry, which lists 524 next to 538 for X.7.11: the chosen SASL mechanism (typically PLAIN or LOGIN, which send the password in readable form) may only be used under TLS. RFC 4954 itself uses 538 5.7.11 for this; treat 524 the same.',
    causes: [
      'The mail app sends its password without encryption',
      'STARTTLS failed and the app carried on unencrypted',
    ],
    senderSteps: [
      'Set the outgoing server security in your mail app to SSL/TLS on port 465 or STARTTLS on port 587',
    ],
    adminSteps: [
      'Check the client sends STARTTLS before AUTH and that the server certificate is valid',
      'Offer plain-text login methods only on encrypted connections',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying without encryption fails again; change the security setting first.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [IANA, RFC5248, RFC4954_CODES],
  },
  {
    id: 'reply-525',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '525',
    standing: 'registry',
    title: 'Account disabled',
    meaning:
      'The account involved has been switched off. If it is the recipient\'s, their mailbox is deactivated and will not receive mail; if it is your own sending account, your provider has disabled it.',
    details:
      'RFC 5248 set up the IANA registry, which pairs 525 with X.7.13 (user account disabled). It was meant for a client that authenticates to an account an administrator has disabled (unpaid, abused, compromised), but receiving servers also send 525 5.7.13 at RCPT for a disabled recipient. The command it answered and the text tell which account is meant.',
    causes: [
      'The recipient\'s account was suspended or deactivated (left the organisation, unpaid)',
      'Your own sending account was disabled by your provider, for example after a compromise or spam',
      'Billing or policy problems on the account',
    ],
    senderSteps: [
      'If the bounce names the recipient, reach them another way and ask for a working address',
      'If it concerns your own account, sign in to your provider\'s website or contact their support',
    ],
    adminSteps: [
      'Check which command got 525: RCPT means the recipient, AUTH means your own user',
      'For your own user, check the account status in the admin console and look for signs of compromise',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending again fails until the account is re-enabled; for a recipient, use another address.',
    party: 'recipient',
    reputation: 'low',
    reason: 'suspend',
    permanence: 'permanent',
    references: [IANA, RFC5248],
  },
  {
    id: 'reply-530',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '530',
    standing: 'standard',
    title: 'Login or encryption required first',
    meaning:
      'The server will not take the message until your mail app logs in, or until the connection is encrypted. Usually a setting in the mail app or device is missing.',
    details:
      'RFC 4954 §6: 530 5.7.0 means authentication is required before this command. RFC 3207 §4 uses 530 when the server requires STARTTLS first. Common on submission port 587 and on Microsoft 365 (530 5.7.57, client not authenticated) when a printer, scanner or script sends without credentials.',
    causes: [
      'The mail app or device sends without a username and password',
      'The client does not start TLS and the server requires it',
      'An app password or OAuth sign-in is missing after the provider tightened security',
    ],
    senderSteps: [
      'Turn on "outgoing server requires authentication" and enter your username and password',
      'Use port 587 with STARTTLS or 465 with SSL/TLS as your provider documents',
    ],
    adminSteps: [
      'Configure devices and scripts with SMTP AUTH, or a relay connector restricted by IP address',
      'In Microsoft 365, check that authenticated SMTP is enabled for the mailbox the device uses',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending fails the same way until the login or encryption setting is added.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES, RFC3207],
  },
  {
    id: 'reply-533',
    kind: 'basic',
    authority: 'RFC 5248',
    reply: '533',
    standing: 'registry',
    title: 'Delivery not authorised (registry code)',
    meaning:
      'The receiving system refused the message because the sender is not allowed to deliver it there. The reason is a policy on their side; the text after the code usually explains it.',
    details:
      'RFC 5248 set up the IANA registry, which lists 533 among the basic codes that go with X.7.1 (delivery not authorised, message refused); no RFC defines 533 on its own and it is seldom sent. Most servers use 550 5.7.1 or 554 5.7.1 for the same refusal. The text says whether it is a blocklist, a sender restriction or a relay refusal.',
    causes: [
      'The recipient accepts mail only from approved senders or domains',
      'Your IP address or domain is blocked by the receiver\'s policy',
      'The server refused to relay for a client that did not log in',
    ],
    senderSteps: [
      'Read the text after the code; if it names a policy, ask the recipient to allow your address',
      'Make sure you send through your own provider\'s server with login turned on',
    ],
    adminSteps: [
      'Check the sending IP on blocklists and the receiver\'s postmaster pages',
      'Check SPF, DKIM and DMARC for the sending domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is refused again; first get allowed or fix the cause named in the text.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [IANA, RFC5248],
  },
  {
    id: 'reply-534',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '534',
    standing: 'standard',
    title: 'Login method too weak for this server',
    meaning:
      'The server refuses the way your mail app tries to sign in because it is not secure enough by its rules. Using an app password, OAuth sign-in or an encrypted connection fixes it.',
    details:
      'RFC 4954 §6: 534 5.7.9 means the requested mechanism is weaker than server policy allows. Gmail sends 534 5.7.9 asking for an application-specific password when an account with 2-step verification signs in with the normal password, and 534 5.7.14 asking the user to sign in through a web browser first.',
    causes: [
      'The account uses 2-step verification and the app uses the normal password instead of an app password',
      'The app uses an old mechanism (plain LOGIN without TLS, CRAM-MD5)',
      'The provider turned off basic authentication in favour of OAuth',
    ],
    senderSteps: [
      'Create an app password in your account\'s security settings, or use a mail app that signs in with OAuth',
      'Sign in once through the provider\'s website if the message asks you to',
    ],
    adminSteps: [
      'Offer or require OAuth and document the supported mechanisms',
      'Check the auth log for the mechanism the client tried',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying with the same login fails again; change the login method or password type first.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES],
  },
  {
    id: 'reply-535',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '535',
    standing: 'standard',
    title: 'Username or password rejected',
    meaning:
      'The outgoing mail server did not accept the username and password your mail app sent, so your message was not sent. Re-enter the password, or use an app password if your account has two-step sign-in.',
    details:
      'RFC 4954 §6: 535 5.7.8 means the credentials are invalid. Common variants: Gmail\'s "username and password not accepted", and Microsoft 365\'s 535 5.7.139 when SMTP AUTH is turned off for the tenant or mailbox. Repeated failures can lock the account or the client IP, so stop the app retrying with an old password.',
    causes: [
      'Wrong or outdated password stored in the mail app or device',
      'Two-step verification on the account requires an app password',
      'SMTP login (basic authentication) is turned off for the account or organisation',
      'The username is not the full email address',
    ],
    senderSteps: [
      'Re-type your password in the mail app\'s outgoing server settings',
      'If your account uses two-step sign-in, create an app password and use that',
    ],
    adminSteps: [
      'Check whether authenticated SMTP is enabled for the user (in Microsoft 365, per mailbox and per tenant)',
      'Read the auth log for the username tried and whether the account is locked',
    ],
    retry: 'after-fix',
    retryAdvice: 'Do not keep retrying with the old password; fix the credentials, then send again.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES],
  },
  {
    id: 'reply-538',
    kind: 'basic',
    authority: 'RFC 4954',
    reply: '538',
    standing: 'standard',
    title: 'This login method needs an encrypted connection',
    meaning:
      'Your mail app tried to send its password over a connection that is not encrypted, and the server refused. Turning on SSL/TLS in the outgoing server settings fixes it.',
    details:
      'RFC 4954 §6: 538 5.7.11 means the chosen mechanism may only be used on an encrypted connection (after STARTTLS or on an implicit TLS port). Plain-text mechanisms such as PLAIN and LOGIN are the ones usually restricted this way.',
    causes: [
      'The mail app uses no encryption (port 25 or 587 without STARTTLS)',
      'STARTTLS failed and the app carried on unencrypted',
    ],
    senderSteps: [
      'Set the outgoing server security in your mail app to SSL/TLS on port 465 or STARTTLS on port 587',
    ],
    adminSteps: [
      'Check the client sends STARTTLS before AUTH and that the server certificate is valid',
      'Offer plain-text mechanisms only after TLS is established',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying unencrypted fails again; switch on SSL/TLS first.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES, RFC3207],
  },
  {
    id: 'reply-541',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '541',
    standing: 'nonstandard',
    title: 'Message refused by the recipient\'s filter (non-standard)',
    meaning:
      'The recipient\'s system refused your message, usually because its spam filter did not like it or a rule blocks your address. Rewording rarely helps; the recipient may need to allow your address.',
    details:
      'No standard defines 541; lists describe it as the recipient\'s system refusing the message, often an anti-spam appliance or hosted filter. Servers vary. Some gateways pair it with 5.4.1, which Microsoft uses (as 550 5.4.1) for recipients its directory does not know, so an unknown address is possible too. Read the text and enhanced code.',
    causes: [
      'A spam filter scored the message or your sending IP as spam',
      'The recipient or their admin blocked your address or domain',
      'The recipient address is unknown to a filtering gateway',
    ],
    senderSteps: [
      'Ask the recipient (by phone or another address) to add you to their allowed senders',
      'Avoid link shorteners, image-only content and unexpected attachments in a first message',
    ],
    adminSteps: [
      'Check the sending IP and domain on public blocklists and the filter vendor\'s lookup page',
      'Verify that SPF, DKIM and DMARC pass for your mail',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same message is refused again; first get allowed by the recipient or fix the reputation issue.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'filtered',
    permanence: 'permanent',
    references: [RFC5321_THEORY, IANA],
  },
  {
    id: 'reply-550',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '550',
    standing: 'standard',
    title: 'Mailbox unavailable or message refused',
    meaning:
      'The receiving server refused the message for good. Most often the address does not exist, but the same code is used when a policy or spam check blocks your mail. The text and the second code (such as 5.1.1 or 5.7.1) say which.',
    details:
      'RFC 5321 §4.2.3: mailbox unavailable (not found, no access, or refused for policy). In practice 550 covers unknown users (5.1.1), blocklisted IPs and reputation blocks (5.7.1), failed SPF, DKIM or DMARC (5.7.26), relay refusals (5.7.1), and on some systems full mailboxes (5.2.2). Always read the enhanced code and text before acting.',
    causes: [
      'The recipient address does not exist or has a typo',
      'Your sending IP or domain is on a blocklist or has a poor reputation',
      'SPF, DKIM or DMARC checks failed',
      'The recipient\'s policy blocks your address or the content',
    ],
    senderSteps: [
      'Check the recipient address for typos first',
      'Read the text after the code: "user unknown" means a bad address; "blocked", "spam" or "policy" means a sending problem',
      'If it looks like a block, forward the bounce to your IT contact or email provider',
    ],
    adminSteps: [
      'Use the enhanced code: 5.1.x is the address, 5.7.x is policy, reputation or authentication',
      'Check the sending IP on blocklists and the domain\'s SPF, DKIM and DMARC records',
      'Suppress addresses that return 5.1.1 so you stop sending to them',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same message to the same address is refused again; correct the address or fix the block first.',
    party: 'sender',
    reputation: 'medium',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, IANA],
  },
  {
    id: 'reply-551',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '551',
    standing: 'standard',
    title: 'Recipient has moved: try the suggested address',
    meaning:
      'The person no longer receives mail at this server, and the reply often names where to write instead. Send the message again to the new address.',
    details:
      'RFC 5321 §3.4 and §4.2.3: the server knows the recipient is not local and will not forward, often quoting the new address so the sender can update it. Some servers use 551 instead for relay refusals ("not local, relaying denied"), so read the text.',
    causes: [
      'The recipient changed address and the old server does not forward',
      'The server refuses to relay for a domain it does not host',
    ],
    senderSteps: [
      'Look in the bounce for a suggested new address and resend there',
      'Update the contact in your address book',
    ],
    adminSteps: [
      'If the text is about relaying, make sure you deliver to the recipient domain\'s MX, not a third-party server',
      'Update mailing lists with the new address when one is given',
    ],
    retry: 'after-fix',
    retryAdvice: 'Do not resend to the old address; send to the new one instead.',
    party: 'sender',
    reputation: 'none',
    reason: 'hasmoved',
    permanence: 'permanent',
    references: [RFC5321_FORWARD, RFC5321_CODES],
  },
  {
    id: 'reply-552',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '552',
    standing: 'standard',
    title: 'Mailbox full or message too large',
    meaning:
      'The message could not be stored: either the recipient\'s mailbox is full or the message is larger than the server allows. The text says which.',
    details:
      'RFC 5321 §4.2.3: storage allocation exceeded. RFC 1870 uses 552 when the message is bigger than the fixed maximum the server announced with SIZE. Enhanced codes tell the cases apart: 5.2.2 mailbox full, 5.3.4 message too big, 5.2.3 over an administrative limit. A full mailbox may clear later, although the code is permanent.',
    causes: [
      'The recipient\'s mailbox is over its quota',
      'The message is larger than the receiving server accepts',
      'An administrative limit such as too many recipients on some servers',
    ],
    senderSteps: [
      'If it says the mailbox is full, contact the person another way; they need to make space',
      'If it says the message is too big, send attachments as a link or in smaller parts',
    ],
    adminSteps: [
      'Check the SIZE value in the receiving server\'s EHLO reply and your own message size limit',
      'Treat mailbox-full bounces that repeat for weeks as an abandoned address and suppress it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend only after the recipient has made space or the message has been made smaller.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: [RFC5321_CODES, RFC1870],
  },
  {
    id: 'reply-553',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '553',
    standing: 'standard',
    title: 'Address not accepted',
    meaning:
      'The server refused an address in the message because its form is not allowed or it is not permitted there. It can be the recipient\'s address or your own sender address, so check both.',
    details:
      'RFC 5321 §4.2.3: mailbox name not allowed, for example bad syntax. Servers also use it for sender addresses they will not take (5.1.8, a sender domain missing from DNS) and for relay refusals. RFC 6531 uses 553 5.6.7 when an address has non-ASCII characters and the path does not support SMTPUTF8.',
    causes: [
      'A typo or invalid character in the recipient address',
      'Your sender address or its domain is refused (missing from DNS, not allowed to relay)',
      'An address with accented or non-Latin characters sent to a server without SMTPUTF8 support',
    ],
    senderSteps: [
      'Check the recipient address for typos, spaces or special characters',
      'Check that the From address your mail app uses matches your real account',
    ],
    adminSteps: [
      'Check that the sending domain has valid MX or A records',
      'Make sure clients authenticate before sending to outside domains',
      'For internationalised addresses, confirm both servers advertise SMTPUTF8',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same address is refused again; correct the address or the sending setup first.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [RFC5321_CODES, RFC6531],
  },
  {
    id: 'reply-554',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '554',
    standing: 'standard',
    title: 'Transaction failed, or no mail service here',
    meaning:
      'The receiving server refused the message outright. It is a catch-all refusal: most often a spam or policy decision, a blocklisted sender, or a server that will not talk to yours at all. The text after it explains which.',
    details:
      'RFC 5321 §3.1 and §4.2.3: transaction failed; as a greeting it means there is no SMTP service and the server then accepts only QUIT. In practice: blocklist refusals at connection time (554 5.7.1 with a list name), content or spam refusals after DATA, and "no valid recipients" when every RCPT was refused. Read the enhanced code and text.',
    causes: [
      'Your sending IP is on a blocklist or has a poor reputation',
      'A content or spam filter refused the message after it was sent',
      'The receiver\'s policy refuses your domain or unauthenticated mail',
      'No recipient was accepted, so the transaction failed',
    ],
    senderSteps: [
      'Read the text after 554; if it mentions spam or a block, forward the bounce to your IT contact or email provider',
      'If it mentions the recipient, check the address',
    ],
    adminSteps: [
      'Check the sending IP on blocklists and follow the delisting link in the text',
      'Verify SPF, DKIM, DMARC and reverse DNS for the sending IP and domain',
      'If the refusal came after DATA, review the content, links and attachments',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is refused again; fix the cause named in the text first.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [RFC5321_INIT, RFC5321_CODES],
  },
  {
    id: 'reply-555',
    kind: 'basic',
    authority: 'RFC 5321',
    reply: '555',
    standing: 'standard',
    title: 'Sending options not recognised',
    meaning:
      'The receiving server did not accept an extra option the sending software added to the sender or recipient, such as a size or delivery receipt request. It is a technical mismatch between the two programs.',
    details:
      'RFC 5321 §4.2.3: MAIL FROM or RCPT TO parameters not recognised or not implemented; the permanent form of 455. Happens when a client sends an ESMTP parameter (SIZE, BODY=8BITMIME, SMTPUTF8, NOTIFY, RET) the server did not list in its EHLO reply, or after a plain HELO. Some servers also use 555 5.5.2 for address syntax errors.',
    causes: [
      'The client sends an extension parameter the server did not advertise',
      'A firewall hid the EHLO capabilities, so client and server disagree',
      'Malformed address syntax, on some servers',
    ],
    senderSteps: [
      'Try sending without delivery or read receipts',
      'If an app or device sends the mail, forward the bounce to whoever set it up',
    ],
    adminSteps: [
      'Compare the MAIL and RCPT parameters with the server\'s EHLO capability list',
      'Turn off SMTP inspection on firewalls that hide ESMTP capabilities',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying with the same options fails again; change the sending setup first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC5321_CODES],
  },
  {
    id: 'reply-556',
    kind: 'basic',
    authority: 'RFC 7504',
    reply: '556',
    standing: 'standard',
    title: 'Recipient domain does not accept mail',
    meaning:
      'The domain you wrote to has published that it does not receive email at all. The address cannot work; check the domain or reach the person another way.',
    details:
      'RFC 7504 defines 556 for the case where the recipient domain is known not to accept mail, typically because it publishes a null MX (RFC 7505: a single MX record "0 ."). The enhanced code is usually 5.1.10. Your own server may generate it without connecting anywhere.',
    causes: [
      'The domain publishes a null MX because it is used only for a website or is parked',
      'A typo turned the address into a different domain without mail',
      'The organisation stopped using that domain for email',
    ],
    senderSteps: [
      'Check the domain spelling and ask the person for an address that works',
    ],
    adminSteps: [
      'Confirm with dig MX that the domain publishes a null MX ("0 .")',
      'If it is your own domain and should receive mail, replace the null MX with real MX records',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the domain refuses all mail by design.',
    party: 'sender',
    reputation: 'none',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [RFC7504, RFC7505],
  },
  {
    id: 'reply-557',
    kind: 'basic',
    authority: 'draft-moore-email-addrquery',
    reply: '557',
    standing: 'draft',
    title: 'Address query refused (draft, not standard)',
    meaning:
      'This code belongs to an experimental proposal for asking a mail server about an address, for example to find someone\'s encryption key. It is not part of normal mail delivery, so if it shows up, the text after it is what counts.',
    details:
      'draft-moore-email-addrquery, an expired individual draft from 2015, proposed SMTP and submission extensions for querying information tied to an address, such as public keys, and used 557 within that exchange. It never became a standard. Outside that feature no server should send 557; if one does, treat it as a permanent refusal and read the text.',
    causes: [
      'Software trying out the address query proposal',
      'A server using 557 for a purpose of its own',
    ],
    senderSteps: [
      'Nothing specific to do; forward the bounce to your email administrator if it keeps appearing',
    ],
    adminSteps: [
      'Check which command received 557 in the session log',
      'Turn off any experimental address query feature in the client if it is not needed',
    ],
    retry: 'no',
    retryAdvice: 'Repeating the same query gets the same answer; it does not affect ordinary delivery.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'undefined',
    permanence: 'permanent',
    references: [DRAFT_ADDRQUERY],
  },
  {
    id: 'reply-571',
    kind: 'basic',
    authority: 'Non-standard usage',
    reply: '571',
    standing: 'nonstandard',
    title: 'Delivery refused by policy (non-standard)',
    meaning:
      'The receiving system refused the message because of a rule: your address, domain or server is blocked, or it is not allowed to deliver there. It is not a typo problem; the block has to be lifted.',
    details:
      'No standard defines 571 as a reply code; some ISPs and filters send it, mirroring the enhanced code 5.7.1 (delivery not authorised). Typical texts mention a blocked IP, a blocklist or relaying not allowed. Servers vary; treat it like 550 5.7.1 and look in the text for the list or policy it names.',
    causes: [
      'The sending IP is on a blocklist the receiver uses',
      'The recipient\'s provider blocks your domain or address',
      'The receiver refused to relay the message',
    ],
    senderSteps: [
      'Forward the bounce to your IT contact or email provider; it is a server-level block',
      'Ask the recipient to allow your address while it is sorted out',
    ],
    adminSteps: [
      'Check the sending IP on blocklists and request delisting after fixing the cause',
      'Check SPF, DKIM, DMARC and reverse DNS',
      'Contact the receiving provider\'s postmaster if no list is named',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending is refused until the block is lifted; fix the cause first, then send again.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [RFC5321_THEORY, IANA],
  },
];

// The first two parts of an enhanced status code (RFC 3463 §2): the class digit (2 success, 4 temporary,
// 5 permanent) and the subject digit (what area the problem is in). The engine falls back to these when a
// code's detail number is unknown, e.g. 5.1.99 explains as "permanent failure" + "address problem".
import type { Entry, Reference } from '../schema';
import { IANA, rfc3463 } from '../shared';


export const classesAndSubjects: Entry[] = [
  // ---- Classes -------------------------------------------------------------------------------------
  {
    id: 'status-class-2',
    kind: 'enhanced-class',
    authority: 'RFC 3463',
    status: '2.X.X',
    classes: ['2'],
    title: 'Success: the delivery step worked',
    meaning:
      'A code starting with 2 reports success: the server accepted or delivered the message. If you see it in a report, it is a delivery receipt or a note about something changed on the way, not a failure. Nothing needs to be done.',
    details:
      'RFC 3463 §2 makes the first digit the class; 2 marks a positive result. Servers that announce ENHANCEDSTATUSCODES (RFC 2034) add it to 2xx replies, e.g. 250 2.0.0 after DATA or 250 2.1.5 after RCPT TO. In a DSN (RFC 3464) a 2.x.x Status goes with Action: delivered, relayed or expanded; the subject and detail digits can still note a change made for delivery, such as a conversion or a lowered priority.',
    causes: [
      'The message was accepted or delivered and a delivery notification was requested',
      'A relay reports that it passed the message on to a system that sends no further reports',
      'The server notes something it changed while delivering, such as the priority',
    ],
    senderSteps: [
      'Nothing to fix: the message went through',
      'If you expected a failure, look for another recipient in the same report with a 4 or 5 code',
    ],
    adminSteps: [
      'Read the DSN Action field (delivered, relayed, expanded) to see how far the message got',
      'If users get success receipts they did not ask for, check whether a client or gateway requests NOTIFY=SUCCESS (RFC 3461)',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the message arrived, and a second copy would be a duplicate.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [rfc3463('2'), IANA, { title: 'RFC 3464 (DSN format)', url: 'https://www.rfc-editor.org/rfc/rfc3464' }],
  },
  {
    id: 'status-class-4',
    kind: 'enhanced-class',
    authority: 'RFC 3463',
    status: '4.X.X',
    classes: ['4'],
    title: 'Temporary failure: may work if tried again',
    meaning:
      'A code starting with 4 means something temporary got in the way: the message is acceptable, but the receiving side could not take it just then. Mail servers retry such messages by themselves for up to a few days. If you got a final bounce with a 4 code, those retries have already run out.',
    details:
      'RFC 3463 §2: class 4 is a persistent transient failure: the message is valid as sent, but a condition that may clear (busy server, full mailbox, DNS trouble, rate limit, greylisting) stopped it. Usually paired with 421, 450, 451 or 452. The sending MTA keeps the message queued and retries (RFC 5321 §4.5.4.1); a DSN with Action: delayed is only a warning, while Action: failed with a 4.x.x status means the queue lifetime expired.',
    causes: [
      'The receiving server is busy, rate-limiting or greylisting the sender',
      'The recipient mailbox or the receiving server is temporarily out of space',
      'A DNS lookup or network connection failed for the moment',
      'The sending server gave up after retrying for its configured queue lifetime',
    ],
    senderSteps: [
      'If it is a delay warning, wait: your mail server keeps trying without you',
      'If it is a final bounce, send the message again later, or contact the recipient another way',
      'Look at the middle digit of the code to see what kind of problem it was',
    ],
    adminSteps: [
      'Look up the queue ID in the sending MTA log to see every attempt and the remote reply',
      'If one destination defers for hours, check rate limits, greylisting and blocklist listings of the sending IP',
      'If messages give up too early, check the queue lifetime (Postfix maximal_queue_lifetime, default 5 days)',
    ],
    retry: 'later',
    retryAdvice:
      'Yes, after a while. The sending server retries on its own; after a final 4.x.x bounce, wait an hour or more before sending again.',
    party: 'sender',
    reputation: 'low',
    reason: 'undefined',
    permanence: 'transient',
    references: [
      rfc3463('2'),
      IANA,
      { title: 'RFC 5321 §4.5.4.1 (retry strategy)', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.4.1' },
    ],
  },
  {
    id: 'status-class-5',
    kind: 'enhanced-class',
    authority: 'RFC 3463',
    status: '5.X.X',
    classes: ['5'],
    title: 'Permanent failure: sending it unchanged will fail again',
    meaning:
      'A code starting with 5 means the receiving side refused the message for good. Sending the same message to the same address again will fail the same way; something has to change first, such as the address, the message, or a setting on one of the two mail systems.',
    details:
      'RFC 3463 §2: class 5 is a permanent failure that a resend in the same form will not fix. Normally paired with 550, 551, 552, 553 or 554. The sending MTA does not retry and returns a DSN with Action: failed at once. The middle (subject) digit says where to look: 1 address, 2 mailbox, 3 receiving system, 4 routing, 5 protocol, 6 content or format, 7 security or policy.',
    causes: [
      'The recipient address does not exist or is mistyped',
      "The receiving server's policy refused the sender, the sending IP or the content",
      'The message is larger than the recipient accepts',
      'A DNS or authentication setting of the sending domain is wrong',
    ],
    senderSteps: [
      'Do not simply send again: check the address for typos first',
      'Read the text after the code; it usually names the reason',
      'If the text mentions policy, spam or authentication, forward the bounce to whoever runs your email',
    ],
    adminSteps: [
      "Find the remote server's exact reply in the bounce or the MTA log and look up its subject and detail digits",
      'For 5.7.x refusals, check SPF, DKIM and DMARC for the domain and blocklist status of the sending IP',
      'Suppress addresses that bounce with 5.1.x in mailing lists so they are not tried again',
    ],
    retry: 'after-fix',
    retryAdvice: 'Only after changing what the bounce points to: the address, the message, or a setting.',
    party: 'sender',
    reputation: 'medium',
    reason: 'undefined',
    permanence: 'permanent',
    references: [rfc3463('2'), IANA],
  },

  // ---- Subjects ------------------------------------------------------------------------------------
  {
    id: 'status-subject-X.0',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.0.X',
    classes: ['4', '5'],
    title: 'Other or unspecified problem',
    meaning:
      'A middle digit of 0 means the server did not say what kind of problem this was. Only the first digit (4 temporary, 5 permanent) tells you something; the words after the code are the best clue.',
    details:
      'RFC 3463 §3.1: subject 0 carries no category. Servers fall back to it when their software has no finer mapping, so 4.0.0 and 5.0.0 cover anything from unknown users to spam refusals, and Exim writes Status: 5.0.0 into its DSNs by default. Classify by the reply text and the basic reply code instead.',
    causes: [
      'The server software has no specific code for this situation',
      'A gateway or bounce generator replaced the original, more specific code',
      'Any common problem (unknown user, full mailbox, spam filter) reported without detail',
    ],
    senderSteps: [
      'Read the text next to the code; it usually says what happened',
      'If the text is unclear, forward the whole bounce to your email administrator',
    ],
    adminSteps: [
      "Find the remote server's original reply in the Diagnostic-Code field or the MTA log; it often has a finer code",
      'Judge by the basic reply code (421, 450, 550, 554) and the wording when the enhanced code ends in .0.0',
    ],
    retry: 'after-fix',
    retryAdvice: 'Depends on the first digit and the text; an unchanged resend of a 5.0.x usually fails again.',
    party: 'sender',
    reputation: 'low',
    reason: 'undefined',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.0.x is temporary: the sending server retries by itself.' },
      '5': { retryAdvice: 'A 5.0.x is final: find out from the text what to change before sending again.' },
    },
    references: [rfc3463('3.1'), IANA],
  },
  {
    id: 'status-subject-X.1',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.1.X',
    classes: ['4', '5'],
    title: 'Address problem',
    meaning:
      "A middle digit of 1 means the trouble is with an email address: usually the recipient's, sometimes your own sender address. Typos, closed accounts and domains that do not exist fall here, and the sender can often fix them.",
    details:
      'RFC 3463 §3.2: subject 1 reports on the originator or recipient address: its syntax, whether the mailbox exists, whether its domain can take mail. Most often 550 5.1.1 (unknown user) at RCPT TO; 5.1.7 and 5.1.8 point at the envelope sender (MAIL FROM) instead, so check which address the reply names.',
    causes: [
      'Mistyped or closed recipient address',
      'Recipient domain misspelled or without mail servers',
      'Sender address malformed, or its domain does not resolve',
    ],
    senderSteps: [
      'Check the recipient address letter by letter, both before and after the @',
      'Confirm the current address with the recipient another way',
    ],
    adminSteps: [
      'See whether the refusal came at MAIL FROM (sender) or RCPT TO (recipient) in the transcript or log',
      'Check MX and A records of the domain involved with dig',
    ],
    retry: 'after-fix',
    retryAdvice: 'Only after correcting the address; the same address fails the same way.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.1.x is temporary, often a lookup that could not finish; automatic retries may succeed.' },
      '5': { retryAdvice: 'A 5.1.x is final for this address: fix or replace it before sending again.' },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-subject-X.2',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.2.X',
    classes: ['4', '5'],
    title: 'Recipient mailbox problem',
    meaning:
      "A middle digit of 2 means the address exists, but something about that person's mailbox stopped delivery: it is full, disabled, or cannot take a message this big. These are usually for the recipient to sort out.",
    details:
      "RFC 3463 §3.3: subject 2 is about the recipient's mailbox, which the recipient controls. Typical: 452 4.2.2 or 552 5.2.2 (over quota), 550 5.2.1 (disabled), 552 5.2.3 (too big for this mailbox). Some providers stretch it: Gmail's 4.2.1 is a rate limit, and some old Sendmail-style servers send 5.2.1 for unknown users, so read the text.",
    causes: [
      'The mailbox is full',
      'The mailbox is disabled or suspended',
      'The message is larger than the mailbox allows',
    ],
    senderSteps: [
      'Tell the recipient another way that their mailbox refused your message',
      'If the text mentions size, send a smaller message or a link instead of attachments',
    ],
    adminSteps: [
      'Read the detail digit and the text to tell quota, disabled account and size limit apart',
      'Suppress addresses that keep bouncing with 5.2.x for weeks: the account is probably abandoned',
    ],
    retry: 'after-fix',
    retryAdvice: 'Once the recipient has fixed the mailbox (freed space, reactivated it); otherwise it bounces again.',
    party: 'recipient',
    reputation: 'none',
    reason: 'filtered',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.2.x is temporary: automatic retries go through once the mailbox condition clears.' },
      '5': { retryAdvice: 'A 5.2.x is final for this message: resend only after the recipient confirms the mailbox works.' },
    },
    references: [rfc3463('3.3'), IANA],
  },
  {
    id: 'status-subject-X.3',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.3.X',
    classes: ['4', '5'],
    title: 'Receiving mail system problem',
    meaning:
      'A middle digit of 3 means the receiving mail system as a whole had a problem: out of storage, down for maintenance, misconfigured, or unable to take a message this large. It is not about your address.',
    details:
      'RFC 3463 §3.4: subject 3 covers the destination host, controlled by whoever runs it. Typical: 452 4.3.1 (out of storage), 421 4.3.2 (not accepting now), 552 5.3.4 (system size limit), 451 4.3.0 or 4.3.5 (internal or configuration error). Most are temporary and clear on retry; 5.3.4 needs a smaller message.',
    causes: [
      'The receiving server is overloaded, full or in maintenance',
      'A configuration or software fault at the receiving server',
      'The message exceeds the system-wide size limit',
    ],
    senderSteps: [
      'If the text mentions size, make the message smaller; otherwise try again later',
      'If it keeps failing, tell the recipient their mail system is returning errors',
    ],
    adminSteps: [
      'Check the exact reply and whether every MX host of the domain answers the same way',
      "If the receiving server is yours, look in its MTA log for the error at that time",
    ],
    retry: 'later',
    retryAdvice: 'Usually yes, later: most system conditions clear; size limits (5.3.4) need a smaller message.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    byClass: {
      '4': { retryAdvice: 'A 4.3.x is temporary: the sending server retries by itself.' },
      '5': { retry: 'after-fix', retryAdvice: 'A 5.3.x is final: resend after the receiver fixes the fault or after shrinking the message.' },
    },
    references: [rfc3463('3.4'), IANA],
  },
  {
    id: 'status-subject-X.4',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.4.X',
    classes: ['4', '5'],
    title: 'Network or routing problem',
    meaning:
      'A middle digit of 4 means the message could not travel to the receiving server: it did not answer, the connection dropped, a DNS lookup failed, or the message went round in a loop. Most of these are temporary and retried automatically.',
    details:
      'RFC 3463 §3.5: subject 4 covers the path between servers, mainly DNS (MX and A lookups) and TCP connections. It is usually written by the sending MTA itself rather than sent by the destination. Common: 4.4.1 (no answer), 4.4.2 (connection lost), 4.4.3 (DNS failure), 5.4.4 (no route), 5.4.6 (loop), 4.4.7 or 5.4.7 (gave up after retrying).',
    causes: [
      'The receiving server is down or unreachable',
      'DNS for the recipient domain is missing or failing',
      'A network problem or firewall between the servers',
      'A forwarding or routing loop',
    ],
    senderSteps: [
      'Check the domain after the @ for typos',
      'If the bounce came after days of retries, tell the recipient their mail server is unreachable',
    ],
    adminSteps: [
      'Check the MX records and whether port 25 on each MX host answers from your server',
      'Read the MTA log for the connection or DNS error behind each attempt',
    ],
    retry: 'later',
    retryAdvice: 'Usually yes, later: network problems tend to clear; a missing domain (5.4.4) needs a corrected address.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'permanent',
    byClass: {
      '4': { retryAdvice: 'A 4.4.x is temporary: the sending server retries by itself.' },
      '5': { retry: 'after-fix', retryAdvice: 'A 5.4.x is final: resend only after the address or the routing problem is fixed.' },
    },
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-subject-X.5',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.5.X',
    classes: ['4', '5'],
    title: 'Mail protocol problem',
    meaning:
      'A middle digit of 5 means the two mail servers did not understand each other: a command was out of order or malformed, had bad arguments, or too many recipients were sent at once. It is about the software, not about you or the recipient.',
    details:
      'RFC 3463 §3.6: subject 5 reports errors in the SMTP dialogue: unknown or out-of-order commands (5.5.1, 5.5.2), too many recipients (4.5.3, 5.5.3), bad parameters (5.5.4), wrong protocol version (5.5.5), over-long AUTH lines (5.5.6). Paired with 500 to 504 or 452. Usually a bug or limit in the sending software, or a firewall that rewrites SMTP.',
    causes: [
      'A bug or unusual setting in the sending software or device',
      'Too many recipients in one message',
      'A firewall or proxy interfering with the SMTP session',
    ],
    senderSteps: [
      'If you wrote to many people at once, split the recipients into smaller groups',
      'Forward the bounce to your email administrator',
    ],
    adminSteps: [
      'Capture the SMTP transcript and find the command the server refused',
      'Check firewalls or SMTP inspection features that alter commands, and update the sending software',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the software or the recipient count is fixed; the same session will fail the same way.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.5.x is temporary, e.g. too many recipients for now: the server sends the rest later.' },
      '5': { retryAdvice: 'A 5.5.x is final: fix the sending software or split the recipients first.' },
    },
    references: [rfc3463('3.6'), IANA],
  },
  {
    id: 'status-subject-X.6',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.6.X',
    classes: ['4', '5'],
    title: 'Message content or format problem',
    meaning:
      "A middle digit of 6 means something in the message's technical format got in the way: an attachment type or encoding the path cannot carry, a conversion that failed, or accented and non-Latin characters in an address. Your wording is not being judged here; the packaging is.",
    details:
      'RFC 3463 §3.7: subject 6 reports media and conversion failures: unsupported MIME types and conversions that are forbidden, impossible or lossy (6.1 to 6.5), BURL content that could not be fetched (6.6, RFC 4468), and internationalized address and header problems (6.7 to 6.10, RFC 6531). Some providers also put malformed-MIME refusals here.',
    causes: [
      'An attachment type or encoding the receiving path does not support',
      'Non-ASCII characters in an address sent to a server without SMTPUTF8',
      'Malformed MIME structure produced by the sending software',
    ],
    senderSteps: [
      'Send again without the unusual attachment, or as a common format such as PDF',
      'Use a plain ASCII address for the recipient if they have one',
    ],
    adminSteps: [
      'Check the MIME structure of the returned message for malformed parts or encodings',
      'Check whether the sending MTA and relays support 8BITMIME and SMTPUTF8 end to end',
    ],
    retry: 'after-fix',
    retryAdvice: 'After changing the attachment, encoding or address format; the same message fails again.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.6.x is temporary, e.g. a conversion service was unavailable; automatic retries may work.' },
      '5': { retryAdvice: 'A 5.6.x is final: change the format of the message or address before sending again.' },
    },
    references: [rfc3463('3.7'), IANA],
  },
  {
    id: 'status-subject-X.7',
    kind: 'enhanced-subject',
    authority: 'RFC 3463',
    status: 'X.7.X',
    classes: ['4', '5'],
    title: 'Security or policy refusal',
    meaning:
      "A middle digit of 7 means a rule refused the message: the receiver's spam or sender policy, a failed sender check (SPF, DKIM, DMARC: the DNS-based proofs that mail really comes from your domain), a blocklisted server, or a login problem. Mail that looks like spam mostly bounces here.",
    details:
      'RFC 3463 §3.8: subject 7 covers per-host and per-recipient policy and cryptographic checks. Providers file most of their refusals here: 5.7.1 (not allowed), 5.7.26 (authentication failed), 5.7.23 (SPF fail), 5.7.8 (bad SMTP login), 4.7.0 or 4.7.28 (rate or reputation deferrals). One code can mean many things at one provider; the reply text and the provider decide.',
    causes: [
      "The sending domain's SPF, DKIM or DMARC setup fails the receiver's checks",
      'The sending IP or domain is on a blocklist or has a poor reputation',
      "The recipient's organisation only accepts mail from approved senders",
      'Wrong SMTP login details when sending through your own server',
    ],
    senderSteps: [
      'Forward the bounce to whoever runs your email; the fix is usually in DNS or server settings',
      'Avoid sending the same message again and again: it can make the block worse',
    ],
    adminSteps: [
      'Check SPF, DKIM and DMARC records of the From domain and the Authentication-Results header of a test message',
      'Check the sending IP on the blocklist named in the reply and request delisting after fixing the cause',
    ],
    retry: 'after-fix',
    retryAdvice: 'Only after the policy or authentication problem is fixed; repeated tries can lengthen a block.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '4': { retry: 'later', retryAdvice: 'A 4.7.x is a deferral (rate or reputation): the server retries, and slowing down helps.' },
      '5': { retryAdvice: 'A 5.7.x is a refusal: fix what the text names before sending again.' },
    },
    references: [rfc3463('3.8'), IANA],
  },
];

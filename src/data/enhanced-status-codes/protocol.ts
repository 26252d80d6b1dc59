// X.5.* — mail delivery protocol: the SMTP conversation itself went wrong (command order, syntax,
// arguments, recipient count, AUTH exchange). Almost always a software or configuration matter on the
// sending side, rarely anything the person who wrote the message did.
import type { Entry, Reference } from '../schema';
import { IANA } from '../shared';

const RFC3463_PROTOCOL: Reference = {
  title: 'RFC 3463 §3.6 (mail delivery protocol status)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.6',
};
const RFC5321_ORDER: Reference = {
  title: 'RFC 5321 §4.1.4 (order of commands)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4',
};
const GMAIL_ERRORS: Reference = {
  title: 'Google: Gmail SMTP errors and codes',
  url: 'https://support.google.com/a/answer/3726730',
};

export const protocol: Entry[] = [
  {
    id: 'status-X.5.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.0',
    classes: ['2', '4', '5'],
    title: 'Protocol problem with no specific detail',
    meaning:
      'The two mail servers stumbled over the technical conversation they use to hand a message over, and the receiving server gave no precise reason. It is usually a fault in the sending software or a server setting, not in what you wrote.',
    details:
      'RFC 3463 §3.6 catch-all for the protocol subject: something in the SMTP dialogue failed and no narrower X.5 detail fits. Servers attach it to many reply codes, e.g. 554 5.5.0 when no valid recipient is left, or Gmail\'s 451 4.5.0 for an SMTP protocol violation. Outlook.com also sends 550 5.5.0 "mailbox unavailable" for unknown addresses, so read the text after the code.',
    causes: [
      'Sending software (a script, device or plugin) that does not follow the SMTP rules',
      'Every recipient was refused, so the server had nothing to deliver when the message was sent',
      'Some servers use this code loosely; the text after it (e.g. "mailbox unavailable") names the real problem',
      'A firewall or "SMTP inspection" appliance that alters the conversation between the servers',
    ],
    senderSteps: [
      'Read the text after the code: if it says the mailbox is unavailable or unknown, check the address for typos',
      'If a scanner, app or website form sent the message, forward this bounce to whoever set it up',
    ],
    adminSteps: [
      'Find the command this reply answered in the mail server log, or reproduce the session with a tool such as swaks',
      'Turn off SMTP inspection or fixup features on firewalls between your server and the internet',
      'Update or reconfigure the sending library or device so it follows EHLO, MAIL FROM, RCPT TO, DATA in order',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending the same way again usually fails the same way. Try again once the reply text has been read and the sending setup corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Protocol step accepted',
        meaning:
          'This is a success notice, not an error: the receiving server accepted a step of the handover and added no further detail. Nothing needs to be done.',
        details:
          'With class 2, X.5.0 only labels an ordinary positive SMTP reply (for example 250 2.5.0 after a command was accepted). It does not report a failure.',
        causes: ['The server acknowledged a command or the message in the usual way'],
        senderSteps: ['Nothing to do; if you also received a failure notice, look at that one instead'],
        adminSteps: ['No change needed; keep the log line if you are tracing this delivery'],
        retry: 'no',
        retryAdvice: 'Nothing failed, so there is nothing to send again.',
        party: 'sender',
        reason: 'delivered',
      },
      '4': {
        meaning:
          'The receiving server hit a temporary snag in the technical conversation between the servers. Your mail server normally keeps trying by itself for a while.',
        causes: [
          'A short-lived fault or overload on the receiving server',
          'A connection that was cut or disturbed in the middle of the handover',
          'The receiving server temporarily refusing a command it considers out of order',
        ],
        senderSteps: [
          'Wait: your mail server retries on its own, often for up to a few days',
          'If a final failure notice follows, forward both notices to your IT contact',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries automatically. If the message is still not delivered after a day, have the admin look at the connection to that server.',
        reason: 'networkerror',
      },
    },
    references: [RFC3463_PROTOCOL, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.5.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.1',
    classes: ['5'],
    title: 'Command not allowed at this point',
    meaning:
      'The sending server gave the receiving server an instruction it does not support, or gave it in the wrong order. This is a fault in the sending software or its settings, not in your message.',
    details:
      'RFC 3463 §3.6: an SMTP command arrived out of sequence or is not implemented. Typical cases are RCPT before MAIL, DATA with no accepted recipient, or any command before EHLO. Gmail answers 503 5.5.1 for a bad sequence and 502 5.5.1 for commands it does not implement. Seen mostly with home-made scripts, old devices, and pipelining clients that ignore an earlier refusal.',
    causes: [
      'A script, printer or app that sends SMTP commands in the wrong order',
      'An earlier command was refused (e.g. every recipient) and the client carried on regardless',
      'A command the receiving server does not implement',
      'A proxy or firewall that drops or rewrites part of the conversation',
    ],
    senderSteps: [
      'If you used a normal mail app or webmail, send again; if it persists, report it to your IT contact',
      'If a device or script sent the message, forward this bounce to whoever maintains it',
    ],
    adminSteps: [
      'Look up the command just before this reply in the SMTP log and fix the order in the client: EHLO, MAIL FROM, RCPT TO, DATA',
      'Make the client stop when a RCPT or MAIL command is refused instead of sending DATA anyway',
      'Update the device firmware or mail library, or move it to a maintained SMTP library',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending through the same software fails the same way. Try again after the client has been corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC3463_PROTOCOL, RFC5321_ORDER, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.5.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.2',
    classes: ['5'],
    title: 'Command not understood',
    meaning:
      'The receiving server could not make sense of an instruction from the sending server, either because it was badly written or because the server does not know it. Often an address written in an unusual way is behind it.',
    details:
      'RFC 3463 §3.6: the command could not be parsed or is unknown. Gmail sends 555 5.5.2 for malformed syntax and 501 5.5.2 when it cannot decode the base64 reply in an AUTH exchange; Proofpoint uses 550 5.5.2 for a sender address that is not fully qualified. Usual triggers: MAIL FROM/RCPT TO without angle brackets, spaces inside an address, bare LF line ends, or non-ASCII text sent to a server without SMTPUTF8.',
    causes: [
      'An address written in a form the server refuses, e.g. with a space, a missing domain or no angle brackets',
      'A command the receiving server does not recognise',
      'Lines ending in a bare line feed instead of carriage return plus line feed',
      'A broken login exchange whose data the server cannot decode',
    ],
    senderSteps: [
      'Check the recipient address and your own address for typos, spaces or unusual characters, then send again',
      'If a device, script or website sent the message, forward this bounce to whoever set it up',
    ],
    adminSteps: [
      'Find the rejected command in the SMTP log and correct its syntax, e.g. MAIL FROM:<user@example.com>',
      'Make sure the client ends every line with CRLF and uses a fully qualified sender address',
      'Replace hand-written SMTP code with a maintained library',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same command will be refused again. Retry once the address or the sending software has been corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [RFC3463_PROTOCOL, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.5.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.3',
    classes: ['4', '5'],
    title: 'Too many recipients in one message',
    meaning:
      'The message was addressed to more people than the receiving server accepts at once. With a temporary code the sending server usually delivers the rest in later batches by itself.',
    details:
      'RFC 3463 §3.6: more RCPT commands than the server will take in one transaction. RFC 5321 expects a server to take at least 100 recipients and to answer 452 for the excess, which the client should resend in a new transaction. Gmail sends 452 4.5.3 for too many recipients and 550 5.5.3 for a per-sender limit; Exchange Online uses 4.5.3 for more than 200 envelope recipients at one domain in a single message.',
    causes: [
      'A very long To, Cc or Bcc list sent as one message',
      'A per-message recipient limit set by the receiving organisation',
      'A sending program that does not split large recipient lists into batches',
    ],
    senderSteps: [
      'Wait for the final result: most mail servers deliver the remaining recipients on their own',
      'For large mailings, split the list into smaller groups or use a mailing list or newsletter tool',
    ],
    adminSteps: [
      'Make sure your server or app resends refused recipients in a new transaction instead of giving up',
      'Lower the number of recipients per message in the sending software (a few dozen is safe everywhere)',
    ],
    retry: 'later',
    retryAdvice: 'Your server normally retries the refused recipients in a separate batch. If some still fail, send to them in a smaller group.',
    party: 'sender',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    byClass: {
      '5': {
        meaning:
          'The receiving server refused the message because it was addressed to more people than it accepts, and it will not take the extra recipients later. Those people did not get the message.',
        senderSteps: [
          'Check which recipients this bounce lists and send them the message again in smaller groups',
          'For regular large mailings, use a mailing list or newsletter tool instead of one message',
        ],
        retry: 'after-fix',
        retryAdvice: 'Send again to the listed recipients only, split into smaller groups.',
      },
    },
    references: [
      RFC3463_PROTOCOL,
      { title: 'RFC 5321 §4.5.3.1.10 (too many recipients code)', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10' },
      IANA,
    ],
  },
  {
    id: 'status-X.5.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.4',
    classes: ['5'],
    title: 'Command has invalid arguments',
    meaning:
      'The sending server used a valid instruction but filled it with something the receiving server cannot accept, such as an unknown option or a malformed name. It is a technical setup problem on the sending side.',
    details:
      'RFC 3463 §3.6: a known command carried an argument that is out of range or names an unknown feature. Gmail answers 501 5.5.4 for an invalid or empty HELO/EHLO argument. Other frequent cases: a MAIL FROM parameter (SIZE=, BODY=, SMTPUTF8) the server did not advertise, or an AUTH mechanism name the server does not offer.',
    causes: [
      'The sending server introduces itself (HELO/EHLO) with an empty or invalid host name',
      'A MAIL FROM or RCPT TO parameter that the receiving server did not advertise',
      'An unsupported option passed by a script or device',
    ],
    senderSteps: [
      'If a device, app or script sent the message, forward this bounce to whoever maintains it',
      'If it came from your normal mail account, report it to your email provider or IT contact',
    ],
    adminSteps: [
      'Set the HELO/EHLO name to the fully qualified host name of the sending server, matching its PTR record',
      'Only send ESMTP parameters (SIZE, BODY, SMTPUTF8) that the receiving server lists in its EHLO reply',
      'Check the SMTP log for the exact command refused and fix the argument',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same command will be refused again. Retry after the sending configuration has been corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: [RFC3463_PROTOCOL, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.5.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.5.5',
    classes: ['5'],
    title: 'Protocol version mismatch',
    meaning:
      'The two mail servers could not agree on which version of the mail protocol to use, so the handover never happened. It is rare and points to very old or unusual software on one side.',
    details:
      'RFC 3463 §3.6: the two ends could not settle on a protocol version between them. Hardly seen with modern SMTP servers; when it appears it usually involves a gateway to another mail system, a legacy device, or a client that insists on an extension the server lacks.',
    causes: [
      'Very old or non-standard mail software on one side',
      'A gateway between SMTP and another mail system that cannot translate',
      'A client that requires a protocol feature the server does not offer',
    ],
    senderSteps: [
      'Forward this bounce to your IT contact or email provider; there is nothing to change in the message',
      'If it is urgent, reach the recipient another way and ask them to tell their IT team',
    ],
    adminSteps: [
      'Identify which server produced the error (see the Reporting-MTA or Remote-MTA line) and its software version',
      'Update the legacy gateway or device, or route mail through a standard SMTP relay',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retrying changes nothing until one side is updated or the mail is routed differently.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: [RFC3463_PROTOCOL, IANA],
  },
  {
    id: 'status-X.5.6',
    kind: 'enhanced',
    authority: 'RFC 4954',
    status: 'X.5.6',
    classes: ['4', '5'],
    title: 'Login data too long for the server',
    meaning:
      'While signing in to send mail, the mail app sent a login reply longer than the server can take. This concerns logging in to a mail server, not the message itself.',
    details:
      'RFC 4954 (SMTP AUTH), §4 and §6: the server failed the AUTH command because the client\'s base64 response exceeded the buffer of the chosen SASL mechanism; the usual reply is 500 5.5.6. Large OAuth tokens (XOAUTH2/OAUTHBEARER) or an app that puts extra data in the response are typical triggers.',
    causes: [
      'A very long sign-in token (e.g. OAuth) sent to a server with a small buffer',
      'A mail app or library that builds the login response incorrectly',
      'A login method the server supports only with short responses',
    ],
    senderSteps: [
      'Update your mail app, remove the account and add it again so that it signs in afresh',
      'If it continues, tell your email provider or IT contact the exact error',
    ],
    adminSteps: [
      'Check which AUTH mechanism the client uses and try another one the server advertises',
      'Raise the server\'s AUTH line limit if it is configurable, or update the client library',
    ],
    retry: 'after-fix',
    retryAdvice: 'Signing in the same way fails again. Retry after updating the app or changing the login method.',
    party: 'sender',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    byClass: {
      '4': {
        retry: 'later',
        retryAdvice: 'The server treated it as temporary; try again later, and if it keeps happening, update the app or change the login method.',
      },
    },
    references: [{ title: 'RFC 4954 §6 (status codes)', url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6' }, IANA],
  },
];

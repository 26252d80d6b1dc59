// X.6.* — message content or media: the message itself (its format, encoding, character set, or a
// conversion it needed on the way) stopped delivery.
import type { Entry, Reference } from '../schema';
import { IANA } from '../shared';

const RFC3463_CONTENT: Reference = {
  title: 'RFC 3463 §3.7 (message content or media status)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.7',
};
const RFC6531: Reference = {
  title: 'RFC 6531: SMTP extension for internationalized email (SMTPUTF8)',
  url: 'https://www.rfc-editor.org/rfc/rfc6531',
};
const RFC6152: Reference = {
  title: 'RFC 6152: 8BITMIME transport',
  url: 'https://www.rfc-editor.org/rfc/rfc6152',
};

export const content: Entry[] = [
  {
    id: 'status-X.6.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.0',
    classes: ['4', '5'],
    title: 'Problem with the message content',
    meaning:
      'Something about how the message is built (its format, encoding or attachments) stopped the receiving server from taking it, and it did not say exactly what. The people and addresses are fine; the message itself is the issue.',
    details:
      'RFC 3463 §3.7 catch-all for content and media problems. Gmail uses 554 5.6.0 when it refuses a malformed message. In practice: broken MIME structure (missing boundary), malformed or duplicated headers, bare LF line ends, invalid characters, or an attachment the content filter could not parse.',
    causes: [
      'A message produced by a script or app with a broken MIME structure or headers',
      'An attachment or embedded item the receiving filter could not read',
      'Invalid characters or line endings in the message body or headers',
    ],
    senderSteps: [
      'Send the message again from a regular mail app, with a short plain text and attachments removed or zipped',
      'If a website, CRM or script generated it, forward this bounce to whoever runs that tool',
    ],
    adminSteps: [
      'Get the raw message from the sent items or the queue and check the MIME structure and headers with a validator',
      'Make the generating software use CRLF line ends and a standard MIME library',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same message will be refused again. Send it after changing the content or the tool that built it.',
    party: 'sender',
    reputation: 'low',
    reason: 'contenterror',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The receiving server had a temporary problem processing the content of the message, for instance a scanning step that could not finish. Your mail server normally tries again by itself.',
        causes: [
          'A content or virus scanner on the receiving side that timed out or was unavailable',
          'A large or complex attachment that took too long to process',
        ],
        senderSteps: [
          'Wait: your mail server retries automatically',
          'If a final failure notice follows, send the message again with smaller or fewer attachments',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries automatically. If it still fails after a day, change the attachments and send again.',
      },
    },
    references: [RFC3463_CONTENT, IANA, { title: 'Google: Gmail SMTP errors and codes', url: 'https://support.google.com/a/answer/3726730' }],
  },
  {
    id: 'status-X.6.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.1',
    classes: ['5'],
    title: 'Message format not supported on the path',
    meaning:
      'The message uses a format or type of content that the receiving server, or a server on the way, cannot carry. Sending it in a more common format usually solves it.',
    details:
      'RFC 3463 §3.7: the media of the message is not supported by the delivery protocol or the next hop. Seen with gateways to fax, SMS or legacy mail systems, and with servers that refuse certain MIME types (e.g. message/partial) or 8-bit/binary content they did not advertise.',
    causes: [
      'A content type the next system cannot handle, e.g. a split (message/partial) or binary message',
      'Mail sent to a gateway (fax, SMS, legacy system) that accepts only plain text',
      '8-bit or binary content sent to a server that did not offer 8BITMIME or BINARYMIME',
    ],
    senderSteps: [
      'Send the message again as plain text or ordinary HTML with common attachment types such as PDF',
      'If the recipient address is a fax or SMS gateway, check which formats it accepts',
    ],
    adminSteps: [
      'Check which MIME type or body type the next hop refused in the log',
      'Make the sending server convert 8-bit content to 7-bit (quoted-printable or base64) when the next hop lacks 8BITMIME',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content fails again. Send it in a simpler format.',
    party: 'sender',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [RFC3463_CONTENT, IANA],
  },
  {
    id: 'status-X.6.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.2',
    classes: ['5'],
    title: 'Conversion needed but not allowed',
    meaning:
      'To deliver the message, a server on the way would have had to convert its content into another format, but either the message or the sending server forbade that. So it was returned instead.',
    details:
      'RFC 3463 §3.7: the content must be converted for the next hop, and conversion is forbidden, either by the message itself (a header that prohibits it, or signed content that must stay byte-for-byte intact) or by the sending host\'s policy. Typical with 8-bit content heading to a 7-bit-only hop.',
    causes: [
      'The message carries an instruction or signature that forbids any change to its content',
      'A sending server policy that disallows converting 8-bit content to 7-bit',
      'A receiving system that needs a different format than the one sent',
    ],
    senderSteps: [
      'Send the message again without a digital signature or encryption, or as plain text',
      'Ask your IT contact whether your mail system blocks content conversion',
    ],
    adminSteps: [
      'Allow the sending server to downgrade 8-bit content (quoted-printable or base64) for hops without 8BITMIME',
      'Have the sending app encode content as 7-bit safe from the start',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged fails again. Send it in a form that does not need conversion, or allow conversion.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [RFC3463_CONTENT, IANA, RFC6152],
  },
  {
    id: 'status-X.6.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.3',
    classes: ['5'],
    title: 'Conversion needed but not possible',
    meaning:
      'A server on the way needed to convert the message into a format the next server accepts, and it was not able to. The message was returned undelivered.',
    details:
      'RFC 3463 §3.7: conversion was required but the relay cannot perform it, typically an ESMTP gateway that accepts 8-bit or binary mail but cannot downgrade it to 7-bit for a next hop without 8BITMIME. Replies such as 554 5.6.3 "conversion required but not supported" are the usual form.',
    causes: [
      'Binary or 8-bit content sent to a relay that cannot turn it into 7-bit for the next hop',
      'A gateway to another mail system that cannot translate the content type',
    ],
    senderSteps: [
      'Send the message again with attachments in a common format, or as plain text',
      'If it keeps failing, forward this bounce to your IT contact',
    ],
    adminSteps: [
      'Configure the sending server or app to encode bodies as quoted-printable or base64 instead of raw 8-bit or binary',
      'Check which relay produced the error (Reporting-MTA) and whether it can be bypassed or updated',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content fails again. Change the encoding or the format first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [RFC3463_CONTENT, IANA, RFC6152],
  },
  {
    id: 'status-X.6.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.4',
    classes: ['2', '5'],
    title: 'Delivered, but converted with some loss',
    meaning:
      'The message was delivered, but a server on the way had to convert it and some part did not survive intact, such as formatting or a special character. This notice is a warning, not a failure.',
    details:
      'RFC 3463 §3.7: with class 2 the delivery succeeded but required a lossy conversion, for example a MIME header downgrade (250 2.6.4). With class 5 the sender had asked that lossy conversion not be done, so the message was refused instead.',
    causes: [
      'A relay or gateway converted the message to a format that cannot represent everything in it',
      'Characters or parts that the receiving system cannot store were dropped or replaced',
    ],
    senderSteps: [
      'Ask the recipient whether the message and attachments arrived readable',
      'If something is missing, send it again as plain text or as a PDF attachment',
    ],
    adminSteps: [
      'Check which hop did the conversion (Reporting-MTA) if recipients report damaged messages',
      'Send content 7-bit safe (quoted-printable or base64) so that no conversion is needed',
    ],
    retry: 'no',
    retryAdvice: 'The message was delivered, so there is nothing to send again unless the recipient reports missing content.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    byClass: {
      '5': {
        title: 'Lossy conversion needed but refused',
        meaning:
          'Delivering the message would have meant converting it in a way that loses some content, and the message asked that this not happen. So it was returned undelivered.',
        causes: [
          'The message or sending server prohibits conversions that lose data',
          'The next system cannot represent some part of the message',
        ],
        senderSteps: [
          'Send the message again as plain text, or put the content in a PDF attachment',
          'Remove special characters or unusual attachment types and try again',
        ],
        retry: 'after-fix',
        retryAdvice: 'Resending unchanged fails again. Simplify the content or allow conversion first.',
        reason: 'contenterror',
      },
    },
    references: [RFC3463_CONTENT, IANA],
  },
  {
    id: 'status-X.6.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.6.5',
    classes: ['4', '5'],
    title: 'Content conversion failed',
    meaning:
      'A server on the way tried to convert the message into a format the next server accepts, and the attempt failed. The message could not be delivered in that form.',
    details:
      'RFC 3463 §3.7: a required conversion was attempted and did not succeed; the code works for both permanent and persistent temporary outcomes. Common with gateways (fax, SMS, legacy systems) and with 8-bit to 7-bit downgrades of malformed content.',
    causes: [
      'Malformed content that the converter could not process',
      'A gateway whose conversion service failed or is not configured for this content',
      'An attachment type the converter does not support',
    ],
    senderSteps: [
      'Send the message again as plain text or with attachments in a common format such as PDF',
      'If it keeps failing, forward this bounce to your IT contact',
    ],
    adminSteps: [
      'Find the hop that failed (Reporting-MTA) and the content type involved in its log',
      'Send content 7-bit safe from the start so that relays do not need to convert it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content fails again. Change the format first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'A server on the way could not convert the message into the format the next server needs, and it treats this as temporary. Your mail server usually retries by itself.',
        senderSteps: [
          'Wait for the automatic retries of your mail server',
          'If a final failure notice follows, send the message again as plain text or with PDF attachments',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries automatically; if it still fails, change the format and send again.',
      },
    },
    references: [RFC3463_CONTENT, IANA],
  },
  {
    id: 'status-X.6.6',
    kind: 'enhanced',
    authority: 'RFC 4468',
    status: 'X.6.6',
    classes: ['4', '5'],
    title: 'Message content could not be fetched',
    meaning:
      'Your mail app asked the sending server to pick up the message from your mailbox (instead of uploading it again), and the server could not fetch it. Only some mail apps work this way.',
    details:
      'RFC 4468 (BURL): the submission server was asked to fetch the body from an IMAP URL and the fetch failed, e.g. 554 5.6.6 "IMAP URL resolution failed". Causes are an invalid or expired URLAUTH URL, an unreachable IMAP server, or a message deleted before submission finished.',
    causes: [
      'The stored copy the app pointed to was moved or deleted before sending finished',
      'The sending server could not reach the mailbox (IMAP) server',
      'The access link (URLAUTH) the app gave had expired or was invalid',
    ],
    senderSteps: [
      'Send the message again; if it fails, turn off any "send from server copy" option or use another mail app',
      'Make sure the draft is not deleted or moved while it is being sent',
    ],
    adminSteps: [
      'Check that the submission server can reach the IMAP server and that URLAUTH is configured for it',
      'Compare the time the URL was issued with its expiry in the IMAP server log',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the app or server problem is fixed; an app that uploads the message directly avoids the issue.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    byClass: {
      '4': {
        retry: 'later',
        retryAdvice: 'The fetch failure was treated as temporary, for example an IMAP server briefly down. Send again in a few minutes.',
      },
    },
    references: [{ title: 'RFC 4468: message submission BURL extension', url: 'https://www.rfc-editor.org/rfc/rfc4468' }, IANA],
  },
  {
    id: 'status-X.6.7',
    kind: 'enhanced',
    authority: 'RFC 6531',
    status: 'X.6.7',
    classes: ['5'],
    title: 'Address with non-English characters refused',
    meaning:
      'An address in this message (yours or the recipient\'s) contains characters outside plain English letters, such as accents or non-Latin script, and the receiving server does not accept those. The recipient needs a plain-letter address to get it.',
    details:
      'RFC 6531 (SMTPUTF8): a MAIL or RCPT command carried a non-ASCII address that the server will not take for that sender or recipient. This happens when the receiving server does not advertise SMTPUTF8, or when the address has no ASCII alternative the system can use.',
    causes: [
      'An internationalized address (e.g. with accented letters in the part before @) sent to a server without SMTPUTF8',
      'Your own sending address contains non-ASCII characters',
      'A relay on the way does not support internationalized email',
    ],
    senderSteps: [
      'Ask the recipient for an address written only in plain letters (ASCII), and send to that',
      'If your own address contains accented or non-Latin characters, send from a plain-letter address',
    ],
    adminSteps: [
      'Give users with internationalized addresses an ASCII alias for mail to systems without SMTPUTF8',
      'Enable SMTPUTF8 on your own servers if you host such addresses',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending to the same address fails again. Use an ASCII address for the sender or recipient.',
    party: 'sender',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [RFC6531, IANA],
  },
  {
    id: 'status-X.6.8',
    kind: 'enhanced',
    authority: 'RFC 6531',
    status: 'X.6.8',
    classes: ['2', '5'],
    title: 'Reply needs non-English characters the client did not allow',
    meaning:
      'The receiving server needed to answer with a mailbox name containing non-English characters, but the sending side had not said it can handle them. It mostly concerns address checks between servers rather than ordinary messages.',
    details:
      'RFC 6531 (SMTPUTF8): a reply would have to contain a UTF-8 mailbox name, typically to VRFY or EXPN, but the client did not request SMTPUTF8. Class 5 (e.g. 553 5.6.8) refuses the request; class 2 (e.g. 252 2.6.8) answers without the name and does not refuse the mail.',
    causes: [
      'An address check (VRFY or EXPN) without SMTPUTF8 for a mailbox with a non-ASCII name',
      'A client or script that does not support internationalized email',
    ],
    senderSteps: [
      'If a normal message bounced with this, ask the recipient for a plain-letter (ASCII) address',
      'If a tool or script produced it, forward the reply to whoever maintains that tool',
    ],
    adminSteps: [
      'Enable SMTPUTF8 in the client and pass the SMTPUTF8 parameter on VRFY/EXPN',
      'Provide ASCII aliases for mailboxes with non-ASCII names',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same request fails again until the client supports SMTPUTF8 or an ASCII address is used.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Answered without the non-English mailbox name',
        meaning:
          'This is informational, not an error: the server could not show a mailbox name with non-English characters because the other side had not allowed them, but nothing was refused.',
        senderSteps: ['Nothing to do; if a separate failure notice arrived, look at that one instead'],
        adminSteps: ['No change needed; enable SMTPUTF8 in the client if you need full mailbox names in replies'],
        retry: 'no',
        retryAdvice: 'Nothing failed, so there is nothing to send again.',
        party: 'sender',
        reason: 'delivered',
      },
    },
    references: [RFC6531, IANA],
  },
  {
    id: 'status-X.6.9',
    kind: 'enhanced',
    authority: 'RFC 6531',
    status: 'X.6.9',
    classes: ['5'],
    title: 'Message with non-English headers cannot reach a recipient',
    meaning:
      'The message uses non-English characters in its addresses or header lines, and a server on the way to at least one recipient cannot handle such messages. Those recipients did not get it.',
    details:
      'RFC 6531 (SMTPUTF8): the message was sent as an internationalized message (UTF-8 headers) and could not be passed on because the next hop lacks SMTPUTF8; it is reported after the end of DATA. SMTPUTF8 offers no way to downgrade such a message in transit, so the relay has to refuse it.',
    causes: [
      'A recipient\'s server does not support internationalized email',
      'Sender or recipient addresses, or header lines, contain non-ASCII characters',
      'A relay or filter on the path without SMTPUTF8 support',
    ],
    senderSteps: [
      'Send again from an address written only in plain letters, to plain-letter recipient addresses',
      'Avoid non-English characters in the addresses used; the subject and body can stay as they are when addresses are plain',
    ],
    adminSteps: [
      'Provide ASCII aliases for users with internationalized addresses and use them for external mail',
      'Check which relay lacks SMTPUTF8 (Reporting-MTA) and enable it where you control the path',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same message fails again. Use ASCII addresses first.',
    party: 'sender',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [RFC6531, IANA],
  },
  {
    id: 'status-X.6.10',
    kind: 'enhanced',
    authority: 'RFC 6531',
    status: 'X.6.10',
    classes: ['5'],
    title: 'Withdrawn code, same as X.6.8',
    meaning:
      'This code was registered by mistake as a second copy of X.6.8 and is deprecated. It means the server needed to reply with non-English characters in a mailbox name, which the sending side had not allowed.',
    details:
      'The IANA registry marks X.6.10 as a duplicate of X.6.8 (RFC 6531, SMTPUTF8) and deprecated; servers should send X.6.8. A server that still sends it is using older software; treat it exactly as X.6.8.',
    causes: [
      'An address check or reply involving a mailbox name with non-ASCII characters, without SMTPUTF8',
      'Older server software that still uses the withdrawn code',
    ],
    senderSteps: [
      'Ask the recipient for a plain-letter (ASCII) address and send to that',
      'If a tool produced it, forward the reply to whoever maintains that tool',
    ],
    adminSteps: [
      'Enable SMTPUTF8 in the client, or use ASCII aliases for mailboxes with non-ASCII names',
      'If your own server sends X.6.10, update it so it sends X.6.8',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same request fails again until SMTPUTF8 is supported or an ASCII address is used.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [IANA, RFC6531],
  },
];

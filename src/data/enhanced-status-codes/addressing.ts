// X.0.0 and the addressing codes X.1.0 to X.1.10 (RFC 3463 §3.1 and §3.2, RFC 3886, RFC 7505).
// Top-level text describes the class the code is usually sent with; byClass covers the other classes.
import type { Entry, Reference } from '../schema';
import { IANA, rfc3463, rfc5321 } from '../shared';


export const addressing: Entry[] = [
  {
    id: 'status-X.0.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.0.0',
    classes: ['2', '4', '5'],
    title: 'Undefined status: only the class is known',
    meaning:
      'The server reported a problem without saying what it was; only the first digit tells you whether it was temporary (4) or permanent (5). The words after the code, if there are any, are the real explanation.',
    details:
      'RFC 3463 §3.1 registers X.0.0 as the single catch-all, for when nothing beyond the class is known. It comes with any basic reply: 550 or 554 5.0.0, 421 or 451 4.0.0, and as Status: 5.0.0 in Exim and gateway DSNs even when the remote server said something more precise. Read the Diagnostic-Code field and the reply text; they carry the actual reason.',
    causes: [
      'The server software maps most or all errors to this code',
      'A gateway or bounce generator replaced the original, more specific code',
      'An unknown recipient, spam refusal or blocked sender reported without detail',
    ],
    senderSteps: [
      'Read the sentence after the code; it usually names the actual problem',
      'Check the recipient address for typos before sending again',
      'If the reason is still unclear, forward the whole bounce to your email administrator',
    ],
    adminSteps: [
      'Look for the original remote reply in the Diagnostic-Code field or your MTA log; it may have a finer code',
      'Judge by the basic reply code (421, 450, 550, 554) and the wording, not by x.0.0 alone',
    ],
    retry: 'after-fix',
    retryAdvice: 'Only once the text tells you what to change; an unchanged resend usually fails the same way.',
    party: 'sender',
    reputation: 'low',
    reason: 'undefined',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Success, with no further detail',
        meaning:
          'A 2.0.0 code is a plain success: the server accepted the message and has nothing more specific to add. It is the usual answer when a message is handed over, as in "250 2.0.0 OK". Nothing needs to be done.',
        details:
          'Class 2 with X.0.0 is the generic positive reply. Postfix answers 250 2.0.0 with the queue ID after DATA, and Gmail confirms accepted messages with 250 2.0.0 too. In a bounce it usually belongs to a different step or recipient than the one that failed.',
        causes: ['The message was accepted by the receiving server'],
        senderSteps: ['Nothing to do: the message was accepted', 'If this is inside a bounce, look for the recipient whose code starts with 4 or 5'],
        adminSteps: ['Use the queue ID in the 250 reply to follow the message in the receiving log if delivery is disputed'],
        retry: 'no',
        retryAdvice: 'Do not resend: the message was accepted.',
        party: 'sender',
        reputation: 'none',
        reason: 'delivered',
      },
      '4': {
        meaning:
          'A temporary problem without any further detail: the server could not take the message just then. Your mail server keeps retrying on its own; the words after the code may say why.',
        causes: [
          'The receiving server is busy, throttling or greylisting the sender',
          'A temporary internal error at the receiving server',
          'A reputation or rate deferral reported without detail',
        ],
        retry: 'later',
        retryAdvice: 'Yes: automatic retries usually succeed; after a final bounce, send again in a few hours.',
      },
      '5': {
        retryAdvice: 'Only once the text tells you what to change; an unchanged resend of a 5.0.0 usually fails again.',
      },
    },
    references: [rfc3463('3.1'), IANA],
  },
  {
    id: 'status-X.1.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.0',
    classes: ['4', '5'],
    title: 'Problem with an address',
    meaning:
      'Something about an address in the message caused the failure, but the server did not say exactly what. It may be the recipient address or your own sender address; the text after the code usually says which.',
    details:
      'RFC 3463 §3.2 registers X.1.0 as the general address code. Servers use it for address refusals that fit no finer code: an invalid or unverifiable sender, a recipient refused after a directory lookup, or an address-based block. Orange, for instance, answers 501 5.1.0 to an invalid sender. Check whether the reply came at MAIL FROM (sender) or RCPT TO (recipient).',
    causes: [
      'Recipient address unknown or refused by the receiving directory',
      'Sender address malformed, unverifiable or blocked',
      'An address-based policy reported with a generic code',
    ],
    senderSteps: [
      'Check the spelling of the recipient address',
      'Check that your own From address is correct and can receive replies',
      'If both look right, forward the bounce to your email administrator',
    ],
    adminSteps: [
      'See which command (MAIL FROM or RCPT TO) got the refusal in the SMTP transcript or log',
      'If it was MAIL FROM, confirm the sender domain has MX or A records and the mailbox accepts mail (receivers may verify it)',
    ],
    retry: 'after-fix',
    retryAdvice: 'After correcting the address the bounce points to; the same address will fail again.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The server could not check an address right now, for example because its user directory or a DNS lookup did not answer. This is temporary, and your mail server will try again.',
        causes: [
          'The receiving directory (LDAP, Active Directory) was briefly unavailable',
          'Sender address verification could not finish (DNS timeout, verification probe deferred)',
        ],
        retry: 'later',
        retryAdvice: 'Yes: automatic retries usually succeed; after a final bounce, send again in a few hours.',
        party: 'recipient-admin',
      },
      '5': {
        retryAdvice: 'A 5.1.0 is final for this address: correct it before sending again.',
      },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.1',
    classes: ['5'],
    title: 'Recipient address does not exist',
    meaning:
      'The receiving server says there is no mailbox by this name. The part before the @ is wrong: a typo, someone who has left, or an account that was closed.',
    details:
      'RFC 3463 §3.2, X.1.1: the local part (left of the @) is unknown at the destination, found by a directory lookup at RCPT TO. Almost always 550 5.1.1: Gmail says the account does not exist, Postfix reports "User unknown" in its recipient table, Exchange uses RESOLVER.ADR.RecipNotFound. Registered for permanent failures only.',
    causes: [
      'A typo in the part before the @',
      'The person left the organisation or closed the account',
      'The address was guessed or taken from an outdated list',
      'A new account not yet created in the directory',
    ],
    senderSteps: [
      'Check the name before the @ letter by letter',
      'Confirm the current address with the recipient by phone or another channel',
      'Delete the address from your contacts or lists if it is outdated',
    ],
    adminSteps: [
      'Suppress the address in list and marketing systems: repeated sends to unknown users hurt sender reputation',
      'If the recipient is in your own domain, check that the mailbox or alias exists in the directory',
    ],
    retry: 'no',
    retryAdvice: 'Not to this address: it will keep bouncing. Send to a corrected address instead.',
    party: 'sender',
    reputation: 'medium',
    reason: 'userunknown',
    permanence: 'permanent',
    byClass: {
      // Not registered for class 4, but sent in practice; without this the permanent advice would show.
      '4': {
        meaning:
          'A temporary answer about the recipient address: the server could not confirm it just now, or is slowing down messages to this person. Your mail server retries by itself.',
        details:
          'X.1.1 is registered for class 5 only, yet 4.1.1 is sent: Postfix with reject_unverified_recipient while its address probe is pending, and some ISPs (Comcast) for per-recipient rate limits. Read the text to tell the two apart.',
        causes: [
          'Address verification at the receiver has not finished yet',
          'Too many recent messages to this recipient',
        ],
        retry: 'later',
        retryAdvice: 'Yes: let the automatic retries run; if it finally bounces, check the address and send again later.',
      },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.2',
    classes: ['5'],
    title: 'Recipient domain does not exist or takes no mail',
    meaning:
      'The part after the @ does not lead to a mail system: the domain is misspelled, expired, or has no mail servers set up. Nobody can receive mail at that address as written.',
    details:
      'RFC 3463 §3.2, X.1.2: the destination system (right of the @) does not exist or cannot accept mail. Written into a DSN by the sending MTA when DNS has no MX or A record (Sendmail: "Host unknown"), or sent as 550 or 553 5.1.2 by a relay that refuses the domain. Gmail also uses 553 5.1.2 for an address that is not valid under RFC 5321.',
    causes: [
      'Domain misspelled, e.g. gmial.com or example.con',
      'Domain expired or never registered',
      'Domain exists but publishes no MX or A/AAAA record',
      'The address contains characters that make the domain invalid',
    ],
    senderSteps: [
      'Check the spelling of the part after the @',
      "Look up the organisation's website to confirm their current email domain",
      'Ask the recipient for a working address',
    ],
    adminSteps: [
      'Query the domain: dig MX example.com and dig A example.com; NXDOMAIN or no records confirms it',
      'If it is your own domain, check its registration expiry and the MX records at your DNS host',
    ],
    retry: 'after-fix',
    retryAdvice: "Only after correcting the domain, or once the recipient's domain is fixed.",
    party: 'sender',
    reputation: 'low',
    reason: 'hostunknown',
    permanence: 'permanent',
    byClass: {
      // Not registered for class 4; Postfix sends 450 4.1.2 when the domain lookup fails temporarily.
      '4': {
        meaning:
          "The server could not confirm that the recipient's domain exists because the DNS lookup did not finish. This is usually temporary and your mail server retries.",
        details:
          'X.1.2 is registered for class 5 only, but Postfix answers 450 4.1.2 "Domain not found" under reject_unknown_recipient_domain when the DNS answer is a temporary failure rather than a definite no.',
        causes: ["The recipient domain's DNS servers were slow or unreachable", "The receiving server's own DNS resolver failed"],
        retry: 'later',
        retryAdvice: 'Yes: retries usually succeed once DNS answers; if it finally bounces, check the domain spelling.',
        party: 'recipient-admin',
      },
    },
    references: [rfc3463('3.2'), IANA, rfc5321('5.1', 'locating the target host')],
  },
  {
    id: 'status-X.1.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.3',
    classes: ['5'],
    title: 'Recipient address is malformed',
    meaning:
      'The recipient address is not written in a valid form, so the server could not even look it up. Typical reasons are a space, a missing or doubled @, a trailing dot, or a name pasted together with the address.',
    details:
      'RFC 3463 §3.2, X.1.3: the destination address fails the syntax rules (RFC 5321 §4.1.2). Usually 501 or 553 5.1.3 at RCPT TO; Postfix says "Bad recipient address syntax". Normally caused by the sending program or a broken mail merge, not by the recipient. Non-ASCII addresses sent to a server without SMTPUTF8 get X.6.7 instead.',
    causes: [
      'A typo such as a comma, space or missing @',
      'Display name and address pasted together, e.g. Jane <jane@example.com without the closing bracket',
      'A list or mail-merge field that produced an empty or broken address',
      'Non-ASCII characters in the address',
    ],
    senderSteps: [
      'Retype the address by hand instead of pasting it',
      'Remove spaces, quotes, angle brackets and trailing dots',
      'If you sent from a list or mail merge, check that row of the data',
    ],
    adminSteps: [
      'Look at the RCPT TO line in the SMTP transcript to see the exact string that was sent',
      'If an application builds the addresses, validate them before handing them to the mail server',
    ],
    retry: 'after-fix',
    retryAdvice: 'After correcting the address; the malformed one will always fail.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [rfc3463('3.2'), IANA, rfc5321('4.1.2', 'address syntax')],
  },
  {
    id: 'status-X.1.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.4',
    classes: ['4', '5'],
    title: 'Address matches more than one person',
    meaning:
      'The address you used fits more than one mailbox at the receiving organisation, so the server does not know whom to deliver to. This happens on systems that match addresses by name.',
    details:
      'RFC 3463 §3.2, X.1.4: the address matched several recipients, typically where the receiver resolves addresses loosely against a directory (first.last or partial names, X.400 and legacy gateways). Rare on today\'s internet mail; when it occurs the text may hint at the candidates.',
    causes: [
      'An address based on a name shared by several people, e.g. j.smith@',
      'A directory lookup that matches on partial names or aliases',
      'Duplicate aliases configured at the destination',
    ],
    senderSteps: [
      'Ask the recipient for their exact, full address',
      'Use a more specific form, e.g. with the middle initial or department the organisation uses',
    ],
    adminSteps: [
      'If the destination is yours, find the duplicate alias or proxy address in the directory and remove it',
      'Turn off name-based (fuzzy) address matching on the receiving gateway',
    ],
    retry: 'after-fix',
    retryAdvice: 'After switching to an address that is unique; the ambiguous one fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'filtered',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The address matched more than one person and the server is holding the message instead of refusing it, perhaps until someone fixes the directory. Your mail server retries for a while.',
        retry: 'later',
        retryAdvice: 'Automatic retries may succeed if the duplicate is removed; otherwise use a unique address.',
        party: 'recipient-admin',
      },
      '5': {
        retryAdvice: 'A 5.1.4 is final: use the exact, unique address of the person.',
      },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.5',
    classes: ['2'],
    title: 'Recipient address is valid',
    meaning:
      'Good news: the receiving server confirmed that the recipient address exists and accepted it. On its own this does not prove delivery yet, only that the address is fine.',
    details:
      'RFC 3463 §3.2, X.1.5: the destination address is valid. Seen in the positive reply to RCPT TO, e.g. 250 2.1.5 from Postfix and Gmail, and as Status: 2.1.5 with Action: delivered in a DSN when a success notice was requested.',
    causes: [
      'The recipient address was accepted during the SMTP dialogue',
      'A delivery notification was requested and the server reports success',
    ],
    senderSteps: [
      'Nothing to do for this address',
      'If the same report lists failures, look at the other recipients',
    ],
    adminSteps: [
      'If a bounce quotes 2.1.5, the failure happened at a later step (usually after DATA); read that reply',
      'Treat Status: 2.1.5 in a DSN as delivered when processing bounces',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the address was accepted.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.6',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.6',
    classes: ['5'],
    title: 'Recipient has moved: this address is no longer used',
    meaning:
      'The person used to have this address, but it has been retired and the server no longer delivers to it. If the reply names a new address ("please try ..."), write to that one; if it names none, the server does not forward.',
    details:
      'RFC 3463 §3.2, X.1.6: the mailbox has moved and no forwarding address is known. Usually 550 or 551 5.1.6; compare the 251 and 551 replies of RFC 5321 §3.4, which can name the new address. Common after staff departures and domain migrations.',
    causes: [
      'The recipient left the organisation',
      'The account was renamed or moved to another domain',
      'The organisation retired an old domain or address format',
    ],
    senderSteps: [
      'If the bounce names a new address, send the message there',
      'Otherwise contact the person another way and ask for their new address, and update your address book',
    ],
    adminSteps: [
      'Remove or suppress the address in your sending lists',
      'If the address is in your domain and should still reach someone, set up a forward or a 551 reply naming the new address',
    ],
    retry: 'no',
    retryAdvice: 'Not to this address; write to the new address once you have it.',
    party: 'sender',
    reputation: 'low',
    reason: 'hasmoved',
    permanence: 'permanent',
    references: [rfc3463('3.2'), IANA, rfc5321('3.4', 'forwarding and address updates')],
  },
  {
    id: 'status-X.1.7',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.7',
    classes: ['4', '5'],
    title: 'Sender address is malformed',
    meaning:
      'The receiving server rejected your own sender address because it is not written in a valid form. This is usually a setting in the program, device or server that sent the mail, not something in the message you typed.',
    details:
      'RFC 3463 §3.2, X.1.7: the originator address (MAIL FROM, sometimes the From: header) fails syntax checks. Postfix: 501 5.1.7 "Bad sender address syntax". Typical sources are scripts and devices (scanners, web apps) sending as a bare name such as root, as user@localhost, or with illegal characters in the sender.',
    causes: [
      'An app, script or device sends with an unqualified sender such as root or user@localhost',
      'The sender field was built wrongly, e.g. with a display name inside the address',
      'Illegal or non-ASCII characters in the sender address',
    ],
    senderSteps: [
      'Check the From address set in your mail program or the device that sent the message',
      'If a website or app sent it for you, tell its operator that its sender address is malformed',
    ],
    adminSteps: [
      'Look at the MAIL FROM line in the transcript or log to see the exact sender string',
      "Set a fully qualified envelope sender (Postfix myorigin, or the app's SMTP settings)",
      'Rewrite bare local sender names to your domain on the outbound relay',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the sender address is fixed in the sending program or server.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The server refused your sender address for now, usually because it could not finish checking it. Your mail server will retry, but if the address really is malformed it will keep failing.',
        retry: 'later',
        retryAdvice: 'Automatic retries may work if the check was only delayed; otherwise fix the sender address.',
      },
      '5': {
        retryAdvice: 'A 5.1.7 is final: fix the sender address before sending again.',
      },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.8',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.1.8',
    classes: ['4', '5'],
    title: 'Sender domain is invalid or cannot get replies',
    meaning:
      'The receiving server refused your message because the domain in your sender address does not exist in DNS or cannot receive mail back. Servers check this so that replies and bounces have somewhere to go.',
    details:
      'RFC 3463 §3.2, X.1.8: the originator\'s domain is bad. Receivers check that the MAIL FROM domain resolves (MX, or A/AAAA); Postfix reject_unknown_sender_domain answers 450 4.1.8 or 550 5.1.8 with "Domain not found". Microsoft 365 also sends 550 5.1.8 "bad outbound sender" when it has blocked the sending account for suspected spam.',
    causes: [
      'The sender domain does not exist, has expired or is misspelled',
      'The sender domain has no MX or A record, or its DNS is failing',
      'An app sends with an internal domain such as company.local',
      'At Microsoft 365: the sending account was restricted for sending spam',
    ],
    senderSteps: [
      'Check that your From address uses your real, public domain',
      'If you use Microsoft 365 and the text says bad outbound sender, contact your admin: your account is blocked from sending',
    ],
    adminSteps: [
      'Check the envelope sender domain with dig MX and dig A, and add the missing records',
      'Rewrite internal domains (e.g. .local) to your public domain on outbound mail',
      'For Microsoft 365 5.1.8, release the user on the Restricted entities page in Microsoft Defender after securing the account',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the sender domain resolves (or the account is unblocked); until then every message fails.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'rejected',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The receiving server could not confirm your sender domain right now, typically because the DNS lookup timed out. Your mail server retries automatically.',
        causes: [
          "The sender domain's DNS servers are slow or partly unreachable",
          "The receiving server's DNS resolver had a temporary failure",
        ],
        retry: 'later',
        retryAdvice: 'Yes: retries usually succeed once DNS answers; check your domain DNS if it keeps happening.',
        reputation: 'low',
      },
      '5': {
        retryAdvice: 'A 5.1.8 is final: fix the sender domain DNS, or get the account unblocked, first.',
      },
    },
    references: [rfc3463('3.2'), IANA],
  },
  {
    id: 'status-X.1.9',
    kind: 'enhanced',
    authority: 'RFC 3886',
    status: 'X.1.9',
    classes: ['2', '5'],
    title: 'Passed on to a system that sends no further reports',
    meaning:
      'Your message was handed on to a mail system that does not send delivery reports back. So far all went well, but there will be no further confirmation of whether it finally arrived.',
    details:
      'X.1.9 comes from RFC 3886 (message tracking) and is listed in the IANA registry: the address was valid, but the message was relayed to a mailer that supports neither DSNs nor tracking, so the status trail ends there. In a DSN it pairs with Action: relayed. It marks the end of reporting, not a failure.',
    causes: [
      'The next hop does not support delivery status notifications',
      'A gateway passed the message into a non-SMTP or legacy system',
    ],
    senderSteps: [
      'Nothing to fix; if confirmation matters, ask the recipient whether it arrived',
      'For important mail, follow up by phone or another channel',
    ],
    adminSteps: [
      "Expect no further DSN for this recipient; check the relay's log if delivery is disputed",
      'If the relay is yours, enable DSN support on it so status reports pass through',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the message was passed on; only the reports stop here.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    byClass: {
      '2': {
        retryAdvice: 'Do not resend: the message was relayed; there will simply be no delivery report.',
      },
      '5': {
        title: 'Failed while passing to a non-reporting system',
        meaning:
          'Delivery failed for good at the point where the message was handed to a system that does not report back. Nothing more is known beyond that point, so check with the recipient how to reach them.',
        details:
          'A 5.1.9 is rare: the relay reports a permanent failure together with the note that the next system is non-compliant, so no detailed reason is available. Look at the relay\'s log or the text for the actual refusal.',
        causes: [
          'The legacy or non-SMTP system behind the gateway refused the message',
          'The gateway could not hand the message over',
        ],
        retry: 'after-fix',
        retryAdvice: 'Only after the recipient confirms their address and system accept mail again.',
        party: 'recipient-admin',
        reason: 'systemerror',
      },
    },
    references: [{ title: 'RFC 3886 (message tracking)', url: 'https://www.rfc-editor.org/rfc/rfc3886' }, IANA],
  },
  {
    id: 'status-X.1.10',
    kind: 'enhanced',
    authority: 'RFC 7505',
    status: 'X.1.10',
    classes: ['5'],
    title: 'Recipient domain accepts no email (null MX)',
    meaning:
      "The recipient's domain has published a DNS record saying it never receives email. The address may look real, for example on a company's website, but no mail to that domain can be delivered.",
    details:
      'RFC 7505 lets a domain publish a null MX (a single MX record "0 .") to declare it takes no mail; a sender that sees it must not try delivery and bounces with 556 5.1.10 (RFC 7504 defines 556). Caution: Exchange Online reuses 5.1.10 for a different case, 550 5.1.10 RESOLVER.ADR.RecipientNotFound (recipient not found), so read the text before blaming DNS.',
    causes: [
      'The domain is parked or used only for a website and declares it takes no mail',
      'The address is outdated: the organisation moved its mail to another domain',
      'A typo that lands on a real domain with a null MX',
      'At Exchange Online: the recipient does not exist (RecipientNotFound)',
    ],
    senderSteps: [
      'Confirm the correct email domain with the recipient',
      'If the text says RecipientNotFound, treat it as an unknown address and check the part before the @',
    ],
    adminSteps: [
      'Confirm with dig MX example.com: a single record "0 ." is a null MX',
      'If it is your own domain and should receive mail, replace the null MX with your real MX records',
    ],
    retry: 'no',
    retryAdvice: 'Not to this domain: it has declared it takes no mail. Use another address for the person.',
    party: 'sender',
    reputation: 'low',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [
      { title: 'RFC 7505 (null MX)', url: 'https://www.rfc-editor.org/rfc/rfc7505' },
      { title: 'RFC 7504 (521 and 556 reply codes)', url: 'https://www.rfc-editor.org/rfc/rfc7504' },
      IANA,
    ],
  },
];

// Deutsche Telekom's T-Online mail (t-online.de, magenta.de): mx*.t-online.de refuses at connection time
// with "554 IP=<ip> - <reason>. (Ask your postmaster for help or to contact <box>@rx.t-online.de ...)" and a
// short tag in parentheses at the end: (BL) block list, (NOWL) no or bad reputation, (DIAL) dial-up or
// generic host. T-Online admits only servers it knows; its postmaster pages explain how to be admitted.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const POSTMASTER: Reference = { title: 'T-Online Postmaster (Deutsche Telekom)', url: 'https://postmaster.t-online.de/' };
const POSTMASTER_EN: Reference = { title: 'T-Online Postmaster: notes for mail server operators', url: 'https://postmaster.t-online.de/index.en.html' };
const REFS = [POSTMASTER_EN, POSTMASTER];

const base = { kind: 'provider' as const, authority: 'Deutsche Telekom (T-Online)' };
const WRITE_TO_TONLINE = 'Write to the address named in the reply (…@rx.t-online.de) from a working mailbox, giving the IP and the full reply, and ask for the IP to be reviewed';
const IMPRINT = "Make sure the sending server's host name resolves both ways (PTR and A record) and that its domain has a web page naming who runs the server (T-Online asks for an imprint)";

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 't-online-554-bl',
    reply: '554',
    match: [/\ba problem occurred\.? \(ask your postmaster[^\n]{0,120}\(BL\)/i, /rx\.t-online\.de[^\n]{0,40}\(BL\)/i],
    title: 'T-Online: sending IP blocked [BL]',
    meaning:
      "T-Online refused the connection from the server that sent your message because that server's IP address is on T-Online's block list. It is about the sending server, not your message.",
    details:
      'Seen at connection time as "554 IP=<ip> - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)". The (BL) tag marks T-Online\'s own block list; it does not expire by waiting, the listing has to be cleared with T-Online.',
    causes: [
      'Spam or complaints from the sending IP or its network',
      'An IP that sent no mail to T-Online for a long time and lost its standing',
      'A shared or newly assigned IP with a poor history',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [IMPRINT, WRITE_TO_TONLINE],
    retry: 'after-fix',
    retryAdvice: 'Mail from this IP keeps failing until T-Online clears it; send through another server meanwhile.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 't-online-554-nowl',
    reply: '554',
    match: [/\bnone\/bad reputation\b/i, /rx\.t-online\.de[^\n]{0,40}\(NOWL\)/i],
    title: 'T-Online: sending IP has no or bad reputation [NOWL]',
    meaning:
      'T-Online does not know the server that sent your message, or does not trust it, so it refused the connection. T-Online accepts mail only from servers with a known good record.',
    details:
      'Seen as "554 IP=<ip> - None/bad reputation. Ask your postmaster for help or to contact <box>@rx.t-online.de for reset. (NOWL)". New servers and servers that have not sent to T-Online for a long time get this until their reputation is reset on request.',
    causes: ['A new mail server or newly assigned IP', 'A server that has not sent to T-Online for a long time', 'A missing imprint or reverse DNS for the server'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [IMPRINT, WRITE_TO_TONLINE],
    retry: 'after-fix',
    retryAdvice: 'After T-Online resets the reputation, mail usually flows within hours; until then retries fail.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'badreputation',
    permanence: 'permanent',
    references: REFS,
  },
  {
    ...base,
    id: 't-online-554-dial',
    reply: '554',
    match: [/dialup\/transient ip not allowed/i, /rx\.t-online\.de[^\n]{0,40}\(DIAL\)/i],
    title: 'T-Online: sending IP looks like a dial-up or home line [DIAL]',
    meaning:
      'T-Online treats the IP address of the server that sent your message as a home or dynamic connection, which may not deliver mail directly. It also says this when it cannot find who runs the server.',
    details:
      'Seen as "554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)". Generic reverse DNS names and servers without an imprint page fall under it.',
    causes: ['Mail sent directly from a home or dynamic IP', 'A generic reverse DNS name (one that contains the IP)', 'No web page naming who runs the server'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ["Send through your provider's outgoing mail server (smarthost) instead of directly", IMPRINT, WRITE_TO_TONLINE],
    retry: 'after-fix',
    retryAdvice: 'Resend through a relay or after the server is identifiable; retries from the same IP fail.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: REFS,
  },
];

export const tOnline: ProviderFile = {
  id: 't-online',
  name: 'T-Online (Deutsche Telekom)',
  covers: [],
  home: POSTMASTER,
  signatures: [/\bt-online\.de\b/i, /\bmagenta\.de\b/i],
  entries,
};

// ImprovMX (email forwarding for custom domains): its own refusals end with "(#id-5.9.N)", a code of its own
// that is not an RFC 3463 status; the reply code and status before it vary.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN } from '../shared';

const HOME: Reference = { title: 'ImprovMX', url: 'https://improvmx.com/' };
const CHECKS: Reference = { title: 'ImprovMX: what happens when an email is received', url: 'https://improvmx.com/what-happens-when-we-receive-an-email' };
const REFS = [CHECKS, HOME];
const base = { kind: 'provider' as const, authority: 'ImprovMX' };
const TELL_RECIPIENT = 'Tell the recipient: their forwarding service (ImprovMX) refused the message, and pass them this bounce';
const CHECK_DASHBOARD = 'In the ImprovMX dashboard, check that the domain is added and verified and the alias has a valid destination';

type Body = Omit<ProviderEntry, 'id' | 'token' | 'aliases' | 'kind' | 'authority'>;
/** Entries are found by their "#id-5.9.N" code, whatever reply code precedes it. */
function code(n: number, slug: string, body: Body): ProviderEntry {
  const token = `id-5.9.${n}`;
  return { ...base, ...body, id: `improvmx-${token}-${slug}`, token, aliases: [`#${token}`] };
}

const entries: ProviderEntry[] = [
  code(0, 'loop', {
    match: [/\(#id-5\.9\.0\)/i, /\bloop\b/i],
    title: 'ImprovMX: forwarding loop refused',
    meaning: 'The message would have gone round in a circle: it came from ImprovMX and was to be forwarded back to it. ImprovMX stops such loops.',
    details: 'Code 5.9.0: mail sent from and forwarded to improvmx.com addresses is refused to prevent loops, for example when an alias forwards to another ImprovMX alias that points back.',
    causes: ['An alias forwards to an address that is itself forwarded by ImprovMX', 'A chain of forwards that ends where it started'],
    senderSteps: [TELL_RECIPIENT],
    adminSteps: ['Point the alias to a final mailbox (not another ImprovMX alias)', CHECK_DASHBOARD],
    retry: 'after-fix',
    retryAdvice: 'Resend after the forwarding chain is fixed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: REFS,
  }),
  code(1, 'bounce-prevention', {
    match: [/\(#id-5\.9\.1\)/i, /bounce/i],
    title: 'ImprovMX: bounce of a bounce refused',
    meaning: 'The message was itself a bounce caused by ImprovMX, and ImprovMX does not forward those, to avoid chains of error messages.',
    details: 'Code 5.9.1: bounce messages that originate from ImprovMX are blocked so that one failure does not cascade into many.',
    causes: ['A bounce about an earlier forwarded message came back to ImprovMX'],
    senderSteps: ['Nothing to do for this notice; look at the original bounce instead', TELL_RECIPIENT],
    adminSteps: ['Fix the failure that caused the first bounce (usually the alias destination refusing mail)'],
    retry: 'no',
    retryAdvice: 'Nothing to resend; handle the original failure.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: REFS,
  }),
  code(2, 'domain-not-found', {
    match: [/\(#id-5\.9\.2\)/i, /domain not found/i],
    title: "ImprovMX: recipient's domain is not set up",
    meaning: "The recipient's domain sends its mail to ImprovMX, but ImprovMX has no account for that domain, so it does not know where to forward it.",
    details: 'Code 5.9.2: the domain\'s MX records point to ImprovMX, but the domain was never added, was removed, or its account lapsed.',
    causes: ['The domain was removed from ImprovMX while its MX records still point there', 'A typo in the domain added to the dashboard'],
    senderSteps: [TELL_RECIPIENT, 'Reach the recipient another way meanwhile'],
    adminSteps: [CHECK_DASHBOARD, 'If you left ImprovMX, change the domain\'s MX records to the new mail service'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the domain is set up again.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'hostunknown',
    permanence: 'permanent',
    references: REFS,
  }),
  code(3, 'database-error', {
    match: [/\(#id-5\.9\.3\)/i, /database/i],
    title: 'ImprovMX: internal lookup error',
    meaning: "ImprovMX could not read its own settings for the recipient's domain. The fault is on ImprovMX's side.",
    details: 'Code 5.9.3: the forwarding database returned invalid data for the domain.',
    causes: ['A fault in ImprovMX\'s storage', 'A damaged domain configuration'],
    senderSteps: ['Try again later', TELL_RECIPIENT],
    adminSteps: ['Open the domain in the dashboard and save it again; contact ImprovMX support if it persists'],
    retry: 'later',
    retryAdvice: 'Try again after some hours; if it keeps failing, the recipient\'s admin must contact ImprovMX.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: REFS,
  }),
  code(4, 'anti-spam', {
    match: [/\(#id-5\.9\.4\)/i, /try again later/i],
    title: 'ImprovMX: anti-spam check not passed, try again',
    meaning: 'ImprovMX\'s anti-spam check did not let the message through this time and asked the sending server to retry.',
    details: 'Code 5.9.4, usually with 450 4.2.1 "Please try again later": a failed anti-spam screening that the sending server may retry; repeated failures mean the message or sender looks like spam.',
    causes: ['Greylisting-style hold for an unknown sender', 'Content or sender reputation that looks like spam'],
    senderSteps: ['Nothing to do for a single message: the sending server retries on its own', FORWARD_TO_ADMIN],
    adminSteps: ['Let the queue retry; check SPF, DKIM and DMARC if it keeps failing'],
    retry: 'later',
    retryAdvice: 'Retries after a few minutes usually pass.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'spamdetected',
    permanence: 'transient',
    references: REFS,
  }),
  code(5, 'forwarding-misconfigured', {
    match: [/\(#id-5\.9\.5\)/i, /forwarding recipient/i],
    title: 'ImprovMX: forwarding destination unreadable',
    meaning: "The recipient's alias at ImprovMX has no usable destination, so ImprovMX does not know where to send your message.",
    details: 'Code 5.9.5: the alias exists, but its forwarding target could not be read (empty, malformed or invalid address).',
    causes: ['The alias destination is empty or misspelled', 'A catch-all alias without a destination'],
    senderSteps: [TELL_RECIPIENT, 'Reach the recipient another way meanwhile'],
    adminSteps: [CHECK_DASHBOARD],
    retry: 'after-fix',
    retryAdvice: 'Resend once the alias has a valid destination.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: REFS,
  }),
];

export const improvmx: ProviderFile = {
  id: 'improvmx',
  name: 'ImprovMX',
  covers: [],
  home: HOME,
  signatures: [/\bimprovmx\b/i, /\(#id-5\.9\.\d\)/i],
  entries,
};

// UCEPROTECT blocklists, three levels of escalating scope: Level 1 single IPs caught by spam traps, Level 2
// a provider's allocation with many Level 1 listings, Level 3 a whole network (ASN). All expire automatically.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const RBLCHECK: Reference = {
  title: 'UCEPROTECT: check an IP on all three levels',
  url: 'https://www.uceprotect.net/en/rblcheck.php',
  tool: true,
};
const HOME: Reference = { title: 'UCEPROTECT network (listing policy per level)', url: 'https://www.uceprotect.net/en/' };

const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider';
const ASK_RECIPIENT_TO_ALLOW =
  "Ask the recipient another way to allow your address: their filter blocks a whole provider range, not you in particular";

const uce = {
  kind: 'provider' as const,
  authority: 'UCEPROTECT',
  permanence: 'permanent' as const,
  retry: 'after-fix' as const,
  reason: 'blocked' as const,
  references: [RBLCHECK, HOME],
};

const entries: ProviderEntry[] = [
  {
    ...uce,
    id: 'uceprotect-dnsbl-1.uceprotect.net',
    token: 'dnsbl-1.uceprotect.net',
    aliases: ['UCEPROTECT-Level1', 'UCEPROTECT Level 1'],
    match: [/dnsbl-1\.uceprotect\.net/i, /uceprotect[- ]?level ?1\b/i],
    title: 'UCEPROTECT Level 1: this sending IP hit spam traps',
    meaning:
      "The server your mail comes from is on UCEPROTECT's Level 1 list because this exact address sent mail to UCEPROTECT's spam traps. The recipient's server uses the list to refuse mail.",
    details:
      'Level 1 (dnsbl-1.uceprotect.net) lists single IPs caught by spam traps. An entry expires automatically 7 days after the last trap hit if nothing new arrives. UCEPROTECT also sells express delisting; paying is optional, since the entry expires by itself.',
    causes: [
      'Spam from a compromised account, infected device or web form using the IP',
      'Mail to old addresses that were turned into traps',
      'Backscatter: bounces or auto-replies sent to forged senders',
    ],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: [
      'Check the IP at uceprotect.net/en/rblcheck.php to see when it was last caught',
      'Stop the source; the entry then expires 7 days after the last hit',
    ],
    retryAdvice: 'Resend after the entry expires (7 days without new trap hits), or ask the recipient to allow you.',
    party: 'sender-admin',
    reputation: 'high',
  },
  {
    ...uce,
    id: 'uceprotect-dnsbl-2.uceprotect.net',
    token: 'dnsbl-2.uceprotect.net',
    aliases: ['UCEPROTECT-Level2', 'UCEPROTECT Level 2'],
    match: [/dnsbl-2\.uceprotect\.net/i, /uceprotect[- ]?level ?2\b/i],
    title: "UCEPROTECT Level 2: your provider's address range is listed",
    meaning:
      "Your server's own address was not necessarily caught doing anything: UCEPROTECT Level 2 blocks a provider's address range when several addresses in it were caught sending spam. You are listed because of your neighbours.",
    details:
      "Level 2 (dnsbl-2.uceprotect.net) escalates from Level 1: a provider's allocation is listed when enough IPs inside it are on Level 1. It clears automatically once those Level 1 entries expire. Few large receivers use Level 2; the provider of the range has to deal with its spam sources.",
    causes: [
      'Other customers of your hosting or email provider sent spam from the same range',
      'A provider that reacts slowly to abuse reports',
    ],
    senderSteps: [FORWARD_TO_IT, ASK_RECIPIENT_TO_ALLOW],
    adminSteps: [
      'Check the IP at uceprotect.net/en/rblcheck.php to see which Level 1 listings in the range cause it',
      'Ask your provider to deal with the spam sources in the range, or move sending to a cleaner provider',
    ],
    retryAdvice: 'Resend when the range is no longer listed, or after the recipient allows you.',
    party: 'sender-admin',
    reputation: 'medium',
  },
  {
    ...uce,
    id: 'uceprotect-dnsbl-3.uceprotect.net',
    token: 'dnsbl-3.uceprotect.net',
    aliases: ['UCEPROTECT-Level3', 'UCEPROTECT Level 3'],
    match: [/dnsbl-3\.uceprotect\.net/i, /uceprotect[- ]?level ?3\b/i],
    title: "UCEPROTECT Level 3: your provider's whole network is listed",
    meaning:
      "UCEPROTECT Level 3 lists an entire provider network (an autonomous system, ASN) when many of its addresses are on Level 1. Your mail was refused only because your provider's network as a whole has a spam problem.",
    details:
      "Level 3 (dnsbl-3.uceprotect.net) is the broadest level: whole ASNs with too many Level 1 listings for their size. It clears when the network's listings drop. Blocking on Level 3 catches many innocent senders, so the practical fix is usually the recipient allowing you.",
    causes: ["Many spam sources elsewhere in your provider's network", 'A large cloud or hosting network where abuse is common'],
    senderSteps: [ASK_RECIPIENT_TO_ALLOW, FORWARD_TO_IT],
    adminSteps: [
      "Ask the recipient's postmaster to allow your IP or not to block on Level 3",
      'For lasting problems, send through a provider whose network is not listed',
    ],
    retryAdvice: 'Resend after the recipient allows you or the network drops off Level 3.',
    party: 'recipient-admin',
    reputation: 'low',
  },
];

export const uceprotect: ProviderFile = {
  id: 'uceprotect',
  name: 'UCEPROTECT',
  covers: ['UCEPROTECT'],
  home: HOME,
  signatures: [/\buceprotect\b/i],
  entries,
};

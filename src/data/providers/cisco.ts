// Cisco Secure Email (formerly IronPort; appliances and Cloud Gateway running AsyncOS): the default replies of
// its mail flow policies. Cloud Gateway hosts are named *.iphmx.com; reputation comes from Cisco Talos (SBRS).
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { RFC3463_ADDRESS } from '../shared';

const TALOS: Reference = {
  title: 'Cisco Talos Reputation Center (look up and dispute an IP reputation)',
  url: 'https://talosintelligence.com/reputation_center',
  tool: true,
};

const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider';
const CHECK_TALOS =
  "Look the sending IP up in the Talos Reputation Center; if its email reputation is Poor, fix the cause and open a dispute there";

const cisco5 = { kind: 'provider' as const, authority: 'Cisco', permanence: 'permanent' as const };
const cisco4 = { kind: 'provider' as const, authority: 'Cisco', permanence: 'transient' as const };

const entries: ProviderEntry[] = [
  {
    ...cisco5,
    id: 'cisco-554-poor-reputation',
    reply: '554',
    match: [/sending mta'?s poor reputation/i, /rejected due to the sending mta/i],
    title: "Cisco: connection refused for the sending server's poor reputation",
    meaning:
      "The recipient's Cisco email gateway refused your server as soon as it connected, because Cisco's reputation service rates its address as a likely spam source. Your message itself was never looked at.",
    details:
      'AsyncOS scores each connecting IP with the SenderBase/Talos reputation score (SBRS). The default mail flow policy for the lowest scores rejects the connection with "554 Your access to this mail system has been rejected due to the sending MTA\'s poor reputation".',
    causes: [
      'Spam or malware sent from that IP recently (compromised account, infected device, hacked form)',
      'A shared or newly assigned IP that inherited a bad history',
      'No reverse DNS, or a generic host name that looks like a home connection',
    ],
    senderSteps: [FORWARD_TO_IT, 'Until it is cleared, reach the recipient from another provider or by phone'],
    adminSteps: [CHECK_TALOS, 'Give the IP a proper reverse DNS (PTR) name that matches your HELO and publish SPF/DKIM'],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails until its reputation improves; Talos re-scores as the traffic improves, and a dispute can speed it up.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'badreputation',
    references: [TALOS],
  },
  {
    ...cisco4,
    id: 'cisco-452-recipients-per-hour',
    reply: '452',
    match: [/too many recipients received this hour/i, /recipients? (?:received )?this hour/i],
    title: 'Cisco: hourly recipient limit reached, throttled',
    meaning:
      "Your server has sent to more recipients at this organisation in the past hour than their Cisco gateway allows for a sender like you. The rest is held back for now; your server retries and it gets through as the hour passes.",
    details:
      'AsyncOS mail flow policies can cap recipients per hour per sending host (stricter for lower reputation). Beyond the cap the gateway answers 452 "Too many recipients received this hour" to further RCPT TO commands.',
    causes: [
      'A newsletter or bulk send to many people at one organisation',
      'A neutral or low reputation score that puts your IP in a throttled mail flow policy',
    ],
    senderSteps: ['Nothing to do: your server delivers the rest over the next hours', 'For large mailings to this organisation, spread sending over time'],
    adminSteps: ['Lower the per-domain sending rate for this destination', 'Improve the IP reputation (authentication, clean lists) so it lands in a less throttled policy'],
    retry: 'later',
    retryAdvice: 'Retries succeed as the hourly window moves on, normally within an hour.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    references: [TALOS],
  },
  {
    ...cisco4,
    id: 'cisco-421-concurrent-connections',
    reply: '421',
    match: [/too many concurrent smtp connections/i, /too many concurrent connections/i],
    title: 'Cisco: too many simultaneous connections from your server',
    meaning:
      "Your server opened more connections at once to the recipient's Cisco gateway than it allows for one sender. This attempt was turned away; the message stays queued and goes through on a later try.",
    details:
      'AsyncOS mail flow policies limit concurrent connections per sending IP. Beyond the limit the gateway answers 421 "Too many concurrent SMTP connections from this IP address; please try again later."',
    causes: ['A sending server that opens many parallel connections to one domain', 'Several servers behind the same NAT address sending at once'],
    senderSteps: ['Nothing to do: the message is retried automatically'],
    adminSteps: ['Limit concurrent connections per destination domain in your MTA (a handful is enough)', 'Reuse connections for several messages instead of opening new ones'],
    retry: 'later',
    retryAdvice: 'Retries within minutes succeed once fewer connections are open.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    references: [TALOS],
  },
  {
    ...cisco5,
    id: 'cisco-550-5.1.0-address-rejected',
    reply: '550',
    status: '5.1.0',
    // Cisco writes "#5.1.0 Address rejected <addr>"; Postfix's "Recipient address rejected:" is another family.
    match: [/#5\.1\.0 address rejected/i, /(?<!(?:recipient|sender) )\baddress rejected\b(?!:)/i],
    title: 'Cisco: recipient address rejected by directory lookup',
    meaning:
      'The recipient\'s Cisco gateway checked its directory and did not find the address you wrote to. The address is probably mistyped or no longer exists.',
    details:
      'AsyncOS LDAP accept queries validate recipients against the organisation\'s directory during RCPT TO; an unknown address gets "550 #5.1.0 Address rejected" (the # before the enhanced code is typical of AsyncOS).',
    causes: ['A typo in the address', 'The person left and the account was removed from the directory', 'A directory that is not synchronised with the mail system'],
    senderSteps: ['Check the address against a recent message from this person or confirm it another way', 'Remove it from your lists if it no longer exists'],
    adminSteps: ["If the address surely exists, tell the recipient's IT team: their LDAP accept query may be missing it"],
    retry: 'no',
    retryAdvice: 'Do not resend to this address; use a corrected one.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    references: [RFC3463_ADDRESS, TALOS],
  },
  {
    ...cisco5,
    id: 'cisco-550-5.7.1-access-rejected',
    reply: '550',
    status: '5.7.1',
    match: [/your access to submit messages/i],
    title: "Cisco: sending host refused by the recipient's policy",
    meaning:
      "The recipient's Cisco gateway has a rule that does not let your server submit mail to it. It may be a block the organisation set for your server or network, or a reputation-based policy.",
    details:
      'AsyncOS sender groups in the host access table map connecting hosts to mail flow policies; a REJECT policy or a blocked sender group answers "550 5.7.1 Your access to submit messages to this e-mail system has been rejected". The reply does not say which rule matched.',
    causes: [
      'Your IP, domain or network is in a sender group the recipient blocks',
      'A low reputation score that maps your IP to a rejecting policy',
      'A server that is not expected to send to this organisation (for example relaying through their gateway)',
    ],
    senderSteps: ["Reach the recipient another way and ask their IT team to check their Cisco gateway's host access rules", FORWARD_TO_IT],
    adminSteps: [CHECK_TALOS, 'Give the recipient your sending IPs so they can move them to an allowed sender group'],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same server fails until the recipient changes the rule or the reputation improves.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'blocked',
    references: [TALOS],
  },
];

export const cisco: ProviderFile = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort / AsyncOS)',
  covers: ['Cisco Secure Email (IronPort / AsyncOS)'],
  home: TALOS,
  // Not "ironport" alone: forwarded originals carry X-IronPort-* headers from the sender's own gateway.
  signatures: [
    /\.iphmx\.com\b/i,
    /sending mta'?s poor reputation/i,
    /your access to (?:this mail system|submit messages)/i,
    /(?:^|[\s;:])[45]\d\d #[45]\.\d\.\d{1,3} /m,
  ],
  entries,
};

// Free.fr (Iliad group; also aliceadsl.fr, hosted on Proxad's mail servers mx*.free.fr): terse Postfix-style
// replies. Free blocks sending IPs on its own statistics for up to 24 hours and explains its replies on
// postmaster.free.fr.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FIND_SPAM_SOURCE, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const POSTMASTER: Reference = { title: 'Free postmaster (IP block check and reply explanations)', url: 'https://postmaster.free.fr/', tool: true };
const base = { kind: 'provider' as const, authority: 'Free (Iliad)' };
const TELL_RECIPIENT = 'Reach the recipient another way (phone, chat, another address) and tell them about the bounce';

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'free-550-spam-detected',
    reply: '550',
    match: [/\bspam detected\b/i],
    title: 'Free: message refused as spam',
    meaning: "Free's spam filter analysed your message while receiving it and judged it to be spam, so it was refused.",
    details:
      'Free scans each message during the SMTP session and answers 550 "spam detected" when its anti-spam score is too high. Content, links and the sending IP\'s reputation all count.',
    causes: ['Links to domains with a poor reputation or shorteners', 'Bulk-looking content or a message with only images', 'A sending IP with recent spam'],
    senderSteps: ['Send a short plain message without links or attachments and see whether it passes', USE_OTHER_ACCOUNT],
    adminSteps: ['Check linked domains and the sending IP on public block lists', 'Look the IP up on postmaster.free.fr'],
    retry: 'after-fix',
    retryAdvice: 'Resend only with changed content; the same message is refused again.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'free-550-virus-detected',
    reply: '550',
    match: [/\bvirus detected\b/i],
    title: 'Free: message refused for a virus',
    meaning: "Free's virus scanner found something it considers malicious in your message, usually in an attachment, and refused it.",
    details: 'Free runs an antivirus scan during the SMTP session and answers 550 "virus detected"; macro documents, archives with executables and known malware signatures trigger it.',
    causes: ['An infected or macro-enabled attachment', 'An archive containing an executable', 'A false positive on an unusual file type'],
    senderSteps: ['Scan your computer, then send the file again through a share link instead of an attachment', USE_OTHER_ACCOUNT],
    adminSteps: ['Check the sending machine or account for malware', 'Block risky attachment types on outbound mail'],
    retry: 'after-fix',
    retryAdvice: 'Resend without the flagged attachment.',
    party: 'sender',
    reputation: 'medium',
    reason: 'virusdetected',
    permanence: 'permanent',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'free-5.2.2-quota-exceeded',
    status: '5.2.2',
    match: [/\buser quota exceeded\b/i, /\bquota exceeded\b/i, /\(UserSearch\)/],
    title: "Free: recipient's mailbox is full",
    meaning: "The recipient's Free mailbox has no space left, so your message was refused. The recipient has to delete mail first.",
    details:
      'Free answers 550, 552 or 554 with 5.2.2 and "user quota exceeded" (sometimes tagged "(UserSearch)" by the lookup stage) or "Recipient address rejected: Quota exceeded (mailbox for user is full)".',
    causes: ['The recipient\'s mailbox reached its storage limit', 'An abandoned mailbox that nobody empties'],
    senderSteps: [TELL_RECIPIENT, 'Send again in a few days, or without large attachments'],
    adminSteps: ['If the address keeps bouncing for weeks, treat it as abandoned and remove it from lists'],
    retry: 'later',
    retryAdvice: 'Try again after the recipient has cleared space; a few days is typical.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: [POSTMASTER],
  },
  {
    ...base,
    id: 'free-550-5.2.1-blocked-inactivity',
    reply: '550',
    status: '5.2.1',
    match: [/blocked due to inactivity/i, /\binactive (?:mailbox|account)\b/i],
    title: "Free: recipient's mailbox closed for inactivity",
    meaning: 'The recipient has not used this Free mailbox for a long time, so Free blocked it and no longer accepts mail for it.',
    details: 'Free disables mailboxes that nobody has logged into for a long period and answers 550 5.2.1 "This mailbox has been blocked due to inactivity".',
    causes: ['The recipient stopped using this address', 'The recipient moved to another provider'],
    senderSteps: [TELL_RECIPIENT, 'Ask the recipient for their current address'],
    adminSteps: ['Remove the address from mailing lists'],
    retry: 'no',
    retryAdvice: 'Resending fails until the recipient logs in and reactivates the mailbox.',
    party: 'recipient',
    reputation: 'none',
    reason: 'suspend',
    permanence: 'permanent',
    references: [POSTMASTER],
  },
  ...['421', '451', '550'].map((reply): ProviderEntry => ({
    ...base,
    id: `free-${reply}-ip-blocked`,
    reply,
    match: [/too many spams? from your ip/i, /\bip (?:address )?(?:is )?(?:blocked|blacklisted)\b[^\n]{0,80}free\.fr/i],
    title: 'Free: sending IP temporarily blocked',
    meaning:
      'Free blocked the server that sent your message because it recently sent Free users too much spam or too many errors. Blocks last up to 24 hours and end by themselves if the traffic stops.',
    details:
      'Free lists connecting IPs on its own real-time statistics (spam, unknown recipients, bad commands) and points to postmaster.free.fr, where the IP can be checked. A listing may come back within a day or two while old statistics fade.',
    causes: ['Spam or bulk mail from the sending IP', 'Many messages to unknown Free addresses', 'A hacked account, website form or infected machine behind the sending server'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['Check the IP on postmaster.free.fr', FIND_SPAM_SOURCE, 'Remove unknown Free addresses from lists; asking for removal before the cause is fixed does not help'],
    retry: 'later',
    retryAdvice: 'The block lapses within 24 hours once the cause is gone; send through another server meanwhile.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: reply === '550' ? 'permanent' : 'transient',
    references: [POSTMASTER],
  })),
];

export const free: ProviderFile = {
  id: 'free',
  name: 'Free.fr',
  covers: [],
  home: POSTMASTER,
  signatures: [
    /\bfree\.fr\b/i,
    /\bproxad\.net\b/i,
    /\baliceadsl\.fr\b/i,
    /\(UserSearch\)/,
    /\bmailbox has been blocked due to inactivity\b/i,
    /\btoo many spams? from your ip\b/i,
  ],
  entries,
};

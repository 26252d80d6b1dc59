// Rambler Mail (rambler.ru and its sister domains lenta.ru, autorambler.ru, myrambler.ru, ro.ru): inbound
// replies carry enhanced status codes with short English texts.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const HELP: Reference = { title: 'Rambler Mail help', url: 'https://help.rambler.ru/' };
const base = { kind: 'provider' as const, authority: 'Rambler' };

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'rambler-452-4.5.3-rate-limit',
    reply: '452',
    status: '4.5.3',
    match: [/\brate limit exceeded\b/i, /too many (?:recipients|messages)/i],
    title: 'Rambler: sending rate limit reached',
    meaning: 'Rambler received more messages or recipients from the sending side than it accepts in a short time, and asked it to try the rest later.',
    details: 'Rambler answers 452 4.5.3 "rate limit exceeded" when a sender exceeds its per-period limits on messages or recipients; the status 4.5.3 is the registry\'s "too many recipients".',
    causes: ['A large send to Rambler addresses in a short time', 'Many recipients in one message'],
    senderSteps: ['Nothing to do for a single message: the sending server retries on its own', 'Send to fewer Rambler recipients at a time'],
    adminSteps: ['Throttle delivery to Rambler hosts and limit recipients per message'],
    retry: 'later',
    retryAdvice: 'Retries over the next hour usually get through.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'transient',
    references: [HELP],
  },
];

export const rambler: ProviderFile = {
  id: 'rambler',
  name: 'Rambler Mail',
  covers: [],
  home: HELP,
  signatures: [/\brambler\.(?:ru|ua)\b/i, /\brambler-co\.ru\b/i, /@(?:lenta|autorambler|myrambler|ro)\.ru\b/i],
  entries,
};

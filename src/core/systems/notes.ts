// Lotus Notes (older releases): "Undeliverable message" with a "------- Failure Reasons --------" block.
import type { SendingSystem } from './types';

export const notes: SendingSystem = {
  id: 'notes',
  signatures: [/^-{3,10} {0,3}Failure Reasons {0,3}-{3,10}/im],
  // The dashed "Failure Reasons" heading is Notes' own and quotes no code: a bounce signal by itself.
  failureNotice: [/^-{3,10} {0,3}Failure Reasons {0,3}-{3,10}/im],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/User {1,3}not listed in public Name & Address Book/i, /No such user/i, /not listed in (?:the )?Domino Directory/i]],
    ['networkerror', [/exceeded maximum hop count/i]],
  ],
};

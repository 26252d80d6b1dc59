// Lotus Notes (older releases): "Undeliverable message" with a "------- Failure Reasons --------" block.
import type { SendingSystem } from './types';

export const notes: SendingSystem = {
  id: 'notes',
  signatures: [/^-{3,10} ?Failure Reasons ?-{3,10}/im],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/User not listed in public Name & Address Book/i, /No such user/i, /not listed in (?:the )?Domino Directory/i]],
    ['networkerror', [/exceeded maximum hop count/i]],
  ],
};

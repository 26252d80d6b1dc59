// Exchange 2000/2003 (Internet Mail Service): "Your message did not reach some or all of the intended
// recipients", each address followed by a sentence and an MTS-ID.
import type { SendingSystem } from './types';

export const exchange2003: SendingSystem = {
  id: 'exchange2003',
  signatures: [/did not reach some or all of the intended recipients/i, /The MTS-ID of the original message is/i],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/The recipient name is not recognized/i, /Unknown Recipient/i, /no such user/i]],
    ['filtered', [/Recipient Not Found/i]],
    ['expired', [/could not be delivered within the time limit/i]],
    ['hostunknown', [/The destination address is unknown/i]],
  ],
};

// HCL/IBM Domino: "Your message ... was not delivered to: a@b because: <reason>".
import type { SendingSystem } from './types';

export const domino: SendingSystem = {
  id: 'domino',
  signatures: [/\bDomino Directory\b/i, /^[ \t]{0,4}was not delivered to:/im],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/not listed in (?:the )?Domino Directory/i, /not listed in public Name & Address Book/i, /no such user/i]],
    ['filtered', [/Cannot route mail to user/i]],
    ['systemerror', [/Several matches found in Domino Directory/i]],
    ['networkerror', [/ma ?ximum hop count exceeded/i]],
  ],
};

// HCL/IBM Domino: "Your message ... was not delivered to: a@b because: <reason>".
import type { SendingSystem } from './types';

export const domino: SendingSystem = {
  id: 'domino',
  signatures: [/\bDomino Directory\b/i, /^[ \t]{0,4}was not delivered to:/im],
  // Domino writes no code: its "was not delivered to:" and "because:" lines, each alone on its line, are the
  // bounce signal (a pasted body has no daemon sender or subject to go by). Both are required, so a person's
  // sentence that wraps before "was not delivered to:" is not one.
  failureNotice: [/^[ \t]{0,4}was not delivered to:[ \t]{0,4}\n[^]{0,600}?\n[ \t]{0,4}because:[ \t]{0,4}$/im],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/not listed in (?:the )?Domino Directory/i, /not listed in public Name & Address Book/i, /no such user/i]],
    ['filtered', [/Cannot route mail to user/i]],
    ['systemerror', [/Several matches found in Domino Directory/i]],
    ['networkerror', [/ma ?ximum hop count exceeded/i]],
  ],
};

// Google Groups: a posting to a group the sender may not post to (or that does not exist) comes back
// from mailer-daemon@googlemail.com in the sender's language, with a link to the Groups help.
import type { SendingSystem } from './types';

export const googlegroups: SendingSystem = {
  id: 'googlegroups',
  signatures: [/groups\.google\.com\/support/i],
  recipientAnchors: [],
  reasons: [['rejected', [/groups\.google\.com\/support/i, /(?:not have permission|not allowed) to post/i]]],
};

// Mailman (2 and 3): a list server that refuses a posting tells the poster in its own words, with no reply
// code: "You are not allowed to post to this mailing list, and your message has been automatically
// rejected." (a non-member's post to a closed list), and "Your request to the team@lists.example.org
// mailing list / Posting of your message titled "Quote" / has been rejected by the list moderator." A
// notice that the post is held for moderation ("Your mail to 'Team' ... Is being held until the list
// moderator can review it") is not a failure: it matches none of these.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

const REFUSED = [/\bnot allowed to post to this (?:mailing )?list\b/i, /\bhas been rejected by the list moderator\b/i];

export const mailman: SendingSystem = {
  id: 'mailman',
  signatures: [...REFUSED, /\/mailman\/(?:listinfo|confirm|options)\//i],
  recipientAnchors: [
    // Mailman 3 names the list by its address.
    new RegExp(String.raw`\bYour request to the[ \t]{1,4}<?(?<addr>${ADDR})>?[ \t]{1,4}mailing list\b`, 'gi'),
  ],
  reasons: [['rejected', [...REFUSED, /\bautomatically rejected\b/i, /\brejected by the list (?:moderator|owner|administrator)\b/i]]],
  failureNotice: REFUSED,
};

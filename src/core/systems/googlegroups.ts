// Google Groups: a posting to a group the sender may not post to (or that does not exist) comes back
// from mailer-daemon@googlemail.com in the sender's language, with a link to the Groups help (on a
// Workspace domain: groups.google.com/a/example.org/support/). The notice names the group by its name in
// brackets, "the group you tried to contact (team) may not exist". A group that takes members' mail only says so in
// Gmail's own bounce: "The group team@example.org only accepts messages from members."
import { ADDR } from '../text';
import type { SendingSystem } from './types';

/** "the group you tried to contact (" as Google words it in the languages seen (en, de, fr, el, fa, he, uk). */
const CONTACT = String.raw`(?:group you tried to contact|Gruppe, die Sie kontaktieren möchten|groupe que vous avez essayé de contacter|επιχειρείτε να επικοινωνήσετε|ارتباط برقرار کنید|ליצור עמה קשר|намагалися зв['’]язатися)[ \t]{1,4}\(`;

export const googlegroups: SendingSystem = {
  id: 'googlegroups',
  signatures: [/groups\.google\.com\/(?:a\/[^\s/]{1,253}\/)?support/i, new RegExp(CONTACT, 'i'), /\bThe group [^\s]{1,300} only accepts (?:messages|mail|posts) from\b/i],
  recipientAnchors: [
    // The group named by its address: "(team@example.org)".
    new RegExp(String.raw`${CONTACT}(?<addr>${ADDR})\)`, 'gi'),
    // The group named by its name on a Workspace domain: the help link names the domain
    // (groups.google.com/a/example.org/support/), and the group's address is the name at that domain.
    // The address is put together from the two (named groups local and domain, see findAnchors); the anchor
    // stands at the sentence. (A consumer group's link names no domain: its notice names no address.)
    new RegExp(String.raw`${CONTACT}(?<local>[^\s()@]{1,64})\)(?=[^]{0,3000}?groups\.google\.com\/a\/(?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){0,10}[A-Za-z0-9-]{1,63})\/)`, 'gi'),
  ],
  reasons: [['rejected', [
    /groups\.google\.com\/(?:a\/[^\s/]{1,253}\/)?support/i,
    /(?:not have|receiving) permission to post/i,
    /(?:not allowed|no permission) to post/i,
    /\bonly accepts (?:messages|mail|posts) from (?:members|subscribers)\b/i,
  ]]],
  // The sentence alone makes a notice a bounce: it quotes no code, and its subject may be Gmail's "Address
  // not found".
  failureNotice: [new RegExp(CONTACT, 'i')],
};

// KDDI (au, ezweb.ne.jp): answers "550 : User unknown" (no address) when the recipient's filter refused
// the message, and "550 <a@b>: User unknown" when the mailbox does not exist.
import type { ReceivingSystem } from './types';

export const kddi: ReceivingSystem = {
  id: 'kddi',
  hosts: [/\bezweb\.ne\.jp\b/i, /\bau\.com\b/i],
  reasonOf({ reply }) {
    if (/\b550[ \t]{0,3}:[ \t]{0,3}:?[ \t]{0,3}User unknown/i.test(reply)) return 'filtered';
    if (/>[ \t]{0,3}:[ \t]{0,3}User unknown/i.test(reply)) return 'userunknown';
    return null;
  },
};

// The sender (envelope From address or domain) was refused.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const rejected = defineReason('rejected', [
  /sender (?:address |email address |domain )?(?:rejected|denied|blocked|refused|invalid|verify failed|verification failed|not pre-approved|is (?:spammer|blacklisted|in my black list))/i,
  /invalid sender/i,
  /sender address rejected/i,
  /has been blacklisted/i,
  /(?:domain of |unroutable )sender address/i,
  /sender address (?:has been blacklisted|rejected)/i,
  /access denied \(in reply to mail from command\)/i,
  /(?:mail from|sender) (?:address )?(?:not owned|domain (?:is empty|does not exist|must exist|not found|must resolve))/i,
  /bogus mail from/i,
  /(?:empty|null) (?:envelope )?senders? (?:is )?not allowed/i,
  /batv (?:failed|validation)/i,
  /administrative prohibition/i,
  /returned mail not accepted here/i,
  /your access to submit messages to this e-mail system has been rejected/i,
  /(?:this server|we) (?:does|do) not accept mail from/i,
  /not (?:on|in) (?:the recipient'?s|my) list of (?:senders|allowed senders)/i,
  /message rejected: email address is not verified/i,
  /you are not allowed to post to this mailing list/i,
  /(?:may )?not have permission to post/i,
  /rejected by (?:the )?recipient'?s? (?:domain|server)? ?(?:policy|settings)/i,
]);

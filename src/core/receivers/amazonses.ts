// Amazon SES receiving (inbound-smtp.<region>.amazonaws.com): its temporary refusals ("450 4.0.0
// Temporary failure", "451 4.3.0 ... due to a recipient error. Please try again later.") are the same
// words whatever went wrong behind them, so they name no reason: the failure is left undecided (onhold)
// rather than read as a system error the text never states.
import type { ReceivingSystem } from './types';

const UNSPECIFIED = /^[ \t]{0,4}4\d\d[ -]4\.(?:0\.0|3\.0)[ \t]{1,3}(?:Temporary failure|This message could not be delivered due to a recipient error)/i;

export const amazonses: ReceivingSystem = {
  id: 'amazonses-inbound',
  hosts: [/\binbound-smtp\.[a-z]{2}-[a-z]{2,12}-\d\.amazonaws\.com\b/i],
  reasonOf({ reply }) {
    return UNSPECIFIED.test(reply) ? 'onhold' : null;
  },
};

// Mimecast: the reply names the policy that refused ("host network not allowed", "anti-spoofing
// policy"), followed by a link to its documentation.
import { byWording, type ReceivingSystem } from './types';

export const mimecast: ReceivingSystem = {
  id: 'mimecast',
  hosts: [/mimecast\.(?:com|co\.za|org)/i],
  reasonOf({ reply }) {
    return byWording([
      ['virusdetected', [/security polic(?:y|ies)[^\n]{0,40}signature/i, /virus signature/i]],
      ['policyviolation', [/host network not allowed/i, /anti-spoofing policy/i, /content examination policy/i]],
      ['blocked', [/ip (?:temporarily )?blacklisted/i, /ip reputation/i, /sender address blocked/i, /(?:spf|dkim|dmarc) sender invalid/i]],
      ['rejected', [/envelope (?:blocked|rejected)/i, /blocked senders/i, /administrative prohibition/i]],
      ['norelaying', [/open relay not allowed/i]],
      ['notaccept', [/account inbounds disabled/i]],
      ['mesgtoobig', [/maximum email size exceeded/i]],
      ['networkerror', [/mail loop detected/i]],
      ['securityerror', [/route requires (?:encryption|tls|high-strength)/i, /incorrect authentication data/i]],
      ['toomanyconn', [/too many recipients/i, /account service is temporarily unavailable/i]],
    ], reply);
  },
};

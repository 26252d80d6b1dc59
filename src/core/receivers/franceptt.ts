// Orange / Wanadoo (France Telecom): replies end with a code like "LPN007_416", "OFR005_505" or
// "ODC_510"; its last three digits name the reason whatever the SMTP status says.
import type { Reason } from '../../data/schema';
import type { ReceivingSystem } from './types';

const BY_CODE: Record<string, Reason> = {
  '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror',
  '401': 'blocked', '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected',
  '416': 'userunknown', '417': 'mailboxfull', '418': 'userunknown', '420': 'suspend', '421': 'rejected',
  '426': 'suspend', '505': 'systemerror', '506': 'spamdetected', '510': 'blocked', '514': 'mesgtoobig',
  '517': 'policyviolation', '630': 'policyviolation', '999': 'blocked',
};

export const franceptt: ReceivingSystem = {
  id: 'franceptt',
  hosts: [/\b(?:orange|wanadoo)\.(?:fr|net)\b/i, /\b(?:LPN|OFR|ODC)\d{0,3}_\d{3}\b/i],
  reasonOf({ reply }) {
    const m = /\b(?:LPN|OFR|ODC)\d{0,3}_(\d{3})\b/i.exec(reply) ?? /\[(\d{3})\]/.exec(reply);
    return m ? BY_CODE[m[1]!] ?? null : null;
  },
};

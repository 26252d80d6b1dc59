// GoDaddy (secureserver.net): replies carry an "IBnnn" code naming the reason.
import type { Reason } from '../../data/schema';
import { byWording, type ReceivingSystem } from './types';

const BY_CODE: Record<string, Reason> = {
  IB103: 'blocked', IB104: 'blocked', IB105: 'blocked', IB106: 'blocked', IB007: 'toomanyconn', IB101: 'expired',
  IB108: 'requireptr', IB110: 'blocked', IB111: 'blocked', IB112: 'blocked', IB113: 'blocked', IB212: 'spamdetected',
  IB401: 'securityerror', IB501: 'rejected', IB502: 'rejected', IB504: 'speeding', IB506: 'rejected',
  IB508: 'rejected', IB510: 'toomanyconn', IB607: 'speeding', IB705: 'virusdetected',
};

export const godaddy: ReceivingSystem = {
  id: 'godaddy',
  hosts: [/secureserver\.net/i, /\bIB\d{3}\b/],
  reasonOf({ reply }) {
    // The reply's own words outrank the code when they name an authentication failure.
    if (/\bspf\b|\bdkim\b|\bdmarc\b/i.test(reply)) return null;
    const code = /\b(IB\d{3})\b/.exec(reply)?.[1];
    if (code && BY_CODE[code]) return BY_CODE[code]!;
    return byWording([
      ['blocked', [/rbl reject/i]],
      ['suspend', [/account disabled/i]],
      ['mailboxfull', [/account storage limit/i]],
      ['userunknown', [/account does not exist/i]],
    ], reply);
  },
};

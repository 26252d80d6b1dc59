// Spectrum (Charter): replies end with "AUP#CXXX-1350"-like codes; the number range names the reason.
import type { Reason } from '../../data/schema';
import type { ReceivingSystem } from './types';

const RANGES: [number, number, Reason][] = [
  [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
  [1100, 1150, 'blocked'], [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'],
  [1300, 1340, 'toomanyconn'], [1350, 1490, 'toomanyconn'], [1500, 1520, 'rejected'], [1530, 1530, 'mesgtoobig'],
  [1540, 1550, 'toomanyconn'], [1560, 1560, 'policyviolation'],
];

export const spectrum: ReceivingSystem = {
  id: 'spectrum',
  hosts: [/spectrum\.net|charter\.net|rr\.com\b/i, /AUP#[A-Za-z]{0,4}-?\d{4}/],
  reasonOf({ reply }) {
    const m = /AUP#[A-Za-z]{0,4}-?(\d{4})/.exec(reply);
    if (!m) return null;
    const n = Number(m[1]);
    return RANGES.find(([lo, hi]) => n >= lo && n <= hi)?.[2] ?? null;
  },
};

// Registry of sending systems. Supporting a new layout means adding one file and one line here.
import { communigate } from './communigate';
import { domino } from './domino';
import { exchange } from './exchange';
import { exchange2003 } from './exchange2003';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { fml } from './fml';
import { generic } from './generic';
import { gmail } from './gmail';
import { googlegroups } from './googlegroups';
import { imailserver } from './imailserver';
import { mailenable } from './mailenable';
import { mailman } from './mailman';
import { notes } from './notes';
import { dma } from './dma';
import { opensmtpd } from './opensmtpd';
import { outlookcom } from './outlookcom';
import { powermta } from './powermta';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { sendmail } from './sendmail';
import { senderverify } from './senderverify';
import type { SendingSystem } from './types';
import { anyMatch } from '../union';
import { ListIndex, analysisTextScan } from '../word-scan';
import { verizon } from './verizon';
import { windowsdsn } from './windowsdsn';
import { zoho } from './zoho';

export type { SendingSystem } from './types';

export const systems: SendingSystem[] = [
  // senderverify first: its reason (a refusal of our sender) outranks what any writer's own wording says.
  senderverify, rfc3464, postfix, qmail, exim, sendmail, gmail, googlegroups, exchange, exchange2003, domino, notes, dma, imailserver, mailman, communigate, mailenable, zoho, opensmtpd, powermta, outlookcom, ezweb, fml, verizon, windowsdsn, generic,
];

/** The systems that wrote this bounce, judged by their signatures in the text or the headers. */
export function writersOf(text: string, headerLine: string): SendingSystem[] {
  const signed = (signatureIndex ??= new ListIndex(systems.map((s) => s.signatures), analysisTextScan)).about(text);
  return systems.filter((s, at) => signed(at) || (!!s.headers && anyMatch(s.headers, headerLine)));
}

/** Every system's signatures asked about one text in one scan (see ../word-scan.ts), made on first use. */
let signatureIndex: ListIndex | undefined;

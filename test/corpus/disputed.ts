// Rows of the Sisimai key that the message's own words contradict. The engine keeps its answer; the
// bench lists these rows with the reason. Keyed by the LF file (CRLF/CR twins share the entry) and
// recipient index; `ours` is the reason the message's words support.
import type { Reason } from '../../src/data/schema';

export interface Dispute {
  ours: Reason;
  why: string;
}

export const DISPUTED: Record<string, Dispute> = {
  'maildir/bsd/lhost-amavis-03.eml#1': {
    ours: 'spamdetected',
    why: 'amavis\'s reply is "554 5.7.0 Reject, id=... - SPAM": its spam verdict; nothing in the message is about RFC compliance',
  },
  'maildir/bsd/lhost-mfilter-04.eml#1': {
    ours: 'userunknown',
    why: 'Exchange Online\'s "550 5.4.1 ... Access denied" from *.protection.outlook.com is its directory-based edge block: the recipient is not in the receiving directory',
  },
  'maildir/bsd/rfc3464-54.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain haineko.org couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/rfc3464-62.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain gmal.com couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/rfc3464-64.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain example.comn couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/rhost-gsuite-04.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain example.jp couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/rhost-gsuite-05.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain haineko.org couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/rhost-gsuite-13.eml#1': {
    ours: 'hostunknown',
    why: 'Gmail\'s "Address not found": "the domain gmal.com couldn\'t be found. Check for typos", with its DNS lookup answering that the name has no mail records; a domain that does not exist, not a network error',
  },
  'maildir/bsd/lhost-exim-30.eml#1': {
    ours: 'policyviolation',
    why: 'the reply is "554 5.7.1 ... Recipient address rejected: Access denied", Postfix\'s stock text for an access-table REJECT with a policy status (5.7.1); nothing says the mailbox does not exist',
  },
  'maildir/bsd/rfc3464-01.eml#1': {
    ours: 'userunknown',
    why: 'the reply is "550 5.1.1 <...>... User Unknown" and nothing in the message mentions a full mailbox or a quota',
  },
  'maildir/bsd/lhost-postfix-74.eml#1': {
    ours: 'badreputation',
    why: 'Yahoo [TSS04] defers the sending IP "due to unexpected volume or user complaints": the IP\'s reputation, not the envelope sender; the same reply is keyed badreputation in lhost-qmail-19 and lhost-opensmtpd-13',
  },
  'maildir/bsd/rhost-yahooinc-02.eml#1': {
    ours: 'badreputation',
    why: 'same Yahoo [TSS04] deferral as lhost-postfix-74 (volume or complaints about the sending IP), keyed badreputation in lhost-qmail-19',
  },
  'maildir/bsd/rhost-zoho-03.eml#1': {
    ours: 'spamdetected',
    why: 'the reply says "Email flagged as Spam"; nothing refuses the sender',
  },
  'maildir/bsd/lhost-dragonfly-18.eml#1': {
    ours: 'policyviolation',
    why: 'the reply says "Recipient address rejected: Policy violation" and names no security check',
  },
  'maildir/bsd/lhost-activehunter-02.eml#1': {
    ours: 'userunknown',
    why: 'the reply is Postfix\'s "Recipient address rejected: User unknown in local recipient table" (a mailbox that does not exist, refused at RCPT TO); no filter is named',
  },
};

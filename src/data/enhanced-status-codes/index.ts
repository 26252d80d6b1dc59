// The IANA "SMTP Enhanced Status Codes" registry (RFC 3463 and later RFCs): classes, subjects, and every
// registered class.subject.detail code, written with X for the class; the class digit of the code being
// explained picks the advice (see Entry.byClass).
import type { Entry } from '../schema';
import { classesAndSubjects } from './classes-and-subjects';
import { addressing } from './addressing';
import { mailboxAndSystem } from './mailbox-and-system';
import { network } from './network';
import { protocol } from './protocol';
import { content } from './content';
import { security } from './security';

export const statusCodes: Entry[] = [
  ...classesAndSubjects,
  ...addressing,
  ...mailboxAndSystem,
  ...network,
  ...protocol,
  ...content,
  ...security,
];

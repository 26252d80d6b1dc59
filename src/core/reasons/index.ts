// Registry of reason modules. Adding a reason means adding one file and listing it here.
import { authfailure } from './authfailure';
import { badreputation } from './badreputation';
import { blocked } from './blocked';
import { contenterror } from './contenterror';
import { exceedlimit } from './exceedlimit';
import { expired } from './expired';
import { failedstarttls } from './failedstarttls';
import { filtered } from './filtered';
import { hasmoved } from './hasmoved';
import { hostunknown } from './hostunknown';
import { mailboxfull } from './mailboxfull';
import { mailererror } from './mailererror';
import { mesgtoobig } from './mesgtoobig';
import { networkerror } from './networkerror';
import { norelaying } from './norelaying';
import { notaccept } from './notaccept';
import { notcompliantrfc } from './notcompliantrfc';
import { policyviolation } from './policyviolation';
import { rejected } from './rejected';
import { requireptr } from './requireptr';
import { securityerror } from './securityerror';
import { spamdetected } from './spamdetected';
import { speeding } from './speeding';
import { suppressed } from './suppressed';
import { suspend } from './suspend';
import { syntaxerror } from './syntaxerror';
import { systemerror } from './systemerror';
import { systemfull } from './systemfull';
import { toomanyconn } from './toomanyconn';
import { userunknown } from './userunknown';
import { vacation } from './vacation';
import { virusdetected } from './virusdetected';
import type { ReasonModule } from './define';

export type { ReasonModule } from './define';

export const reasonModules = {
  authfailure, badreputation, blocked, contenterror, exceedlimit, expired, failedstarttls, filtered,
  hasmoved, hostunknown, mailboxfull, mailererror, mesgtoobig, networkerror, norelaying, notaccept,
  notcompliantrfc, policyviolation, rejected, requireptr, securityerror, spamdetected, speeding,
  suppressed, suspend, syntaxerror, systemerror, systemfull, toomanyconn, userunknown, vacation,
  virusdetected,
} satisfies Record<string, ReasonModule>;

export type ModuleName = keyof typeof reasonModules;
